package io.newsgraph.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.execution.event.InvokeInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Mutation;

/**
 * Checks the caller before any resolver runs (SmallRye GraphQL fires an {@link InvokeInfo} event first): every
 * mutation needs the editor role, queries need a signed-in caller only when they are not public. Being an
 * event on every resolver, it also covers mutations added later without anyone remembering an annotation.
 */
@ApplicationScoped
public class MutationGuard {

    public static final String EDITOR_ROLE = "editor";

    private final SecurityIdentity caller;
    private final boolean publicQueries;

    public MutationGuard(SecurityIdentity caller,
            @ConfigProperty(name = "newsgraph.security.public-queries") boolean publicQueries) {
        this.caller = caller;
        this.publicQueries = publicQueries;
    }

    void check(@Observes InvokeInfo invocation) {
        boolean mutation = invocation.getOperationMethod().isAnnotationPresent(Mutation.class);
        if (!mutation && publicQueries) {
            return;
        }
        if (caller.isAnonymous()) {
            throw new UnauthenticatedException(mutation
                    ? "mutations need an editor's credentials (HTTP Basic)"
                    : "queries need credentials (HTTP Basic) on this server");
        }
        if (mutation && !caller.hasRole(EDITOR_ROLE)) {
            throw new ForbiddenException("user " + caller.getPrincipal().getName() + " may not change data: "
                    + "mutations need the " + EDITOR_ROLE + " role");
        }
    }
}
