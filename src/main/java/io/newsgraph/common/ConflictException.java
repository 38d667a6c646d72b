package io.newsgraph.common;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode(ConflictException.CODE)
public class ConflictException extends ApiException {

    public static final String CODE = "CONFLICT";

    public ConflictException(String message, String field) {
        super(message, field);
    }

    public ConflictException(String message) {
        this(message, null);
    }

    @Override
    public String code() {
        return CODE;
    }
}
