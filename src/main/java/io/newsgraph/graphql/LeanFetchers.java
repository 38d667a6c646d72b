package io.newsgraph.graphql;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.spi.EventingService;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Replaces SmallRye GraphQL's per-field data fetchers with lean ones (registered in META-INF/services; on while
 * {@value #ENABLED} is true). SmallRye builds a full request context for every field of every row: the field's
 * path as a string, its whole selection set as JSON, a CDI event and a timer. On a nested list of a few thousand
 * objects that is most of the request's CPU and memory, and none of it is used by a plain property or a
 * {@code @Source} batch field. See docs/benchmarks.md.
 * <ul>
 * <li>a plain property reads the getter (or public field) directly ({@link PropertyFetcher});</li>
 * <li>a {@code @Source} batch field hands the row to SmallRye's own data loader ({@link SourceBatchFetcher}),
 * so the batch, its transaction, interceptors and error handling are SmallRye's as before.</li>
 * </ul>
 * Scalars SmallRye formats itself (dates, numbers) keep SmallRye's fetcher.
 * <p>
 * Works around SmallRye's per-field fetcher cost on nested objects: smallrye/smallrye-graphql#770.
 */
public class LeanFetchers implements EventingService {

    public static final String ENABLED = "newsgraph.graphql.lean-fetchers";

    /** Scalars graphql-java serialises from the raw Java value exactly as SmallRye's transformation would. */
    private static final Set<String> PLAIN_SCALARS = Set.of("String", "Boolean", "Int", "Float", "ID");

    /** The {@code @Source} operations of the schema being built, by type and field name. */
    private final Map<String, Operation> sourceOperations = new ConcurrentHashMap<>();

    @Override
    public String getConfigKey() {
        return ENABLED;
    }

    /**
     * SmallRye announces every operation before it builds the field's fetcher; a batch field's operation gives its
     * argument converter and data loader name through SmallRye's public helpers, without reading its fetcher.
     */
    @Override
    public Operation createOperation(Operation operation) {
        if (operation.isSourceField()) {
            sourceOperations.put(key(operation.getSourceFieldOn().getName(), operation.getName()), operation);
        }
        return operation;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQLSchema schema = builder.build().getGraphQLSchema();
        GraphQLCodeRegistry registry = schema.getCodeRegistry().transform(lean -> {
            for (var type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                    for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                        var coordinates = FieldCoordinates.coordinates(object, field);
                        DataFetcher<?> replacement =
                                replace(schema.getCodeRegistry().getDataFetcher(coordinates, field), object, field);
                        if (replacement != null) {
                            lean.dataFetcher(coordinates, replacement);
                        }
                    }
                }
            }
            if (lean.build().getFieldVisibility() instanceof BlockedFields && defaultVisibility()) {
                // SmallRye reads the setting "default" as a pattern that blocks nothing but costs a regex per field
                lean.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            }
        });
        return builder.schema(schema.transform(s -> s.codeRegistry(registry)));
    }

    private DataFetcher<?> replace(DataFetcher<?> fetcher, GraphQLObjectType object, GraphQLFieldDefinition field) {
        if (fetcher instanceof BatchDataFetcher<?>) {
            Operation operation = sourceOperations.get(key(object.getName(), field.getName()));
            if (operation == null) {
                throw new IllegalStateException("SmallRye GraphQL announced no operation for " + object.getName() + "."
                        + field.getName() + ": set " + ENABLED + "=false or adapt " + LeanFetchers.class.getName());
            }
            return new SourceBatchFetcher(operation);
        }
        if (fetcher instanceof FieldDataFetcher<?> && field.getArguments().isEmpty()
                && !(GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLScalarType scalar
                        && !PLAIN_SCALARS.contains(scalar.getName()))) {
            return new PropertyFetcher(field.getName(), fetcher);
        }
        return null;
    }

    private static String key(String type, String field) {
        return type + "." + field;
    }

    private static boolean defaultVisibility() {
        return "default".equals(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class).orElse("default"));
    }
}
