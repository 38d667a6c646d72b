package io.newsgraph.ingest;

import io.newsgraph.reaction.Reaction;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A reaction extracted from the article, and whether it is new or merged with one already reported.")
public record IngestedReaction(
        @NonNull @Description("The graph's reaction (its id is the existing one's when MATCHED).")
        Reaction reaction,
        @NonNull @Description("CREATED: new; MATCHED: the same actor's same stance to the same statement was known.")
        IngestOutcome outcome) {
}
