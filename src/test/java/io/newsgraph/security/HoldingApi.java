package io.newsgraph.security;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** Test only: an operation that holds its slot until the test lets it go, so slots can be filled on purpose. */
@GraphQLApi
public class HoldingApi {

    static volatile CountDownLatch started = new CountDownLatch(1);
    static volatile CountDownLatch release = new CountDownLatch(1);

    static void reset() {
        started = new CountDownLatch(1);
        release = new CountDownLatch(1);
    }

    @Query
    @Description("Test only: answers once the test releases it (at most 20 s).")
    public String hold() throws InterruptedException {
        started.countDown();
        return release.await(20, TimeUnit.SECONDS) ? "released" : "timed out";
    }
}
