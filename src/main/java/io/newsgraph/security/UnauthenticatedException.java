package io.newsgraph.security;

import io.newsgraph.common.ApiException;
import io.smallrye.graphql.api.ErrorCode;

/** The operation needs a signed-in caller and there is none. */
@ErrorCode(UnauthenticatedException.CODE)
public class UnauthenticatedException extends ApiException {

    public static final String CODE = "UNAUTHENTICATED";

    public UnauthenticatedException(String message) {
        super(message, null);
    }

    @Override
    public String code() {
        return CODE;
    }
}
