package io.newsgraph.live;

import io.newsgraph.actor.Actor;
import io.newsgraph.article.Article;
import io.newsgraph.event.ChangeKind;
import io.newsgraph.reaction.Reaction;
import io.newsgraph.statement.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One committed change to the graph, with its cursor. The node field of the node's type holds the node as "
        + "it is now (null once it is deleted: then only nodeId says which).")
public class GraphChange {

    @NonNull
    @Description("Where this change is in the feed: pass it as after to changes or to a subscription to continue "
            + "after it.")
    public String cursor;

    @NonNull
    @Description("What changed.")
    public ChangeKind kind;

    @NonNull
    @Id
    @Description("The id of the node that changed (an article, statement, reaction or actor, as kind says).")
    public Long nodeId;

    @NonNull
    @Description("The actors the change concerns (for ACTOR_MERGED the first is the actor kept).")
    @Id
    public List<@NonNull Long> actorIds;

    @NonNull
    @Description("When the change was committed.")
    public OffsetDateTime occurredAt;

    @Description("The article, for an ARTICLE_* change while the article exists.")
    public Article article;

    @Description("The statement, for a STATEMENT_* change while the statement exists.")
    public Statement statement;

    @Description("The reaction, for a REACTION_* change while the reaction exists.")
    public Reaction reaction;

    @Description("The actor, for an ACTOR_* change while the actor exists.")
    public Actor actor;

    GraphChange(StoredEvent event) {
        this.cursor = String.valueOf(event.id());
        this.kind = event.kind();
        this.nodeId = event.nodeId();
        this.actorIds = event.actorIds();
        this.occurredAt = event.occurredAt();
    }
}
