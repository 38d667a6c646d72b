package io.newsgraph.actor;

import io.newsgraph.common.VersionedRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdateActorInput")
@Description("Changes to one actor.")
public class UpdateActorInput extends VersionedRef {

    @NonNull
    @NotNull
    @Valid
    @Description("The new values (aliases are changed with addAlias and removeAlias).")
    public ActorInput set;
}
