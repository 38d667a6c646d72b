package io.newsgraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsgraph.GraphQL;
import io.newsgraph.MutationFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What reaches the GraphQL endpoint over HTTP: only JSON POSTs run operations (a cross-site text/plain or form
 * POST cannot run a mutation, even with an editor's credentials), bodies must be UTF-8 JSON of at most 4 MB,
 * and CORS answers only the configured origins.
 */
@QuarkusTest
class HttpTransportTest {

    private static final String ORIGIN = "https://client.example";

    @Test
    void aTextPlainPostIsRefusedAndRunsNoMutation() {
        String name = MutationFixtures.token();
        editor().contentType("text/plain").body(createActor(name))
                .when().post("/graphql")
                .then().statusCode(415).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        assertNoActor(name);
    }

    @Test
    void aFormPostIsRefusedAndRunsNoMutation() {
        String name = MutationFixtures.token();
        editor().contentType("application/x-www-form-urlencoded").formParam("query", createActor(name))
                .when().post("/graphql")
                .then().statusCode(415);
        assertNoActor(name);
    }

    @Test
    void aGetIsRefused() {
        given().queryParam("query", "{ __typename }")
                .when().get("/graphql")
                .then().statusCode(405).header("Allow", "POST");
    }

    @Test
    void jsonPostsRunAndAnswerInTheMediaTypeAskedFor() {
        for (String type : new String[] {"application/json", "application/graphql-response+json"}) {
            given().contentType("application/json; charset=utf-8").accept(type).body("{\"query\": \"{ __typename }\"}")
                    .when().post("/graphql")
                    .then().statusCode(200).contentType(startsWith(type)).body("data.__typename", equalTo("Query"));
        }
    }

    @Test
    void jsonRunsWhateverCaseParametersOrRepetitionTheHeaderHas() {
        // Chromium joins a header set twice (GraphiQL's page used to) with a comma
        for (String type : new String[] {"application/json, application/json", "Application/JSON; Charset=\"UTF-8\"",
            "application/json;charset=utf-8, application/json"}) {
            exactly(given(), type, "{\"query\": \"{ __typename }\"}")
                    .accept("application/graphql-response+json, application/json;q=0.9").when().post("/graphql")
                    .then().statusCode(200).body("data.__typename", equalTo("Query"));
        }
    }

    @Test
    void aListWithAnythingButJsonIsRefusedAndRunsNoMutation() {
        String name = MutationFixtures.token();
        for (String type : new String[] {"text/plain, application/json", "application/json, text/plain",
            "application/json; charset=iso-8859-1, application/json", ",", "application/jsonp"}) {
            exactly(editor(), type, createActor(name)).when().post("/graphql")
                    .then().statusCode(415);
        }
        assertNoActor(name);
    }

    @Test
    void aBodyInAnotherCharsetIsRefused() {
        given().contentType("application/json; charset=iso-8859-1")
                .body("{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/graphql")
                .then().statusCode(415);
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType("application/json").body("{\"query\": ")
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void invalidUtf8IsABadRequest() {
        byte[] body = "{\"query\": \"{ __typename }\", \"variables\": {\"x\": \"\u00ff\"}}"
                .getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("application/json").body(body)
                .when().post("/graphql")
                .then().statusCode(400).body("errors[0].message", equalTo("the request body is not valid UTF-8"));
    }

    @Test
    void aBodyOver4MegabytesIsTooLarge() {
        String padding = " ".repeat(4 * 1024 * 1024);
        given().contentType("application/json").body("{\"query\": \"{ __typename }\"" + padding + "}")
                .when().post("/graphql")
                .then().statusCode(413);
    }

    @Test
    void corsPreflightFromTheConfiguredOriginIsAllowed() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .when().options("/graphql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", ORIGIN);
    }

    @Test
    void corsFromAnotherOriginIsNotAllowed() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theSchemaFileIsServedByDefault() {
        given().when().get("/graphql/schema.graphql").then().statusCode(200);
    }

    /** A request with exactly this Content-Type header (RestAssured adds no charset) and a UTF-8 body. */
    private static RequestSpecification exactly(RequestSpecification caller, String contentType, String body) {
        return caller.config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("Content-Type", contentType).body(body.getBytes(StandardCharsets.UTF_8));
    }

    private static RequestSpecification editor() {
        return given().auth().preemptive().basic(GraphQL.EDITOR, GraphQL.EDITOR_PASSWORD);
    }

    private static String createActor(String name) {
        return "{\"query\": \"mutation { createActor(input: {name: \\\"" + name
                + "\\\", kind: PERSON}) { actor { id } } }\"}";
    }

    private static void assertNoActor(String name) {
        assertEquals(0, GraphQL.data("security/actorCount", Map.of("name", name)).getInt("named.totalCount"));
    }
}
