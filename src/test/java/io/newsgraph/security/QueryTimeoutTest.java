package io.newsgraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A read SmallRye resolves through Hibernate is cancelled by the database at the query timeout, and answers
 * TIMEOUT well before the request deadline would; the pooled connection serves the next request.
 */
@QuarkusTest
@TestProfile(QueryTimeoutTest.OneSecondQueries.class)
class QueryTimeoutTest {

    /** Statements cancelled after a second; the request deadline far later, so it cannot be what answers. */
    public static class OneSecondQueries implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.hibernate-orm.unsupported-properties.\"jakarta.persistence.query.timeout\"",
                    "1000", "newsgraph.graphql.request-timeout", "60S");
        }
    }

    @Test
    void aLongStatementIsCancelledByTheDatabase() {
        for (int round = 0; round < 3; round++) { // every pooled connection the rounds get, not only the first
            long start = System.nanoTime();
            JsonPath response = GraphQL.query("{ slowStatement }");
            long millis = (System.nanoTime() - start) / 1_000_000;
            JsonPath error = GraphQL.error(response);
            assertEquals("TIMEOUT", error.getString("extensions.code"), response::prettify);
            assertTrue(millis < 30_000, "answered after " + millis + " ms");
            assertEquals(2, GraphQL.data(GraphQL.query("{ articles(first: 5) { totalCount } }"))
                    .getInt("articles.totalCount"), "the next read on the pool failed");
        }
    }
}
