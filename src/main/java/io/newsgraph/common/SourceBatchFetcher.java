package io.newsgraph.common;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A {@code @Source} batch field: queues the row on the request's data loader for the field, which SmallRye
 * registers and runs once per level for all rows (one call of the resolver method, with its context,
 * interceptors and error handling). What SmallRye's own fetcher adds per row (a full request context, a CDI
 * event, a timer) is skipped; the argument check of {@link InputChecks} still runs.
 */
final class SourceBatchFetcher implements DataFetcher<Object> {

    private final ArgumentHelper arguments;
    private final String loaderName;
    private final boolean checkArguments;

    SourceBatchFetcher(BatchDataFetcher<?> smallrye) {
        this.arguments = field(smallrye, "argumentHelper", ArgumentHelper.class);
        this.loaderName = field(smallrye, "batchLoaderName", String.class);
        this.checkArguments = ConfigProvider.getConfig().getOptionalValue(InputChecks.ENABLED, Boolean.class)
                .orElse(false);
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        if (checkArguments) {
            InputChecks.checkArguments(environment);
        }
        Map<String, Object> batchContext = new HashMap<>(4);
        batchContext.put(BatchLoaderHelper.ARGUMENTS, arguments.getArguments(environment, true));
        batchContext.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
        return environment.getDataLoader(loaderName).load(environment.getSource(), batchContext);
    }

    /** SmallRye keeps the field's argument converter and loader name private; the versions are fixed by the BOM. */
    private static <T> T field(BatchDataFetcher<?> fetcher, String name, Class<T> type) {
        try {
            var field = BatchDataFetcher.class.getDeclaredField(name);
            field.setAccessible(true);
            return type.cast(field.get(fetcher));
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("SmallRye GraphQL's BatchDataFetcher has no " + type.getSimpleName() + " "
                    + name + ": set " + LeanFetchers.ENABLED + "=false or adapt " + SourceBatchFetcher.class.getName(), e);
        }
    }
}
