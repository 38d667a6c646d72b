package io.newsgraph.common;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Adds {@code extensions.errorId} to every error caused by an unexpected exception. The {@link ErrorBoundary}
 * has already logged its own under an id; any other (a resolver outside the boundary, a failure in SmallRye
 * itself) is logged here, because SmallRye hides its message from the client without logging it.
 */
public class ErrorIdExtension implements ErrorExtensionProvider {

    private static final Logger LOG = Logger.getLogger(ErrorIdExtension.class);

    @Override
    public String getKey() {
        return "errorId";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (exception instanceof InternalErrorException internal) {
            return Json.createValue(internal.errorId());
        }
        if (exception instanceof ApiException) {
            return null;
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(exception, "Error %s outside the error boundary", errorId);
        return Json.createValue(errorId);
    }
}
