package io.newsgraph.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The switches of a locked-down install: each one off, and the API still answering signed-in callers. */
@QuarkusTest
@TestProfile(LockedDownProfile.class)
class LockedDownTest {

    @Test
    void introspectionIsOff() {
        JsonPath error = GraphQL.error("security/schemaTypes");
        assertEquals("GRAPHQL_VALIDATION_FAILED", error.getString("extensions.code"), error::prettify);
    }

    @Test
    void theSchemaFileIsNotServed() {
        given().when().get("/graphql/schema.graphql").then().statusCode(404);
    }

    @Test
    void graphiqlIsNotServed() {
        given().when().get("/graphiql/").then().statusCode(404);
    }

    @Test
    void anonymousQueriesAreUnauthenticatedWhenQueriesAreNotPublic() {
        JsonPath error = GraphQL.error(GraphQL.as(null, null, "security/actorCount", Map.of("name", "Macron")));
        assertEquals("UNAUTHENTICATED", error.getString("extensions.code"), error::prettify);
    }

    @Test
    void signedInCallersMayQuery() {
        JsonPath response = GraphQL.as("reader", "reader", "security/actorCount", Map.of("name", "Macron"));
        assertEquals(1, GraphQL.data(response).getInt("named.totalCount"));
    }
}
