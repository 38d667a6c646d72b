package io.newsgraph.graphql;

import graphql.ErrorType;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import io.newsgraph.common.RequestErrorCodes;
import io.newsgraph.security.Introspection;
import io.newsgraph.security.QueryBudget;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The request guard's operation checks (introspection switched off, {@link QueryBudget}) for every operation
 * SmallRye runs, whatever its transport: over HTTP the guard has refused them already, but operations sent over
 * the WebSocket (graphql-transport-ws and graphql-ws) never pass the guard. Runs before graphql-java validates the
 * document, so an exponential document is refused before validation expands it. Registered in META-INF/services;
 * always on.
 */
public class OperationLimits extends SimplePerformantInstrumentation implements EventingService {

    private volatile QueryBudget budget;
    private volatile Boolean introspection;

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        var configured = builder.build().getInstrumentation();
        return builder.instrumentation(RequestLevelInstrumentation.of(List.of(this, configured)));
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, InstrumentationState state) {
        if (!introspectionEnabled() && Introspection.in(parameters.getDocument())) {
            throw refused("introspection is switched off on this server");
        }
        Map<String, Object> variables = parameters.getVariables();
        String refusal = budget().refusal(parameters.getDocument(), parameters.getOperation(), variables);
        if (refusal != null) {
            throw refused(refusal);
        }
        return super.beginValidation(parameters, state);
    }

    private static AbortExecutionException refused(String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().message(message)
                .errorType(ErrorType.ValidationError)
                .extensions(Map.of("code", RequestErrorCodes.VALIDATION_FAILED)).build()));
    }

    private QueryBudget budget() {
        if (budget == null) {
            budget = Arc.container().instance(QueryBudget.class).get();
        }
        return budget;
    }

    private boolean introspectionEnabled() {
        if (introspection == null) {
            introspection = ConfigProvider.getConfig().getValue("newsgraph.introspection.enabled", Boolean.class);
        }
        return introspection;
    }
}
