package io.newsgraph.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** Test only: the same failure in a resolver someone forgot to put behind the error boundary. */
@GraphQLApi
public class UnguardedFailingApi {

    @Query
    @Description("Test only: always fails, outside the error boundary.")
    public String unguardedFailingLookup() {
        throw FailingApi.failure();
    }
}
