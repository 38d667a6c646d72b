package io.newsgraph.live;

import io.newsgraph.common.ApiException;
import io.smallrye.graphql.api.ErrorCode;

/** A subscriber fell further behind the live events than its buffer holds; its subscription ends. */
@ErrorCode(SubscriberTooSlowException.CODE)
public class SubscriberTooSlowException extends ApiException {

    public static final String CODE = "SUBSCRIBER_TOO_SLOW";

    public SubscriberTooSlowException(long cursor, int buffer) {
        super("this subscription fell more than " + buffer + " events behind and was closed; subscribe again with"
                + " after: \"" + cursor + "\" to receive the rest", null);
    }

    @Override
    public String code() {
        return CODE;
    }
}
