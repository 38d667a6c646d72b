package io.newsgraph.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AliasInput")
@Description("An alias of one actor.")
public class AliasInput {

    @Id
    @NonNull
    @NotNull
    @Description("The actor.")
    public Long actorId;

    @NonNull
    @NotBlank
    @Size(max = 300)
    @Description("The other name, e.g. a transliteration (\"Aleksey Goncharenko\").")
    public String alias;
}
