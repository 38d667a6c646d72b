package io.newsgraph.actor;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MergeActorsInput")
@Description("Two records of the same actor to fold into one.")
public class MergeActorsInput {

    @Id
    @NonNull
    @NotNull
    @Description("The record that stays.")
    public Long keepId;

    @Id
    @NonNull
    @NotNull
    @Description("The record that is folded in and deleted: its name and aliases become aliases of the kept one, "
            + "its statements, reactions and affiliates move over.")
    public Long mergeId;
}
