package io.newsgraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Depth (15, SmallRye's), complexity (200 fields), parser tokens (5000) and page size (100), with coded errors. */
@QuarkusTest
class QueryLimitsTest {

    @Test
    void aQueryFifteenLevelsDeepRuns() {
        GraphQL.data(GraphQL.query(nested(15)));
    }

    @Test
    void aQuerySixteenLevelsDeepIsRefusedWithAClearError() {
        JsonPath error = GraphQL.error(GraphQL.query(nested(16)));
        assertEquals("GRAPHQL_VALIDATION_FAILED", error.getString("extensions.code"));
        assertTrue(error.getString("message").contains("16 levels deep; at most 15"), error::prettify);
    }

    @Test
    void depthFollowsFragments() {
        JsonPath error = GraphQL.error(GraphQL.query(
                "{ actors { nodes { ...Deep } } } fragment Deep on Actor { " + "affiliation { ".repeat(13) + "name"
                        + " }".repeat(13) + " }"));
        assertTrue(error.getString("message").contains("16 levels deep"), error::prettify);
    }

    @Test
    void graphiqlsIntrospectionQueryFitsEveryLimit() {
        JsonPath data = GraphQL.data("security/introspection");
        assertEquals("Query", data.getString("__schema.queryType.name"));
    }

    @Test
    void aQueryOfMoreThan200FieldsIsRefused() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 101; i++) {
            query.append(" a").append(i).append(": articles(first: 1) { totalCount }");
        }
        JsonPath error = GraphQL.error(GraphQL.query(query.append(" }").toString()));
        assertEquals("GRAPHQL_VALIDATION_FAILED", error.getString("extensions.code"), error::prettify);
        assertTrue(error.getString("message").contains("asks for 202 fields; at most 200"), error::prettify);
    }

    @Test
    void aQueryOfMoreThan5000TokensIsNotParsed() {
        JsonPath error = GraphQL.error(GraphQL.query("{" + " __typename".repeat(5001) + " }"));
        assertTrue(error.getString("message").contains("More than 5,000"), error::prettify);
        assertEquals("GRAPHQL_PARSE_FAILED", error.getString("extensions.code"), error::prettify);
    }

    @Test
    void aPageLargerThan100IsRefused() {
        JsonPath error = GraphQL.error(GraphQL.query("{ articles(first: 101) { totalCount } }"));
        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"), error::prettify);
    }

    /** {@code { actors { nodes { affiliation { ... { name } } } } }}, {@code depth} fields deep. */
    private static String nested(int depth) {
        int affiliations = depth - 3;
        return "{ actors(first: 1) { nodes { " + "affiliation { ".repeat(affiliations) + "name"
                + " }".repeat(affiliations) + " } } }";
    }
}
