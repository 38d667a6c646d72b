package io.newsgraph.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.execution.event.InvokeInfo;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Method;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Mutation;
import org.jboss.logging.Logger;

/**
 * What {@code @RolesAllowed} cannot say, checked before every resolver runs (SmallRye GraphQL fires an
 * {@link InvokeInfo} event first): queries need a signed-in caller when {@code newsgraph.security.public-queries}
 * is false, and a mutation that someone added without {@code @RolesAllowed} is refused rather than open to all
 * ({@code MutationRolesTest} also fails the build for it).
 */
@ApplicationScoped
public class ResolverAccess {

    private static final Logger LOG = Logger.getLogger(ResolverAccess.class);

    private final SecurityIdentity caller;
    private final boolean publicQueries;

    public ResolverAccess(SecurityIdentity caller,
            @ConfigProperty(name = "newsgraph.security.public-queries") boolean publicQueries) {
        this.caller = caller;
        this.publicQueries = publicQueries;
    }

    void check(@Observes InvokeInfo invocation) {
        Method resolver = invocation.getOperationMethod();
        if (resolver.isAnnotationPresent(Mutation.class)) {
            if (!resolver.isAnnotationPresent(RolesAllowed.class)
                    && !resolver.getDeclaringClass().isAnnotationPresent(RolesAllowed.class)) {
                LOG.errorf("Mutation %s.%s has no @RolesAllowed: refused", resolver.getDeclaringClass().getName(),
                        resolver.getName());
                throw new ForbiddenException("this mutation is not open to anyone yet: it has no role check");
            }
        } else if (!publicQueries && caller.isAnonymous()) {
            throw new UnauthenticatedException(SignIn.QUERIES);
        }
    }
}
