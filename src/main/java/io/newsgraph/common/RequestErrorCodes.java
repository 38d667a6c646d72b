package io.newsgraph.common;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Gives the errors graphql-java raises before any resolver runs a stable {@code extensions.code}, as the API's
 * own errors have: an operation that does not fit the schema is GRAPHQL_VALIDATION_FAILED, a variable whose value
 * does not fit its type is BAD_USER_INPUT (the operation is fine, the data is not), a document that does not
 * parse is GRAPHQL_PARSE_FAILED.
 */
public class RequestErrorCodes extends SimplePerformantInstrumentation {

    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().stream().noneMatch(RequestErrorCodes::uncoded)) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream()
                .map(error -> uncoded(error) ? coded(error) : error)
                .toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    private static boolean uncoded(GraphQLError error) {
        boolean requestError = error.getErrorType() == ErrorType.ValidationError
                || error.getErrorType() == ErrorType.InvalidSyntax;
        return requestError && (error.getExtensions() == null || !error.getExtensions().containsKey("code"));
    }

    private static GraphQLError coded(GraphQLError error) {
        Map<String, Object> extensions = error.getExtensions() == null ? new HashMap<>()
                : new HashMap<>(error.getExtensions());
        if (error instanceof ValidationError validation) {
            extensions.put("code", VALIDATION_FAILED);
            return ValidationError.newValidationError()
                    .validationErrorType(validation.getValidationErrorType())
                    .sourceLocations(validation.getLocations())
                    .description(validation.getDescription())
                    .queryPath(validation.getQueryPath())
                    .extensions(extensions)
                    .build();
        }
        extensions.put("code", error.getErrorType() == ErrorType.InvalidSyntax ? PARSE_FAILED
                : BadUserInputException.CODE);
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }
}
