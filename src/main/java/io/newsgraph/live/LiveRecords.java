package io.newsgraph.live;

import io.newsgraph.actor.Actor;
import io.newsgraph.article.Article;
import io.newsgraph.common.TrackedEntity;
import io.newsgraph.event.ChangeKind;
import io.newsgraph.reaction.Reaction;
import io.newsgraph.statement.Statement;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads the nodes events name, one query per node type for a whole page. Events of a subscription travel outside
 * any request, so this opens its own context.
 */
@ApplicationScoped
public class LiveRecords {

    @ActivateRequestContext
    public List<GraphChange> changes(List<StoredEvent> events) {
        List<GraphChange> changes = events.stream().map(GraphChange::new).toList();
        Map<Long, Article> articles = load(Article.class, events, ChangeKind.NodeType.ARTICLE);
        Map<Long, Statement> statements = load(Statement.class, events, ChangeKind.NodeType.STATEMENT);
        Map<Long, Reaction> reactions = load(Reaction.class, events, ChangeKind.NodeType.REACTION);
        Map<Long, Actor> actors = load(Actor.class, events, ChangeKind.NodeType.ACTOR);
        for (GraphChange change : changes) {
            switch (change.kind.nodeType()) {
                case ARTICLE -> change.article = articles.get(change.nodeId);
                case STATEMENT -> change.statement = statements.get(change.nodeId);
                case REACTION -> change.reaction = reactions.get(change.nodeId);
                case ACTOR -> change.actor = actors.get(change.nodeId);
            }
        }
        return changes;
    }

    private static <T extends TrackedEntity> Map<Long, T> load(Class<T> type, List<StoredEvent> events,
            ChangeKind.NodeType nodeType) {
        List<Long> ids = events.stream().filter(e -> e.kind().nodeType() == nodeType && !e.kind().removesNode())
                .map(StoredEvent::nodeId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Panache.getEntityManager()
                .createQuery("from " + type.getSimpleName() + " e where e.id in :ids", type)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(entity -> entity.id, Function.identity()));
    }
}
