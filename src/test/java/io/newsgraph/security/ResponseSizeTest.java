package io.newsgraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An answer larger than newsgraph.graphql.max-response-size is refused whole with a code, and its slot is free
 * again (one operation at a time here, so the next one would wait otherwise). SmallRye resolves everything here:
 * planned reads are not bound by the setting.
 */
@QuarkusTest
@TestProfile(ResponseSizeTest.SmallAnswers.class)
class ResponseSizeTest {

    public static class SmallAnswers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.graphql.max-response-size", "4K", "newsgraph.graphql.planned-reads", "false",
                    "newsgraph.graphql.max-concurrent", "1", "newsgraph.graphql.max-queued", "1",
                    "newsgraph.graphql.queue-timeout", "2S");
        }
    }

    @Test
    void anOversizedAnswerIsRefusedWholeAndTheNextOneRuns() {
        for (int round = 0; round < 3; round++) {
            JsonPath refused = GraphQL.query("{ articles(first: 2) { nodes { body statements(first: 100) "
                    + "{ text } } } }");
            assertEquals("RESPONSE_TOO_LARGE", GraphQL.error(refused).getString("extensions.code"),
                    refused::prettify);
            assertNull(refused.get("data.articles"), refused::prettify);
            assertEquals(2, GraphQL.data(GraphQL.query("{ articles(first: 2) { totalCount } }"))
                    .getInt("articles.totalCount"));
        }
    }
}
