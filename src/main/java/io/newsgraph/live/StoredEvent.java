package io.newsgraph.live;

import io.newsgraph.event.ChangeKind;
import java.time.OffsetDateTime;
import java.util.List;

/** A row of the event table: a committed change and its cursor ({@code id}). */
public record StoredEvent(long id, ChangeKind kind, long nodeId, List<Long> actorIds, OffsetDateTime occurredAt) {

    boolean concerns(Long actorId) {
        return actorId == null || actorIds.contains(actorId);
    }
}
