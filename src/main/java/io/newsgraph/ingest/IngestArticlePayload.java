package io.newsgraph.ingest;

import io.newsgraph.article.Article;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What ingesting one article stored, for review: the article, and for each actor, statement and reaction"
        + " extracted from it whether it was created or matched to what the graph already had.")
public record IngestArticlePayload(
        @Description("False when the article was already stored (same url or same cleaned text): nothing changed.")
        boolean created,
        @NonNull @Description("The article as stored (the earlier one when `created` is false).")
        Article article,
        @Description("Statements this article was the first to report.")
        int statementsCreated,
        @Description("Statements already in the graph (reported by another article) that this one now also cites.")
        int statementsMatched,
        @Description("Reactions this article was the first to report.")
        int reactionsCreated,
        @Description("Reactions already in the graph that this article now also cites.")
        int reactionsMatched,
        @Description("Actors that were not in the graph before.")
        int actorsCreated,
        @Description("Actors matched to ones already in the graph, under any spelling.")
        int actorsMatched,
        @NonNull @Description("Each actor who speaks or reacts in the article, in the order the article names them;"
                + " empty when `created` is false.")
        List<@NonNull IngestedActor> actors,
        @NonNull @Description("Each statement extracted, in the article's order; empty when `created` is false.")
        List<@NonNull IngestedStatement> statements,
        @NonNull @Description("Each reaction extracted, in the article's order; empty when `created` is false.")
        List<@NonNull IngestedReaction> reactions) {

    static IngestArticlePayload unchanged(Article existing) {
        return new IngestArticlePayload(false, existing, 0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of());
    }
}
