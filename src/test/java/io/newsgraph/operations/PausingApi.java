package io.newsgraph.operations;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** Test only: an operation of known duration, to check what the GraphQL timer records. */
@GraphQLApi
public class PausingApi {

    @Query
    @Description("Test only: answers after this many milliseconds.")
    public int pause(@Description("How long to wait.") int milliseconds) throws InterruptedException {
        Thread.sleep(milliseconds);
        return milliseconds;
    }
}
