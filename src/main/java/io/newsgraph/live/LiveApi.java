package io.newsgraph.live;

import io.newsgraph.article.Article;
import io.newsgraph.reaction.Reaction;
import io.newsgraph.statement.Statement;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;

/** Live updates over graphql-ws: what was added to the graph, as soon as it is committed. */
@GraphQLApi
public class LiveApi {

    private final GraphFeed feed;
    private final LiveRecords records;

    public LiveApi(GraphFeed feed, LiveRecords records) {
        this.feed = feed;
        this.records = records;
    }

    @Subscription
    @Description("Statements as they are added (by createStatement or by ingestion).")
    public Multi<Statement> statementAdded(
            @Id @Description("Only statements by this actor; all when omitted.") Long actorId) {
        return feed.events(GraphEvent.StatementAdded.class, actorId)
                .map(event -> records.find(Statement.class, event.statementId()));
    }

    @Subscription
    @Description("Reactions as they are added (by createReaction or by ingestion).")
    public Multi<Reaction> reactionAdded(
            @Id @Description("Only reactions by this actor or to this actor's statements; all when omitted.")
            Long actorId) {
        return feed.events(GraphEvent.ReactionAdded.class, actorId)
                .map(event -> records.find(Reaction.class, event.reactionId()));
    }

    @Subscription
    @Description("Articles as ingestion stores them (a re-ingested article stores nothing and is not announced).")
    public Multi<Article> articleIngested(
            @Id @Description("Only articles citing this actor; all when omitted.") Long actorId) {
        return feed.events(GraphEvent.ArticleIngested.class, actorId)
                .map(event -> records.find(Article.class, event.articleId()));
    }
}
