package io.newsgraph.security;

import io.newsgraph.common.ApiException;
import io.smallrye.graphql.api.ErrorCode;

/** The caller is signed in but lacks the role the operation needs. */
@ErrorCode(ForbiddenException.CODE)
public class ForbiddenException extends ApiException {

    public static final String CODE = "FORBIDDEN";

    public ForbiddenException(String message) {
        super(message, null);
    }

    @Override
    public String code() {
        return CODE;
    }
}
