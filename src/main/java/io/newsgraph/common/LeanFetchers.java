package io.newsgraph.common;

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
import io.smallrye.graphql.spi.EventingService;
import java.util.Set;
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
 */
public class LeanFetchers implements EventingService {

    public static final String ENABLED = "newsgraph.graphql.lean-fetchers";

    /** Scalars graphql-java serialises from the raw Java value exactly as SmallRye's transformation would. */
    private static final Set<String> PLAIN_SCALARS = Set.of("String", "Boolean", "Int", "Float", "ID");

    @Override
    public String getConfigKey() {
        return ENABLED;
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
                                replace(schema.getCodeRegistry().getDataFetcher(coordinates, field), field);
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

    private static DataFetcher<?> replace(DataFetcher<?> fetcher, GraphQLFieldDefinition field) {
        if (fetcher instanceof BatchDataFetcher<?> batch) {
            return new SourceBatchFetcher(batch);
        }
        if (fetcher instanceof FieldDataFetcher<?> && field.getArguments().isEmpty()
                && !(GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLScalarType scalar
                        && !PLAIN_SCALARS.contains(scalar.getName()))) {
            return new PropertyFetcher(field.getName(), fetcher);
        }
        return null;
    }

    private static boolean defaultVisibility() {
        return "default".equals(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class).orElse("default"));
    }
}
