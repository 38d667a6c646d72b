package io.newsgraph.security;

import io.newsgraph.common.QueryTimeoutException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an operation that has not answered within {@code newsgraph.graphql.request-timeout} (plus a second, so
 * that what stops the work reports first) with 503 and code {@value #CODE}, which releases its concurrency slot.
 * The work itself is stopped where it runs: on PostgreSQL a planned read's statement has the timeout as its query
 * timeout (the database cancels it), and in prod a write's transaction has it as its transaction timeout (rolled
 * back, nothing half written); the row budget keeps what SmallRye resolves small.
 */
@ApplicationScoped
public class RequestDeadline {

    public static final String CODE = "TIMEOUT";
    private static final long GRACE_MS = 1_000;

    private final String endpoint;
    private final long timeoutMs;

    public RequestDeadline(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String endpoint,
            @ConfigProperty(name = "newsgraph.graphql.request-timeout") Duration timeout) {
        this.endpoint = endpoint;
        this.timeoutMs = timeout.toMillis();
    }

    void install(@Observes Router router) {
        // once the operation holds a slot: time spent queueing has its own limit
        router.post(endpoint).order(GraphQLRequestGuard.FIRST + 4).handler(this::start);
        // a planned read the database cancelled (the engine layer fails the request rather than answer it)
        router.post(endpoint).order(GraphQLRequestGuard.FIRST + 4).failureHandler(this::failed);
    }

    private void failed(RoutingContext request) {
        if (request.failure() instanceof QueryTimeoutException) {
            timedOut(request, timeoutMs);
        } else {
            request.next();
        }
    }

    private void start(RoutingContext request) {
        long timer = request.vertx().setTimer(timeoutMs + GRACE_MS, fired -> timedOut(request, timeoutMs));
        request.addEndHandler(ended -> request.vertx().cancelTimer(timer));
        request.next();
    }

    /** Answers that the operation ran out of time, unless an answer has been written already. */
    private static void timedOut(RoutingContext request, long timeoutMs) {
        if (request.response().ended() || request.response().closed() || request.response().headWritten()) {
            return;
        }
        GraphQLRequestGuard.refuse(request, 503, CODE, "the operation ran longer than " + timeoutMs
                + " ms and was stopped; nothing it would have changed was changed: ask for less, or split it");
    }
}
