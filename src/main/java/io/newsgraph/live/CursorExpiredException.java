package io.newsgraph.live;

import io.newsgraph.common.ApiException;
import io.smallrye.graphql.api.ErrorCode;

/** A cursor older than the retention window: the events after it are partly gone, so the client must resync. */
@ErrorCode(CursorExpiredException.CODE)
public class CursorExpiredException extends ApiException {

    public static final String CODE = "CURSOR_EXPIRED";

    public CursorExpiredException(long cursor, long purgedThrough, String field) {
        super("cursor " + cursor + " is older than the retention window (events up to " + purgedThrough
                + " were deleted): copy the graph again, then follow changes from the cursor that "
                + "changes(first: 0) returns before the copy", field);
    }

    @Override
    public String code() {
        return CODE;
    }
}
