package io.newsgraph.common;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/** What the client selected under the field being resolved. */
public final class Selection {

    private Selection() {
    }

    /** Whether a connection's {@code totalCount} was asked for, so its count query can be skipped otherwise. */
    public static boolean includesTotal(Context context) {
        return context.unwrap(DataFetchingEnvironment.class).getSelectionSet().contains("totalCount");
    }
}
