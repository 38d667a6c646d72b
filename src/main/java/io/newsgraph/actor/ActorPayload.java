package io.newsgraph.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The actor a mutation created or changed.")
public record ActorPayload(@NonNull @Description("The actor as stored.") Actor actor) {
}
