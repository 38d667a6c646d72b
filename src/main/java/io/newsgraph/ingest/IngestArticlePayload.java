package io.newsgraph.ingest;

import io.newsgraph.article.Article;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What ingesting one article stored. Its statements, reactions and actors are on `article`.")
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
        int actorsMatched) {

    static IngestArticlePayload unchanged(Article existing) {
        return new IngestArticlePayload(false, existing, 0, 0, 0, 0, 0, 0);
    }
}
