package io.newsgraph.ingest;

import io.newsgraph.actor.Actor;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An actor the article names who speaks or reacts in it, and how ingestion placed them in the graph.")
public record IngestedActor(
        @NonNull @Description("The graph's actor.")
        Actor actor,
        @NonNull @Description("CREATED: new in the graph; MATCHED: an actor the graph already had.")
        IngestOutcome outcome,
        @NonNull @Description("The name as the article writes it.")
        String nameInArticle,
        @Description("When MATCHED: the name or alias the graph knew the actor by that the article's name matched"
                + " (accents, transliterations and titles aside; a surname alone matches one person's full name).")
        String matchedName) {
}
