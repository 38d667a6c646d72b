package io.newsgraph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsgraph.graphql.PlannedReads;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs GraphQL operations against the running test application ({@code POST /graphql}).
 *
 * <p>Operations live in {@code src/test/resources/graphql/<name>.graphql} and are run by name, e.g.
 * {@code GraphQL.data("seed/actorsByName", Map.of("name", "Macron"))}. Every call asserts HTTP 200.
 * <ul>
 * <li>{@link #data} asserts the response has no {@code errors} and returns it rooted at {@code data}:
 * {@code data(...).getString("actor.name")};</li>
 * <li>{@link #error} asserts it has errors and returns the first one:
 * {@code error(...).getString("extensions.code")};</li>
 * <li>{@link #run} and {@link #query} (an inline operation, for the rare dynamic case) return the whole
 * response, for tests that look at {@code data} and {@code errors} together.</li>
 * </ul>
 * Variables may be null; values are serialised by Jackson (so strings, numbers, lists, maps, enums' names).
 *
 * <p>Requests carry the test editor's credentials (HTTP Basic editor/editor, role editor), so mutations are
 * allowed; {@link #as} runs an operation as someone else, or anonymously.
 */
public final class GraphQL {

    private static final String ENDPOINT = "/graphql";
    public static final String EDITOR = "editor";
    public static final String EDITOR_PASSWORD = "editor";
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final Map<String, String> OPERATIONS = new ConcurrentHashMap<>();

    private GraphQL() {
    }

    /** Runs the named operation; returns the whole response ({@code data} and {@code errors}). */
    public static JsonPath run(String name, Map<String, ?> variables) {
        return query(operation(name), variables);
    }

    public static JsonPath run(String name) {
        return run(name, null);
    }

    /** Runs the named operation, asserts there are no errors, and returns the response rooted at {@code data}. */
    public static JsonPath data(String name, Map<String, ?> variables) {
        return data(run(name, variables));
    }

    public static JsonPath data(String name) {
        return data(name, null);
    }

    /** Runs the named operation, asserts there is an error, and returns the first one. */
    public static JsonPath error(String name, Map<String, ?> variables) {
        return error(run(name, variables));
    }

    public static JsonPath error(String name) {
        return error(name, null);
    }

    /**
     * Runs the named operation as {@code user} with {@code password} (HTTP Basic), or anonymously when
     * {@code user} is null; returns the whole response.
     */
    public static JsonPath as(String user, String password, String name, Map<String, ?> variables) {
        return send(user == null ? given() : given().auth().preemptive().basic(user, password), operation(name),
                variables);
    }

    /**
     * Runs the named operation through SmallRye with the read planner bypassed (what the planner falls back to);
     * returns the whole response.
     */
    public static JsonPath unplanned(String name, Map<String, ?> variables) {
        return send(given().auth().preemptive().basic(EDITOR, EDITOR_PASSWORD).header(PlannedReads.HEADER, "off"),
                operation(name), variables);
    }

    /** Runs an inline operation; returns the whole response. */
    public static JsonPath query(String query, Map<String, ?> variables) {
        return send(given().auth().preemptive().basic(EDITOR, EDITOR_PASSWORD), query, variables);
    }

    private static JsonPath send(RequestSpecification caller, String query, Map<String, ?> variables) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", query);
        if (variables != null) {
            request.put("variables", variables);
        }
        String response = caller
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body(toJson(request))
                .when().post(ENDPOINT)
                .then().log().ifValidationFails().statusCode(200)
                .extract().asString();
        return JsonPath.from(response);
    }

    public static JsonPath query(String query) {
        return query(query, null);
    }

    /** Asserts a whole response has no errors; returns its {@code data}. */
    public static JsonPath data(JsonPath response) {
        assertNull(response.get("errors"), () -> "Unexpected GraphQL errors:\n" + response.prettify());
        return at(response, "data");
    }

    /** Asserts a whole response has at least one error; returns the first. */
    public static JsonPath error(JsonPath response) {
        List<Object> errors = response.getList("errors");
        assertFalse(errors == null || errors.isEmpty(), () -> "Expected a GraphQL error, got:\n" + response.prettify());
        return at(response, "errors[0]");
    }

    /** The part of {@code json} at {@code path}, as a document of its own: {@code at(data, "actors.nodes[0]")}. */
    public static JsonPath at(JsonPath json, String path) {
        Object part = json.get(path);
        if (part == null) {
            throw new AssertionError("Nothing at " + path + " in:\n" + json.prettify());
        }
        return JsonPath.from(toJson(part));
    }

    /** The text of the named operation, for a test that has to send it by other means. */
    public static String operation(String name) {
        return OPERATIONS.computeIfAbsent(name, GraphQL::load);
    }

    private static String load(String name) {
        String path = "graphql/" + name + ".graphql";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No GraphQL operation " + name + ": src/test/resources/" + path
                        + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request body as this helper sends it: the operation's text and the variables. */
    public static String body(String name, Map<String, ?> variables) {
        return toJson(Map.of("query", operation(name), "variables", variables));
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Variables cannot be written as JSON: " + e.getMessage(), e);
        }
    }
}
