package io.newsgraph.reaction;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The reaction a mutation created or changed.")
public record ReactionPayload(@NonNull @Description("The reaction as stored.") Reaction reaction) {
}
