package io.newsgraph.security;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.spi.EventingService;

/**
 * Keeps the executable schema SmallRye builds (registered in META-INF/services), for the read planner to validate
 * documents against and the query budget to estimate them with: SmallRye exposes its GraphQL instance nowhere
 * else (its producer keeps it in a package-private field).
 * <p>
 * Works around SmallRye keeping its GraphQL instance private (no upstream issue found).
 */
public class SchemaCapture implements EventingService {

    private static volatile GraphQLSchema schema;

    /** On with the read planner ({@code io.newsgraph.graphql.PlannedReads.ENABLED}), which sits above this. */
    @Override
    public String getConfigKey() {
        return "newsgraph.graphql.planned-reads";
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        schema = builder.build().getGraphQLSchema();
        return builder;
    }

    /** The schema, or null before SmallRye has built it. */
    public static GraphQLSchema schema() {
        return schema;
    }
}
