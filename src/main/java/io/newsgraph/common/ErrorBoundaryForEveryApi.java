package io.newsgraph.common;

import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;
import org.eclipse.microprofile.graphql.GraphQLApi;

/**
 * Puts every {@link GraphQLApi} class behind the {@link ErrorBoundary} at build time, so a resolver added
 * without {@link ReportsErrors} still answers an unexpected failure with INTERNAL_SERVER_ERROR and an id
 * rather than a code made of its exception's class name.
 */
public class ErrorBoundaryForEveryApi implements BuildCompatibleExtension {

    @Enhancement(types = Object.class, withSubtypes = true, withAnnotations = GraphQLApi.class)
    public void addBoundary(ClassConfig api) {
        if (api.info().hasAnnotation(GraphQLApi.class) && !api.info().hasAnnotation(ReportsErrors.class)) {
            api.addAnnotation(ReportsErrors.class);
        }
    }
}
