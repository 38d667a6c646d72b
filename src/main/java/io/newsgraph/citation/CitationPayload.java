package io.newsgraph.citation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The citation a mutation created.")
public record CitationPayload(@NonNull @Description("The citation as stored.") Citation citation) {
}
