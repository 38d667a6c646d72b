package io.newsgraph.live;

import io.newsgraph.event.ChangeKind;
import io.newsgraph.event.GraphEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The event table ({@code graph_event}): writes each {@link GraphEvent} in its writer's transaction and reads
 * committed events by cursor.
 *
 * <p>Events are kept with the transaction and inserted just before it commits, after taking the row lock of
 * {@code graph_event_head}: the ids (cursors) are then handed out in commit order across every replica, so a
 * reader that has seen cursor n never finds a new event below n later. The lock is the last one a writer takes
 * and is held only for the inserts and the commit, so it cannot deadlock with the writer's own row locks.
 */
@ApplicationScoped
public class EventLog {

    /** The PostgreSQL channel every replica listens on; a commit with events notifies it. */
    static final String CHANNEL = "newsgraph_events";

    private static final String COLUMNS = "select id, kind, node_id, actor_ids, occurred_at from graph_event";

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final boolean postgresql;

    public EventLog(DataSource dataSource, TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.postgresql = dbKind.startsWith("postgres");
    }

    boolean postgresql() {
        return postgresql;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Keeps the event with the current transaction (there must be one) and writes it just before it commits. */
    void record(@Observes GraphEvent event) {
        @SuppressWarnings("unchecked")
        List<GraphEvent> pending = (List<GraphEvent>) transactions.getResource(EventLog.class);
        if (pending == null) {
            List<GraphEvent> events = new ArrayList<>();
            transactions.putResource(EventLog.class, events);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    write(events);
                }

                @Override
                public void afterCompletion(int status) {
                    // the rows commit or roll back with the transaction
                }
            });
            pending = events;
        }
        pending.add(event);
    }

    /** Runs inside the writer's transaction: the pool hands out the connection enlisted in it. */
    private void write(List<GraphEvent> events) {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getAutoCommit()) {
                // the pool must hand out the transaction's own connection, or the events would commit alone
                throw new IllegalStateException("graph events must be written in their writer's transaction");
            }
            try (Statement lock = connection.createStatement()) {
                lock.executeUpdate("update graph_event_head set purged_through = purged_through where id = 1");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into graph_event (kind, node_id, actor_ids, occurred_at) values (?, ?, ?, ?)")) {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                for (GraphEvent event : events) {
                    insert.setString(1, event.kind().name());
                    insert.setLong(2, event.nodeId());
                    insert.setString(3,
                            event.actorIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
                    insert.setObject(4, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            if (postgresql) {
                try (Statement notify = connection.createStatement()) {
                    notify.execute("notify " + CHANNEL);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write " + events.size() + " graph events", e);
        }
    }

    /** Committed events with {@code after < id <= upTo}, in cursor order, at most {@code limit}. */
    List<StoredEvent> page(long after, long upTo, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     COLUMNS + " where id > ? and id <= ? order by id")) {
            select.setLong(1, after);
            select.setLong(2, upTo);
            select.setMaxRows(limit);
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new StoredEvent(rows.getLong(1), ChangeKind.valueOf(rows.getString(2)),
                            rows.getLong(3), actorIds(rows.getString(4)), rows.getObject(5, OffsetDateTime.class)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read graph events after " + after, e);
        }
    }

    /** The newest committed cursor (0 when there is none). */
    long head() {
        return single("select coalesce(max(id), 0) from graph_event");
    }

    /** The highest cursor the retention purge deleted: a cursor below it has lost events. */
    long purgedThrough() {
        return single("select purged_through from graph_event_head where id = 1");
    }

    /** Deletes the events that occurred before {@code cutoff}; returns how many. */
    int purge(Instant cutoff) {
        try (Connection connection = dataSource.getConnection()) {
            long through;
            try (PreparedStatement last = connection.prepareStatement(
                    "select coalesce(max(id), 0) from graph_event where occurred_at < ?")) {
                last.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
                try (ResultSet row = last.executeQuery()) {
                    row.next();
                    through = row.getLong(1);
                }
            }
            if (through == 0) {
                return 0;
            }
            // the mark first: a reader checking it after its read never misses a purge that removed its rows
            try (PreparedStatement mark = connection.prepareStatement(
                    "update graph_event_head set purged_through = ? where id = 1 and purged_through < ?")) {
                mark.setLong(1, through);
                mark.setLong(2, through);
                mark.executeUpdate();
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from graph_event where id <= ?")) {
                delete.setLong(1, through);
                return delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not purge graph events before " + cutoff, e);
        }
    }

    private long single(String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the event table: " + sql, e);
        }
    }

    private static List<Long> actorIds(String column) {
        return column.isEmpty() ? List.of() : Arrays.stream(column.split(",")).map(Long::valueOf).toList();
    }
}
