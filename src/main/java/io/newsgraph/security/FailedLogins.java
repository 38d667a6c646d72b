package io.newsgraph.security;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttles password guessing per client (the connection's remote address, or the forwarded one when Quarkus's
 * proxy-address forwarding is on): after {@code newsgraph.security.max-failed-logins} wrong credentials within
 * {@code newsgraph.security.failed-login-window}, every request of that client that carries credentials gets 429
 * (code {@value #CODE}, with Retry-After) until the window has passed, right or wrong: checked before Quarkus
 * authenticates, so guessing on gets no answer. Requests without credentials (public queries) are never throttled.
 */
@ApplicationScoped
public class FailedLogins {

    public static final String CODE = "TOO_MANY_FAILED_LOGINS";
    /** Clients remembered at most; beyond it, windows that have ended are forgotten first. */
    private static final int CLIENTS = 10_000;

    private final String endpoint;
    private final int maxFailures;
    private final long windowMs;
    private final Map<String, Window> clients = new ConcurrentHashMap<>();

    public FailedLogins(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String endpoint,
            @ConfigProperty(name = "newsgraph.security.max-failed-logins") int maxFailures,
            @ConfigProperty(name = "newsgraph.security.failed-login-window") Duration window) {
        this.endpoint = endpoint;
        this.maxFailures = maxFailures;
        this.windowMs = window.toMillis();
    }

    void install(@Observes Router router) {
        // before Quarkus's authentication (a route filter) and every other route of the endpoint
        router.route(endpoint).order(GraphQLRequestGuard.FIRST - 1).handler(this::check);
        router.route(endpoint).order(GraphQLRequestGuard.FIRST - 1).failureHandler(this::count);
    }

    private void check(RoutingContext request) {
        if (request.request().getHeader(HttpHeaders.AUTHORIZATION) == null || !refused(request, maxFailures)) {
            request.next();
        }
    }

    /** Counts a failed login; a throttled client gets 429 for a wrong password too, so the answer tells nothing. */
    private void count(RoutingContext request) {
        if (request.failure() instanceof AuthenticationFailedException) {
            long now = System.currentTimeMillis();
            if (clients.size() >= CLIENTS) {
                clients.values().removeIf(window -> window.end <= now);
            }
            clients.compute(client(request), (client, window) -> window == null || window.end <= now
                    ? new Window(1, now + windowMs) : new Window(window.failures + 1, window.end));
            // the failures allowed are answered 401; one more (which was not throttled before it) 429
            if (!request.response().ended() && refused(request, maxFailures + 1)) {
                return;
            }
        }
        request.next();
    }

    /** Answers 429 when the client has this many failed logins in its window. */
    private boolean refused(RoutingContext request, int failures) {
        Window window = clients.get(client(request));
        long now = System.currentTimeMillis();
        if (window == null || window.failures < failures || now >= window.end) {
            return false;
        }
        long seconds = (window.end - now) / 1000 + 1;
        request.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        GraphQLRequestGuard.refuse(request, 429, CODE,
                "too many wrong user names or passwords from this client: try again in " + seconds + " s");
        return true;
    }

    private static String client(RoutingContext request) {
        var address = request.request().remoteAddress();
        return address == null ? "" : address.hostAddress();
    }

    private record Window(int failures, long end) {
    }
}
