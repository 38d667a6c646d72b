package io.newsgraph.ingest;

import io.newsgraph.statement.Statement;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A statement extracted from the article, and whether it is new or merged with one already reported.")
public record IngestedStatement(
        @NonNull @Description("The graph's statement (its id is the existing one's when MATCHED).")
        Statement statement,
        @NonNull @Description("CREATED: new; MATCHED: the same words were already in the graph, by the same speaker,"
                + " with no speaker (for a quote nobody is named for), or with a speaker an editor corrected.")
        IngestOutcome outcome) {
}
