package io.newsgraph.common;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Lets {@link ApiException}s through (logged at DEBUG: they are the client's business), turns a write that lost a
 * race (refused at a lock, a key or the commit) into CONFLICT ({@link Writes#conflictOf}), a statement the
 * database cancelled at its query timeout into TIMEOUT ({@link QueryTimeoutException#of}), a database that cannot
 * be reached into UNAVAILABLE ({@link UnavailableException#of}; logged at WARN without a stack trace, since an
 * outage would log one per request), and anything else into an {@link InternalErrorException}: the client gets a
 * stable code and an id, the log gets the id with the stack trace, and no SQL or class name leaks into the
 * response.
 */
@ReportsErrors
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ErrorBoundary {

    private static final Logger LOG = Logger.getLogger(ErrorBoundary.class);

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (ApiException e) {
            LOG.debugf("%s in %s.%s: %s", e.getClass().getSimpleName(),
                    invocation.getMethod().getDeclaringClass().getSimpleName(), invocation.getMethod().getName(),
                    e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            ConflictException conflict = Writes.conflictOf(e);
            if (conflict != null) {
                throw conflict;
            }
            QueryTimeoutException timeout = QueryTimeoutException.of(e);
            if (timeout != null) {
                LOG.infof("Query timeout in %s.%s", invocation.getMethod().getDeclaringClass().getSimpleName(),
                        invocation.getMethod().getName());
                throw timeout;
            }
            UnavailableException unavailable = UnavailableException.of(e);
            if (unavailable != null) {
                LOG.warnf("Database unavailable in %s.%s: %s",
                        invocation.getMethod().getDeclaringClass().getSimpleName(), invocation.getMethod().getName(),
                        e.getMessage());
                throw unavailable;
            }
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(e, "Error %s in %s.%s", errorId, invocation.getMethod().getDeclaringClass().getSimpleName(),
                    invocation.getMethod().getName());
            throw new InternalErrorException(errorId);
        }
    }
}
