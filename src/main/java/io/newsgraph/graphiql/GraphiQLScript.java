package io.newsgraph.graphiql;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves Newsgraph's start script for the GraphiQL page ({@code graphiql/render.js} in the resources) in place of
 * the one SmallRye GraphQL 2.17 ships, whose fetcher sends {@code Content-Type: application/json, application/json}
 * from Chromium (the header set under two spellings; no upstream issue found). Quarkus offers no setting for the
 * UI's headers, and its build step only rewrites the script's paths, so the page's other files stay SmallRye's.
 */
@ApplicationScoped
public class GraphiQLScript {

    /** Before the UI's own static route. */
    private static final int BEFORE_UI = -1000;

    private final String uiPath;
    private final boolean enabled;
    private final String script;

    public GraphiQLScript(@ConfigProperty(name = "quarkus.smallrye-graphql.ui.root-path") String uiPath,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String endpoint,
            @ConfigProperty(name = "newsgraph.graphiql.enabled") boolean enabled) {
        this.uiPath = uiPath;
        this.enabled = enabled;
        this.script = read("graphiql/render.js").replace("@endpoint@", endpoint);
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.get(uiPath + "/render.js").order(BEFORE_UI).handler(this::serve);
        }
    }

    private void serve(RoutingContext request) {
        request.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/javascript; charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(script);
    }

    private static String read(String resource) {
        try (InputStream in = GraphiQLScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
