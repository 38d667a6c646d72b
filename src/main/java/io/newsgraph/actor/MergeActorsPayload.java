package io.newsgraph.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The outcome of a merge.")
public record MergeActorsPayload(
        @NonNull @Description("The actor that remains, with everything of the merged one.") Actor actor,
        @Id @NonNull @Description("Id of the record that was folded in and no longer exists.") Long mergedId) {
}
