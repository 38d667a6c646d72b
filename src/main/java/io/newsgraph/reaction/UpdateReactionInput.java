package io.newsgraph.reaction;

import io.newsgraph.common.VersionedRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdateReactionInput")
@Description("Changes to one reaction.")
public class UpdateReactionInput extends VersionedRef {

    @NonNull
    @NotNull
    @Valid
    @Description("The new values (citations are changed with addCitation and deleteCitation).")
    public ReactionInput set;
}
