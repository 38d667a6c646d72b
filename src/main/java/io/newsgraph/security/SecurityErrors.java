package io.newsgraph.security;

import io.newsgraph.common.ReportsErrors;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Turns the refusals of Quarkus's {@code @RolesAllowed} check into the API's coded errors with a message that says
 * how to sign in: UNAUTHENTICATED for an anonymous caller, FORBIDDEN for one without the role. Runs around
 * Quarkus's security interceptor, on every {@code @GraphQLApi} (which all carry {@link ReportsErrors}).
 */
@ReportsErrors
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class SecurityErrors {

    @Inject
    SecurityIdentity caller;

    @AroundInvoke
    Object explain(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (UnauthorizedException e) {
            throw new UnauthenticatedException(SignIn.MUTATIONS);
        } catch (io.quarkus.security.ForbiddenException e) {
            throw new ForbiddenException(SignIn.forbidden(caller.getPrincipal().getName()));
        }
    }
}
