package io.newsgraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The row budget (each {@code first} multiplies the rows below it), the expanded-size bound on fragments, and
 * request bodies of the wrong shape: each refused with a code before anything runs.
 */
@QuarkusTest
class QueryCostTest {

    private static final String FIVE_LEVELS = "{ actors(first: %1$d) { nodes { statements(first: %1$d) {"
            + " articles(first: %1$d) { actors(first: %1$d) { statements(first: %1$d) { text } } } } } } }";

    @Test
    void theBenchsLargestQueryFitsTheBudget() throws Exception {
        String nested = Files.readString(Path.of("bench/queries/newsgraph/nested.graphql"));
        GraphQL.data(GraphQL.query(nested, Map.of("first", 100)));
    }

    @Test
    void aQueryWhosePagesMultiplyPastTheBudgetIsRefusedWithTheEstimate() {
        JsonPath error = GraphQL.error(GraphQL.query(FIVE_LEVELS.formatted(100)));
        assertEquals("GRAPHQL_VALIDATION_FAILED", error.getString("extensions.code"), error::prettify);
        assertTrue(error.getString("message").contains("up to 10,101,010,100 rows"), error::prettify);
        assertTrue(error.getString("message").contains("at most 100,000"), error::prettify);
    }

    @Test
    void pagesGivenByVariablesAndDefaultsCountToo() {
        String query = "query ($n: Int) { actors(first: $n) { nodes { statements { articles { actors { id } } } } } }";
        // n actors, each with 20 statements (the default page), each with 20 articles of 20 actors: n + n x 8,420
        JsonPath error = GraphQL.error(GraphQL.query(query, Map.of("n", 100)));
        assertTrue(error.getString("message").contains("up to 842,100 rows"), error::prettify);
        GraphQL.data(GraphQL.query(query, Map.of("n", 5)));
    }

    @Test
    void eachArticleBodyCountsAsAHundredRows() {
        // 42,100 rows without the bodies; each of the 40,000 nested bodies may hold 100 kB
        String query = "{ articles(first: 100) { nodes { statements(first: 20) { articles(first: 20) { body } } } } }";
        JsonPath error = GraphQL.error(GraphQL.query(query));
        assertEquals("GRAPHQL_VALIDATION_FAILED", error.getString("extensions.code"), error::prettify);
        assertTrue(error.getString("message").contains("up to 4,042,100 rows"), error::prettify);
        assertTrue(error.getString("message").contains("Article.body counts as 100"), error::prettify);
        GraphQL.data(GraphQL.query("{ articles(first: 100) { nodes { body } } }"));
    }

    @Test
    void aPageOverTheLargestIsRefusedForItsSizeNotItsCost() {
        JsonPath error = GraphQL.error(GraphQL.query("{ articles(first: 1000000) { nodes { statements { id } } } }"));
        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"), error::prettify);
    }

    @Test
    void fragmentsThatDoubleAtEveryLevelAreRefusedAtOnce() {
        StringBuilder query = new StringBuilder("{ ...G39 } fragment G0 on Query { __typename }");
        for (int i = 1; i < 40; i++) {
            query.append(" fragment G").append(i).append(" on Query { ...G").append(i - 1).append(" ...G")
                    .append(i - 1).append(" }");
        }
        long started = System.nanoTime();
        JsonPath error = GraphQL.error(GraphQL.query(query.toString()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals("GRAPHQL_VALIDATION_FAILED", error.getString("extensions.code"), error::prettify);
        assertTrue(error.getString("message").contains("once its fragments are expanded"), error::prettify);
        assertTrue(millis < 5_000, "refused in " + millis + " ms");
    }

    @Test
    void aFragmentCycleIsRefused() {
        JsonPath error = GraphQL.error(GraphQL.query(
                "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"));
        assertEquals("GRAPHQL_VALIDATION_FAILED", error.getString("extensions.code"), error::prettify);
    }

    @Test
    void anUnparseableDocumentHasACode() {
        JsonPath error = GraphQL.error(GraphQL.query("{ articles(first: ) }"));
        assertEquals("GRAPHQL_PARSE_FAILED", error.getString("extensions.code"), error::prettify);
    }

    @Test
    void refusedDocumentsAre400ForGraphQLResponseJson() {
        given().contentType("application/json").accept("application/graphql-response+json")
                .body("{\"query\": \"" + FIVE_LEVELS.formatted(100) + "\"}")
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void requestMembersOfTheWrongTypeAreBadRequests() {
        for (String body : new String[] {
                "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}",
                "{\"query\": \"{ __typename }\", \"variables\": [1, 2]}",
                "{\"query\": \"{ __typename }\", \"operationName\": 5}",
                "{\"query\": 5}",
                "{\"query\": \"{ __typename }\", \"extensions\": 1}"}) {
            given().contentType("application/json").body(body).when().post("/graphql")
                    .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                    .body("errors[0].message", containsString("must be"));
        }
    }
}
