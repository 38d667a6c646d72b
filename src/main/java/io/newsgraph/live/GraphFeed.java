package io.newsgraph.live;

import io.newsgraph.event.GraphEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * This replica's view of the event table. One thread reads new events when told (a commit here, a PostgreSQL
 * notification from another replica) or every poll interval, keeps the newest {@code buffer-size} of them in
 * memory and wakes the subscribers, who read from that window, or from the table while they catch up.
 */
@ApplicationScoped
public class GraphFeed {

    private static final Logger LOG = Logger.getLogger(GraphFeed.class);
    private static final int PAGE = 500;

    private final EventLog log;
    private final LiveConfig config;
    private final Semaphore wake = new Semaphore(0);

    /** Every committed event with {@code floor < id <= head}, oldest first. */
    private final ArrayDeque<StoredEvent> window = new ArrayDeque<>();
    private long floor;
    private long head;
    private CompletableFuture<Void> advanced = new CompletableFuture<>();
    private volatile boolean running;
    private Thread reader;
    private NotificationListener listener;

    public GraphFeed(EventLog log, LiveConfig config) {
        this.log = log;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        synchronized (this) {
            head = log.head();
            floor = head;
        }
        running = true;
        reader = new Thread(this::readLoop, "newsgraph-live-feed");
        reader.setDaemon(true);
        reader.start();
        if (log.postgresql()) {
            listener = new NotificationListener(log.dataSource(), EventLog.CHANNEL, this::wake);
            listener.start();
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (listener != null) {
            listener.stop();
        }
        if (reader != null) {
            reader.interrupt();
        }
    }

    /** A commit in this process: read it now rather than wait for the notification. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) GraphEvent event) {
        wake();
    }

    void wake() {
        wake.release();
    }

    /**
     * Committed events after {@code after} (all when null: from now on), in cursor order, each once. The stream
     * fails with CURSOR_EXPIRED when events after the cursor were purged, and with SUBSCRIBER_TOO_SLOW when it
     * falls further behind the live events than the buffer.
     */
    public Multi<StoredEvent> events(Long after) {
        return Multi.createFrom().deferred(() -> {
            if (after != null) {
                checkNotExpired(after);
            }
            Tail tail = new Tail(after == null ? head() : after);
            return Multi.createBy().repeating().uni(tail::next).indefinitely().onItem().<StoredEvent>disjoint();
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Fails with CURSOR_EXPIRED when events after {@code cursor} were purged (check after reading them). */
    void checkNotExpired(long cursor) {
        long purged = log.purgedThrough();
        if (cursor < purged) {
            throw new CursorExpiredException(cursor, purged, "after");
        }
    }

    synchronized long head() {
        return head;
    }

    private void readLoop() {
        Instant nextPurge = Instant.now();
        while (running) {
            try {
                wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                readNew();
                if (Instant.now().isAfter(nextPurge)) {
                    int purged = log.purge(Instant.now().minus(config.retention()));
                    if (purged > 0) {
                        LOG.infof("deleted %d graph events older than %s", purged, config.retention());
                    }
                    nextPurge = Instant.now().plus(config.purgeInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database is away: subscribers wait, and the next round picks up where this one stopped
                LOG.warnf("reading graph events failed (retrying): %s", e.getMessage());
            }
        }
    }

    private void readNew() {
        List<StoredEvent> page;
        do {
            page = log.page(head(), Long.MAX_VALUE, PAGE);
            if (!page.isEmpty()) {
                publish(page);
            }
        } while (page.size() == PAGE);
    }

    private void publish(List<StoredEvent> page) {
        CompletableFuture<Void> done;
        synchronized (this) {
            for (StoredEvent event : page) {
                window.addLast(event);
                head = event.id();
            }
            while (window.size() > config.bufferSize()) {
                floor = window.removeFirst().id();
            }
            done = advanced;
            advanced = new CompletableFuture<>();
        }
        done.complete(null);
    }

    /**
     * Up to {@code max} events after {@code cursor} from the window; null when the window no longer reaches back
     * to the cursor. {@code advanced} completes when newer events arrive.
     */
    private synchronized Slice after(long cursor, int max) {
        if (cursor < floor) {
            return new Slice(null, floor, advanced);
        }
        List<StoredEvent> events = window.stream().filter(event -> event.id() > cursor).limit(max).toList();
        return new Slice(events, floor, advanced);
    }

    private record Slice(List<StoredEvent> events, long floor, CompletableFuture<Void> advanced) {
    }

    /** One subscriber's position: replays from the table up to the window, then follows the window. */
    private final class Tail {
        private long cursor;
        private boolean live;

        Tail(long after) {
            this.cursor = after;
        }

        Uni<List<StoredEvent>> next() {
            Slice slice = after(cursor, PAGE);
            if (slice.events() == null) {
                if (live) {
                    return Uni.createFrom().failure(new SubscriberTooSlowException(cursor, config.bufferSize()));
                }
                List<StoredEvent> replay = log.page(cursor, slice.floor(), PAGE);
                checkNotExpired(cursor);
                cursor = replay.isEmpty() ? slice.floor() : replay.get(replay.size() - 1).id();
                return Uni.createFrom().item(replay);
            }
            live = true;
            if (!slice.events().isEmpty()) {
                cursor = slice.events().get(slice.events().size() - 1).id();
                return Uni.createFrom().item(slice.events());
            }
            // a stage of its own: a subscriber that leaves cancels its wait, not the future everyone waits on
            return Uni.createFrom().completionStage(slice.advanced().thenApply(ignored -> List.<StoredEvent>of()));
        }
    }
}
