package io.newsgraph.common;

import graphql.ExecutionResult;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;
import java.util.Map;

/**
 * Writes a query's {@code data} straight from graphql-java's result to JSON text (registered in META-INF/services;
 * on while {@value #ENABLED} is true). SmallRye first copies the result into a tree of JSON-P objects, one builder
 * and one map per GraphQL object, and only then writes it: on a nested page that was a fifth of the request's CPU
 * and much of its garbage (docs/benchmarks.md). The text is the same byte for byte ({@link RenderedData}); errors
 * and extensions are still SmallRye's.
 */
public class DirectJsonResponse implements EventingService {

    public static final String ENABLED = "newsgraph.graphql.direct-json";

    @Override
    public String getConfigKey() {
        return ENABLED;
    }

    @Override
    public void afterExecute(Context context) {
        if (context instanceof SmallRyeContext smallRye && !Config.get().isExcludeNullFieldsInResponses()) {
            ExecutionResult result = smallRye.unwrap(ExecutionResult.class);
            if (result != null && result.isDataPresent() && result.getData() instanceof Map<?, ?> data) {
                @SuppressWarnings("unchecked")
                RenderedData rendered = RenderedData.of((Map<String, Object>) data);
                if (rendered != null) {
                    smallRye.setExecutionResult(result.transform(builder -> builder.data(rendered)));
                }
            }
        }
    }
}
