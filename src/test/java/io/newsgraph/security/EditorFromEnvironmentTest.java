package io.newsgraph.security;

import static io.newsgraph.MutationFixtures.input;
import static io.newsgraph.MutationFixtures.map;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsgraph.GraphQL;
import io.newsgraph.MutationFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The editor whose password the packaged application takes from NEWSGRAPH_EDITOR_PASSWORD. */
@QuarkusTest
@TestProfile(LockedDownProfile.class)
class EditorFromEnvironmentTest {

    @Test
    void theEditorFromTheEnvironmentMayMutate() {
        String name = MutationFixtures.token();
        JsonPath response = GraphQL.as(LockedDownProfile.EDITOR, LockedDownProfile.PASSWORD, "security/createActor",
                input(map("name", name, "kind", "PERSON")));
        assertEquals(name, GraphQL.data(response).getString("createActor.actor.name"));
    }

    @Test
    void theEditorsNameWithAnotherPasswordIsRefused() {
        given().auth().preemptive().basic(LockedDownProfile.EDITOR, "guess").contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename }"))
                .when().post("/graphql")
                .then().statusCode(401);
    }

    @Test
    void otherUsersAreStillCheckedByTheirOwnRoles() {
        JsonPath error = GraphQL.error(GraphQL.as("reader", "reader", "security/createActor",
                input(map("name", MutationFixtures.token(), "kind", "PERSON"))));
        assertEquals("FORBIDDEN", error.getString("extensions.code"), error::prettify);
    }
}
