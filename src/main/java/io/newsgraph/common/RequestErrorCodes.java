package io.newsgraph.common;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the errors graphql-java raises before any resolver runs a stable {@code extensions.code}, as the API's
 * own errors have: an operation that does not fit the schema is GRAPHQL_VALIDATION_FAILED, a variable whose value
 * does not fit its type is BAD_USER_INPUT (the operation is fine, the data is not), a document that does not
 * parse is GRAPHQL_PARSE_FAILED. SmallRye's depth and complexity limits (graphql-java's instrumentations) abort a
 * request with "maximum query depth exceeded 16 > 15": that becomes GRAPHQL_VALIDATION_FAILED in words.
 */
public class RequestErrorCodes extends SimplePerformantInstrumentation {

    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    private static final Pattern LIMIT = Pattern.compile("maximum query (depth|complexity) exceeded (\\d+) > (\\d+)");

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().stream().noneMatch(RequestErrorCodes::uncoded)) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream()
                .map(error -> uncoded(error) ? coded(error, parameters.getSchema()) : error)
                .toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    private static boolean uncoded(GraphQLError error) {
        boolean requestError = error.getErrorType() == ErrorType.ValidationError
                || error.getErrorType() == ErrorType.InvalidSyntax || limit(error) != null;
        return requestError && (error.getExtensions() == null || !error.getExtensions().containsKey("code"));
    }

    /** graphql-java's words for an operation over SmallRye's depth or complexity limit, or null. */
    private static Matcher limit(GraphQLError error) {
        if (error.getErrorType() != ErrorType.ExecutionAborted || error.getMessage() == null) {
            return null;
        }
        Matcher limit = LIMIT.matcher(error.getMessage());
        return limit.matches() ? limit : null;
    }

    private static String overLimit(Matcher limit) {
        return "depth".equals(limit.group(1))
                ? "the query nests fields " + limit.group(2) + " levels deep; at most " + limit.group(3)
                        + " are allowed: ask for less in one query, or split it"
                : "the query asks for " + limit.group(2) + " fields; at most " + limit.group(3)
                        + " are allowed in one operation: ask for fewer fields, or split it";
    }

    private static GraphQLError coded(GraphQLError error, GraphQLSchema schema) {
        Map<String, Object> extensions = error.getExtensions() == null ? new HashMap<>()
                : new HashMap<>(error.getExtensions());
        if (error instanceof ValidationError validation) {
            // the message without graphql-java's "Validation error (WrongType@[articles]) :" prefix; what it said
            // stays in the extensions
            extensions.put("code", VALIDATION_FAILED);
            extensions.put("validationErrorType", String.valueOf(validation.getValidationErrorType()));
            if (validation.getQueryPath() != null) {
                extensions.put("queryPath", validation.getQueryPath());
            }
            return GraphqlErrorBuilder.newError()
                    .message(ValidationMessages.of(validation, schema))
                    .locations(validation.getLocations())
                    .errorType(ErrorType.ValidationError)
                    .extensions(extensions)
                    .build();
        }
        Matcher limit = limit(error);
        extensions.put("code", limit != null ? VALIDATION_FAILED
                : error.getErrorType() == ErrorType.InvalidSyntax ? PARSE_FAILED : BadUserInputException.CODE);
        return GraphqlErrorBuilder.newError()
                .message(limit == null ? error.getMessage() : overLimit(limit))
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }
}
