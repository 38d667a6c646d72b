package io.newsgraph.graphql;

import graphql.GraphQL;
import graphql.schema.DataFetchingEnvironment;
import io.newsgraph.common.RequestErrorCodes;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;

/**
 * Hooks the API's own input checks into SmallRye GraphQL (registered in META-INF/services; on while
 * {@value #ENABLED} is true): every argument is checked against its type before SmallRye converts it
 * ({@link ArgumentTypes}), and errors raised before any resolver runs get a code ({@link RequestErrorCodes}).
 * <p>
 * Works around SmallRye's scalar conversion through ArgumentTypes: smallrye/smallrye-graphql#1923.
 */
public class InputChecks implements EventingService {

    public static final String ENABLED = "newsgraph.graphql.input-checks";

    @Override
    public String getConfigKey() {
        return ENABLED;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // The builder has no getter for the instrumentation SmallRye configured (depth and complexity limits):
        // read it from a throw-away build and keep it, chained before ours.
        var configured = builder.build().getInstrumentation();
        return builder.instrumentation(RequestLevelInstrumentation.of(List.of(configured, new RequestErrorCodes())));
    }

    @Override
    public void beforeDataFetch(Context context) {
        checkArguments(context.unwrap(DataFetchingEnvironment.class));
    }

    /** Checks the field's arguments against their declared types (also for fetchers that fire no event). */
    static void checkArguments(DataFetchingEnvironment environment) {
        ArgumentTypes.check(environment.getFieldDefinition().getArguments(), environment.getField().getArguments(),
                environment.getVariables());
    }
}
