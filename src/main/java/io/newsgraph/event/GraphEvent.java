package io.newsgraph.event;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A change to the graph, as its writer announces it. Writers fire these as CDI events inside their transaction
 * ({@code events.fire(GraphEvent.of(ChangeKind.STATEMENT_ADDED, statement.id, statement.speaker.id))});
 * the live feed ({@code io.newsgraph.live.EventLog}) writes each as a row of the event table in that same
 * transaction, so a rolled-back write leaves no event. Declared below every writer, which the feed sits above.
 *
 * @param actorIds every actor the change concerns; subscriptions filtered by actor match against these
 */
public record GraphEvent(ChangeKind kind, long nodeId, List<Long> actorIds) {

    public static GraphEvent of(ChangeKind kind, long nodeId, Long... actorIds) {
        return new GraphEvent(kind, nodeId, Stream.of(actorIds).filter(Objects::nonNull).distinct().toList());
    }

    public static GraphEvent of(ChangeKind kind, long nodeId, Collection<Long> actorIds) {
        return of(kind, nodeId, actorIds.toArray(Long[]::new));
    }
}
