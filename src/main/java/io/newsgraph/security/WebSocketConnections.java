package io.newsgraph.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds the WebSockets (subscriptions) one client (remote address) holds open at once to
 * {@code newsgraph.websocket.max-connections-per-client}: one more upgrade gets 429 (code
 * {@value ConcurrencyLimit#CODE}) and no socket. A socket counts from its upgrade until its connection closes.
 */
@ApplicationScoped
public class WebSocketConnections {

    private final String endpoint;
    private final int maxPerClient;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    public WebSocketConnections(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String endpoint,
            @ConfigProperty(name = "newsgraph.websocket.max-connections-per-client") int maxPerClient) {
        this.endpoint = endpoint;
        this.maxPerClient = maxPerClient;
    }

    void install(@Observes Router router) {
        router.get(endpoint).order(GraphQLRequestGuard.FIRST + 1).handler(this::admit);
    }

    private void admit(RoutingContext request) {
        if (!"websocket".equalsIgnoreCase(request.request().getHeader(HttpHeaders.UPGRADE))) {
            request.next();
            return;
        }
        var address = request.request().remoteAddress();
        String client = address == null ? "" : address.hostAddress();
        if (open.merge(client, 1, Integer::sum) > maxPerClient) {
            release(client);
            GraphQLRequestGuard.refuse(request, 429, ConcurrencyLimit.CODE, "this client has " + maxPerClient
                    + " WebSockets open, the most one client may hold: close one, or subscribe on one you have");
            return;
        }
        AtomicBoolean released = new AtomicBoolean();
        request.request().connection().closeHandler(closed -> {
            if (released.compareAndSet(false, true)) {
                release(client);
            }
        });
        request.next();
    }

    private void release(String client) {
        open.computeIfPresent(client, (key, count) -> count <= 1 ? null : count - 1);
    }
}
