package io.newsgraph.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Operation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dataloader.DataLoader;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A {@code @Source} batch field: queues the row on the request's data loader for the field, which SmallRye
 * registers and runs once per level for all rows (one call of the resolver method, with its context,
 * interceptors and error handling). What SmallRye's own fetcher adds per row (a full request context, a CDI
 * event, a timer) is skipped; the argument check of {@link InputChecks} still runs.
 * <p>
 * SmallRye registers one data loader per field. A loader caches by row and runs a batch with its first row's
 * arguments, so two aliases of one field with different arguments ({@code latest: statements(first: 1)} beside
 * {@code statements(first: 20)}) both got the first one's answer. Here each distinct set of arguments in a request
 * has its own loader: SmallRye's for the first, a copy of it (same batch function and options) for each other.
 * <p>
 * Works around smallrye/smallrye-graphql#770 (per-row cost); one loader per field for all aliases: not filed.
 */
final class SourceBatchFetcher implements DataFetcher<Object> {

    private final ArgumentHelper arguments;
    private final String loaderName;
    private final boolean checkArguments;

    SourceBatchFetcher(Operation operation) {
        this.arguments = new ArgumentHelper(operation.getArguments());
        this.loaderName = new BatchLoaderHelper().getName(operation);
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
        return loader(environment).load(environment.getSource(), batchContext);
    }

    private DataLoader<Object, Object> loader(DataFetchingEnvironment environment) {
        if (environment.getArguments().isEmpty()) {
            return environment.getDataLoader(loaderName);
        }
        return environment.getGraphQlContext().<ArgumentLoaders>computeIfAbsent(ArgumentLoaders.class,
                key -> new ArgumentLoaders()).get(loaderName, environment);
    }

    /** One request's loaders, by field and arguments. */
    private static final class ArgumentLoaders {

        private final Map<List<Object>, DataLoader<Object, Object>> byArguments = new HashMap<>();
        private final Set<String> smallRyeLoadersTaken = new HashSet<>();

        synchronized DataLoader<Object, Object> get(String loaderName, DataFetchingEnvironment environment) {
            return byArguments.computeIfAbsent(List.of(loaderName, environment.getArguments()), key -> {
                DataLoader<Object, Object> smallRye = environment.getDataLoader(loaderName);
                if (smallRyeLoadersTaken.add(loaderName)) {
                    return smallRye;
                }
                // registered, so that graphql-java dispatches it with the others at the end of each level
                String name = loaderName + " #" + byArguments.size();
                return environment.getDataLoaderRegistry().registerAndGet(name,
                        smallRye.transform(copy -> copy.name(name)));
            });
        }
    }
}
