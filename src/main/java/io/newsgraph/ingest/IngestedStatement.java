package io.newsgraph.ingest;

import io.newsgraph.statement.Statement;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A statement extracted from the article, and whether it is new or merged with one already reported.")
public record IngestedStatement(
        @NonNull @Description("The graph's statement (its id is the existing one's when MATCHED).")
        Statement statement,
        @NonNull @Description("CREATED: new; MATCHED: the same words by the same speaker were already in the graph.")
        IngestOutcome outcome) {
}
