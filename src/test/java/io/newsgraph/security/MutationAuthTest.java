package io.newsgraph.security;

import static io.newsgraph.MutationFixtures.input;
import static io.newsgraph.MutationFixtures.map;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.newsgraph.MutationFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mutations need an editor (HTTP Basic, role editor); queries stay public. A refused mutation changes nothing. */
@QuarkusTest
class MutationAuthTest {

    @Test
    void anAnonymousMutationIsUnauthenticatedAndChangesNothing() {
        assertRefused(null, null, "UNAUTHENTICATED");
    }

    @Test
    void aMutationByAUserWithoutTheEditorRoleIsForbiddenAndChangesNothing() {
        assertRefused("reader", "reader", "FORBIDDEN");
    }

    @Test
    void anEditorMayMutate() {
        String name = MutationFixtures.token();
        JsonPath response = GraphQL.as("editor", "editor", "security/createActor",
                input(map("name", name, "kind", "PERSON")));
        assertEquals(name, GraphQL.data(response).getString("createActor.actor.name"));
        assertEquals(1, count(name).getInt("named.totalCount"));
    }

    @Test
    void aWrongPasswordIsAGraphQLErrorWithoutABrowserPromptAndRunsNothing() {
        String name = MutationFixtures.token();
        given().auth().preemptive().basic("editor", "wrong").contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { createActor(input: {name: \"" + name + "\", kind: PERSON}) "
                        + "{ actor { id } } }"))
                .when().post("/graphql")
                .then().statusCode(401).contentType(ContentType.JSON)
                .header("WWW-Authenticate", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("password is wrong"));
        assertEquals(0, count(name).getInt("named.totalCount"));
    }

    @Test
    void queriesArePublic() {
        JsonPath response = GraphQL.as(null, null, "security/actorCount", Map.of("name", "Macron"));
        assertEquals(1, GraphQL.data(response).getInt("named.totalCount"));
    }

    private static void assertRefused(String user, String password, String code) {
        String name = MutationFixtures.token();
        int actors = count(name).getInt("all.totalCount");
        JsonPath response = GraphQL.as(user, password, "security/createActor",
                input(map("name", name, "kind", "PERSON")));
        JsonPath error = GraphQL.error(response);
        assertEquals(code, error.getString("extensions.code"), error::prettify);
        assertTrue(error.getString("message").contains(user == null ? "Authorization" : "editor role"),
                error::prettify);
        assertEquals("createActor", error.getString("path[0]"));
        assertNull(response.get("data.createActor"));
        JsonPath after = count(name);
        assertEquals(0, after.getInt("named.totalCount"));
        assertEquals(actors, after.getInt("all.totalCount"));
    }

    private static JsonPath count(String name) {
        return GraphQL.data("security/actorCount", Map.of("name", name));
    }
}
