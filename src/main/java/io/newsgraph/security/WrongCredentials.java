package io.newsgraph.security;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A wrong user name or password on the GraphQL endpoint gets 401 with a JSON GraphQL error (UNAUTHENTICATED) and
 * no {@code WWW-Authenticate: Basic} challenge: a browser answers that challenge with its own login prompt, which
 * in GraphiQL or a web client left the request pending behind a dialog. Quarkus authenticates every request that
 * carries credentials before any route runs and reports a failure here, in the route's failure handler.
 */
@ApplicationScoped
public class WrongCredentials {

    private final String endpoint;

    public WrongCredentials(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String endpoint) {
        this.endpoint = endpoint;
    }

    void install(@Observes Router router) {
        router.route(endpoint).order(GraphQLRequestGuard.FIRST).failureHandler(this::answer);
        router.route(endpoint + "/*").order(GraphQLRequestGuard.FIRST).failureHandler(this::answer);
    }

    private void answer(RoutingContext request) {
        if (request.failure() instanceof AuthenticationFailedException && !request.response().ended()) {
            request.response().headers().remove("WWW-Authenticate");
            GraphQLRequestGuard.refuse(request, 401, UnauthenticatedException.CODE, SignIn.WRONG);
        } else {
            request.next();
        }
    }
}
