package io.newsgraph.security;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs at most {@code newsgraph.graphql.max-concurrent} GraphQL operations at a time (0, the default: one per CPU
 * core, at least two) and queues the rest in arrival order. Beside a database on the same cores, more operations
 * than cores only queue in the database and stretch the latency tail: two per core (four here) gave article and
 * search a p99 3-5 times longer than one per core, for 2-32 % more throughput on a quiet machine
 * (docs/benchmarks.md, ninth and tenth rounds). A database over a slower link needs more: the operations per
 * second wanted times the seconds each takes (docs/performance.md).
 * A request that finds the queue full, or waits longer than the queue timeout, gets 503 with Retry-After and a
 * GraphQL-shaped error (code OVERLOADED) and changes nothing. Subscriptions (WebSocket) are not limited.
 */
@ApplicationScoped
public class ConcurrencyLimit {

    public static final String CODE = "OVERLOADED";

    private final String endpoint;
    private final int maxConcurrent;
    private final int maxQueued;
    private final long queueTimeoutMs;
    private final Deque<Waiting> queue = new ArrayDeque<>();
    private int running;

    public ConcurrencyLimit(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String endpoint,
            @ConfigProperty(name = "newsgraph.graphql.max-concurrent") int maxConcurrent,
            @ConfigProperty(name = "newsgraph.graphql.max-queued") int maxQueued,
            @ConfigProperty(name = "newsgraph.graphql.queue-timeout") Duration queueTimeout, MeterRegistry metrics) {
        this.endpoint = endpoint;
        int cores = Runtime.getRuntime().availableProcessors();
        this.maxConcurrent = maxConcurrent > 0 ? maxConcurrent : Math.max(2, cores);
        this.maxQueued = maxQueued;
        this.queueTimeoutMs = Math.max(1, queueTimeout.toMillis());
        Gauge.builder("newsgraph.graphql.running", this, ConcurrencyLimit::running)
                .description("GraphQL operations running").register(metrics);
        Gauge.builder("newsgraph.graphql.queued", this, ConcurrencyLimit::queued)
                .description("GraphQL operations waiting for a slot").register(metrics);
    }

    synchronized int running() {
        return running;
    }

    synchronized int queued() {
        return queue.size();
    }

    void install(@Observes Router router) {
        // after the request guard has refused what it refuses: a refusal never waits for a slot
        router.post(endpoint).order(GraphQLRequestGuard.FIRST + 3).handler(this::admit);
    }

    private void admit(RoutingContext request) {
        Waiting waiting = null;
        synchronized (this) {
            if (running < maxConcurrent) {
                running++;
            } else if (queue.size() < maxQueued) {
                waiting = new Waiting(request, Vertx.currentContext());
                queue.addLast(waiting);
            } else {
                overloaded(request, "the server is at its limit of " + maxConcurrent + " running and " + maxQueued
                        + " waiting operations");
                return;
            }
        }
        if (waiting == null) {
            run(request);
        } else {
            Waiting queued = waiting;
            queued.timer = request.vertx().setTimer(queueTimeoutMs, id -> expire(queued));
        }
    }

    private void run(RoutingContext request) {
        if (request.response().closed()) {
            // its client hung up while it was checked, or between being given the slot and starting: no end or
            // close handler would ever fire for it, so the slot goes back at once (this runs on the request's
            // own event loop, so the connection cannot close between this check and the handlers below)
            release();
            return;
        }
        // once, on whichever comes first: the response written, or the request failed or closed
        AtomicBoolean released = new AtomicBoolean();
        Runnable releaseOnce = () -> {
            if (released.compareAndSet(false, true)) {
                release();
            }
        };
        request.addBodyEndHandler(written -> releaseOnce.run());
        request.addEndHandler(ended -> releaseOnce.run());
        request.next();
    }

    private void release() {
        Waiting next;
        do {
            synchronized (this) {
                next = queue.pollFirst();
                if (next == null) {
                    running--;
                    return;
                }
            }
            next.request.vertx().cancelTimer(next.timer);
        } while (next.request.response().closed()); // its client hung up while it waited
        // the slot passes straight to the next request, on its own event loop
        Waiting started = next;
        started.context.runOnContext(start -> run(started.request));
    }

    private void expire(Waiting waiting) {
        if (remove(waiting)) {
            overloaded(waiting.request, "the operation waited " + queueTimeoutMs + " ms for a free slot");
        }
    }

    private synchronized boolean remove(Waiting waiting) {
        return queue.remove(waiting);
    }

    private static void overloaded(RoutingContext request, String message) {
        if (request.response().ended() || request.response().closed()) {
            return;
        }
        request.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
        GraphQLRequestGuard.refuse(request, 503, CODE, message + "; retry shortly");
    }

    private static final class Waiting {
        final RoutingContext request;
        final Context context;
        long timer;

        Waiting(RoutingContext request, Context context) {
            this.request = request;
            this.context = context;
        }
    }
}
