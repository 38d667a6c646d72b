package io.newsgraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsgraph.GraphQL;
import io.newsgraph.graphql.PlannedReads;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An answer larger than newsgraph.graphql.max-response-size is refused whole with a code, and its slot is free
 * again (one operation at a time here, so the next one would wait otherwise): answered from a planned read
 * ({@code sql}) or by SmallRye ({@code off}).
 */
@QuarkusTest
@TestProfile(ResponseSizeTest.SmallAnswers.class)
class ResponseSizeTest {

    public static class SmallAnswers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.graphql.max-response-size", "4K",
                    "newsgraph.graphql.max-concurrent", "1", "newsgraph.graphql.max-queued", "1",
                    "newsgraph.graphql.queue-timeout", "2S");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sql", "off"})
    void anOversizedAnswerIsRefusedWholeAndTheNextOneRuns(String plan) {
        GraphQL.data(GraphQL.query("{ articles(first: 1) { totalCount } }")); // the planner starts after a first read
        for (int round = 0; round < 3; round++) {
            JsonPath refused = given().auth().preemptive().basic(GraphQL.EDITOR, GraphQL.EDITOR_PASSWORD)
                    .contentType("application/json").header(PlannedReads.HEADER, plan)
                    .body(Map.of("query", "{ articles(first: 2) { nodes { body statements(first: 100) { text } } } }"))
                    .post("/graphql").then().statusCode(200)
                    .header(PlannedReads.HEADER, plan.equals("sql") ? equalTo(plan) : nullValue()).extract().jsonPath();
            assertEquals("RESPONSE_TOO_LARGE", GraphQL.error(refused).getString("extensions.code"),
                    refused::prettify);
            assertNull(refused.get("data.articles"), refused::prettify);
            assertEquals(2, GraphQL.data(GraphQL.query("{ articles(first: 2) { totalCount } }"))
                    .getInt("articles.totalCount"));
        }
    }
}
