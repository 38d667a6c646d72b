package io.newsgraph.common;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode(NotFoundException.CODE)
public class NotFoundException extends ApiException {

    public static final String CODE = "NOT_FOUND";

    public NotFoundException(String message, String field) {
        super(message, field);
    }

    public NotFoundException(String message) {
        this(message, null);
    }

    @Override
    public String code() {
        return CODE;
    }
}
