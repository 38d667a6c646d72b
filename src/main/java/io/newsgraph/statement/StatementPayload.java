package io.newsgraph.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The statement a mutation created or changed.")
public record StatementPayload(@NonNull @Description("The statement as stored.") Statement statement) {
}
