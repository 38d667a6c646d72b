package io.newsgraph.common;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode(BadUserInputException.CODE)
public class BadUserInputException extends ApiException {

    public static final String CODE = "BAD_USER_INPUT";

    public BadUserInputException(String message, String field) {
        super(message, field);
    }

    public BadUserInputException(String message) {
        this(message, null);
    }

    @Override
    public String code() {
        return CODE;
    }
}
