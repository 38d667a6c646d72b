package io.newsgraph.graphql;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Writes a query's {@code data} straight from graphql-java's result to JSON text (registered in META-INF/services;
 * on while {@value #ENABLED} is true). SmallRye first copies the result into a tree of JSON-P objects, one builder
 * and one map per GraphQL object, and only then writes it: on a nested page that was a fifth of the request's CPU
 * and much of its garbage (docs/benchmarks.md). The text is the same byte for byte ({@link RenderedData}); errors
 * and extensions are still SmallRye's. Data whose text would pass {@value #MAX_SIZE} is not written: the answer is a
 * single {@value #TOO_LARGE} error, so an oversized answer is never held whole nor sent half-way.
 * <p>
 * Works around SmallRye's JSON-P copy of the result tree: smallrye/smallrye-graphql#930.
 */
public class DirectJsonResponse implements EventingService {

    public static final String ENABLED = "newsgraph.graphql.direct-json";
    public static final String TOO_LARGE = "RESPONSE_TOO_LARGE";
    private static final String MAX_SIZE = "newsgraph.graphql.max-response-size";
    private static volatile long maxChars;

    @Override
    public String getConfigKey() {
        return ENABLED;
    }

    /** The bound in characters: the answers are mostly ASCII, one byte each. */
    public static long maxChars() {
        if (maxChars == 0) {
            maxChars = ConfigProvider.getConfig().getValue(MAX_SIZE, MemorySize.class).asLongValue();
        }
        return maxChars;
    }

    /** Why an answer over the bound was not sent, in words that name the setting and the fix. */
    public static String tooLarge() {
        return "the answer is longer than " + maxChars() + " characters (newsgraph.graphql.max-response-size); "
                + "nothing of it was sent: ask for fewer rows or fields, or page through them";
    }

    @Override
    public void afterExecute(Context context) {
        if (context instanceof SmallRyeContext smallRye && !Config.get().isExcludeNullFieldsInResponses()) {
            ExecutionResult result = smallRye.unwrap(ExecutionResult.class);
            if (result != null && result.isDataPresent() && result.getData() instanceof Map<?, ?> data) {
                try {
                    @SuppressWarnings("unchecked")
                    RenderedData rendered = RenderedData.of((Map<String, Object>) data, maxChars());
                    if (rendered != null) {
                        smallRye.setExecutionResult(result.transform(builder -> builder.data(rendered)));
                    }
                } catch (RenderedData.TooLarge e) {
                    smallRye.setExecutionResult(ExecutionResult.newExecutionResult().data(null)
                            .addError(GraphqlErrorBuilder.newError()
                                    .message(tooLarge())
                                    .extensions(Map.of("code", TOO_LARGE)).build())
                            .build());
                }
            }
        }
    }
}
