package io.newsgraph.live;

import io.newsgraph.common.BadUserInputException;
import io.newsgraph.common.ReportsErrors;
import io.newsgraph.event.ChangeKind;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Live updates over graphql-ws and the change feed for syncing clients, both read from the event table: every
 * replica delivers every committed change, in cursor order (docs/live.md).
 */
@GraphQLApi
@ReportsErrors
public class LiveApi {

    private static final String AFTER = "Resume after this cursor (a GraphChange's cursor): first the changes "
            + "committed since, then live ones, each once. Omitted: from now on.";

    private final GraphFeed feed;
    private final EventLog log;
    private final LiveRecords records;
    private final LiveConfig config;

    public LiveApi(GraphFeed feed, EventLog log, LiveRecords records, LiveConfig config) {
        this.feed = feed;
        this.log = log;
        this.records = records;
        this.config = config;
    }

    @Subscription
    @Description("Statements as they are added (by createStatement or by ingestion); the statement is in the "
            + "change's statement field.")
    public Multi<GraphChange> statementAdded(
            @Id @Description("Only statements by this actor; all when omitted.") Long actorId,
            @Description(AFTER) String after) {
        return changes(after, actorId, List.of(ChangeKind.STATEMENT_ADDED));
    }

    @Subscription
    @Description("Reactions as they are added (by createReaction or by ingestion); the reaction is in the change's "
            + "reaction field.")
    public Multi<GraphChange> reactionAdded(
            @Id @Description("Only reactions by this actor or to this actor's statements; all when omitted.")
            Long actorId,
            @Description(AFTER) String after) {
        return changes(after, actorId, List.of(ChangeKind.REACTION_ADDED));
    }

    @Subscription
    @Description("Articles as ingestion stores them (a re-ingested article stores nothing and is not announced); "
            + "the article is in the change's article field.")
    public Multi<GraphChange> articleIngested(
            @Id @Description("Only articles citing this actor; all when omitted.") Long actorId,
            @Description(AFTER) String after) {
        return changes(after, actorId, List.of(ChangeKind.ARTICLE_INGESTED));
    }

    @Subscription
    @Description("Every change to the graph (creations, updates, deletions, merges) as it is committed.")
    public Multi<GraphChange> graphChanged(
            @Id @Description("Only changes concerning this actor; all when omitted.") Long actorId,
            @Description("Only these kinds of change; all when omitted.") List<ChangeKind> kinds,
            @Description(AFTER) String after) {
        return changes(after, actorId, kinds);
    }

    @Query
    @NonNull
    @Description("The changes committed after a cursor, oldest first, for keeping a copy of the graph: deletions "
            + "carry the deleted node's id. CURSOR_EXPIRED when the cursor is older than the retention window. "
            + "first: 0 returns no change and the newest cursor.")
    public ChangePage changes(
            @Description("The cursor to continue after (a previous page's endCursor); omitted: the oldest change "
                    + "still kept.") String after,
            @Description("Page size, at most the configured maximum (500 by default); 100 when omitted.")
            Integer first) {
        int size = first == null ? Math.min(100, config.maxChangesPage()) : first;
        if (size < 0 || size > config.maxChangesPage()) {
            throw new BadUserInputException("first must be between 0 and " + config.maxChangesPage() + ", was "
                    + size, "first");
        }
        long from = after == null ? log.purgedThrough() : cursor(after);
        long head = log.head();
        List<StoredEvent> events = size == 0 ? List.of() : log.page(from, head, size);
        feed.checkNotExpired(from);
        String end = String.valueOf(events.isEmpty() ? Math.max(from, head) : events.get(events.size() - 1).id());
        boolean more = !events.isEmpty() && events.get(events.size() - 1).id() < head;
        return new ChangePage(records.changes(events), end, more);
    }

    private Multi<GraphChange> changes(String after, Long actorId, List<ChangeKind> kinds) {
        Set<ChangeKind> wanted = kinds == null || kinds.isEmpty() ? EnumSet.allOf(ChangeKind.class)
                : kinds.stream().filter(Objects::nonNull)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ChangeKind.class)));
        Executor onSubscribersContext = subscribersContext();
        return feed.events(after == null ? null : cursor(after))
                .filter(event -> wanted.contains(event.kind()) && event.concerns(actorId))
                .emitOn(onSubscribersContext)
                .map(event -> records.changes(List.of(event)).get(0));
    }

    /**
     * Runs each event's work in order on a worker thread of the subscribing connection's Vert.x context: Quarkus
     * runs an event's batched fields (@Source lists) through that context, and fails without one (the events come
     * from the feed's own thread).
     */
    private static Executor subscribersContext() {
        Context context = Vertx.currentContext();
        if (context == null) {
            throw new IllegalStateException("a subscription must start on a Vert.x context");
        }
        return task -> context.executeBlocking(() -> {
            task.run();
            return null;
        }, true);
    }

    private static long cursor(String after) {
        try {
            long cursor = Long.parseLong(after);
            if (cursor >= 0) {
                return cursor;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadUserInputException("after must be a cursor the API returned (a GraphChange's cursor or a "
                + "page's endCursor), not \"" + after + "\"", "after");
    }
}
