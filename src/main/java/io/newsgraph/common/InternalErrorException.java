package io.newsgraph.common;

import io.smallrye.graphql.api.ErrorCode;

/** An unexpected failure, reported to the client only by an id that also stands in the server log. */
@ErrorCode(InternalErrorException.CODE)
public class InternalErrorException extends ApiException {

    public static final String CODE = "INTERNAL_SERVER_ERROR";

    private final String errorId;

    public InternalErrorException(String errorId) {
        super("internal error; quote id " + errorId + " when reporting it", null);
        this.errorId = errorId;
    }

    /** The id under which the failure stands in the server log. */
    public String errorId() {
        return errorId;
    }

    @Override
    public String code() {
        return CODE;
    }
}
