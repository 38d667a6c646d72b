package io.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the rows a mutation test owns (each with a unique token in its text, so that counts can be scoped to
 * it) and checks the shape of the errors the API returns. Every row is created through the API itself.
 */
public final class MutationFixtures {

    private MutationFixtures() {
    }

    /** A token no other row contains: put it in titles, bodies, names and texts, then search by it. */
    public static String token() {
        return "tok" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** A map that, unlike {@link Map#of}, keeps its order and accepts null values. */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** {@code {"input": input}}: every mutation takes one input argument. */
    public static Map<String, Object> input(Map<String, ?> input) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("input", input);
        return variables;
    }

    // ---------------------------------------------------------------- rows

    /** Creates an article from {@code input}; returns it as stored. */
    public static JsonPath createArticle(Map<String, ?> input) {
        return GraphQL.at(GraphQL.data("article/createArticle", input(input)), "createArticle.article");
    }

    /** Creates an article titled and bodied with {@code body} (which should hold a token); returns its id. */
    public static String article(String body) {
        return createArticle(map("title", "Article " + body.substring(0, Math.min(body.length(), 60)),
                "body", body)).getString("id");
    }

    public static JsonPath createActor(Map<String, ?> input) {
        return GraphQL.at(GraphQL.data("actor/createActor", input(input)), "createActor.actor");
    }

    public static String actor(String name) {
        return createActor(map("name", name, "kind", "PERSON")).getString("id");
    }

    public static JsonPath createStatement(Map<String, ?> input) {
        return GraphQL.at(GraphQL.data("statement/createStatement", input(input)), "createStatement.statement");
    }

    /** A paraphrase by {@code speakerId} with the given citations; returns its id. */
    @SafeVarargs
    public static String statement(String speakerId, String text, Map<String, ?>... citations) {
        return createStatement(map("speakerId", speakerId, "text", text, "kind", "PARAPHRASE",
                "citations", Arrays.asList(citations))).getString("id");
    }

    public static JsonPath createReaction(Map<String, ?> input) {
        return GraphQL.at(GraphQL.data("reaction/createReaction", input(input)), "createReaction.reaction");
    }

    /** {@code actorId}'s reaction to {@code targetId} with the given citations; returns its id. */
    @SafeVarargs
    public static String reaction(String actorId, String targetId, String stance, Map<String, ?>... citations) {
        return createReaction(map("actorId", actorId, "targetStatementId", targetId, "stance", stance,
                "citations", Arrays.asList(citations))).getString("id");
    }

    /** {@code actorId}'s reaction to {@code targetId}, in the words of {@code responseId}; returns its id. */
    @SafeVarargs
    public static String reactionWithResponse(String actorId, String targetId, String stance, String responseId,
            Map<String, ?>... citations) {
        return createReaction(map("actorId", actorId, "targetStatementId", targetId, "stance", stance,
                "responseStatementId", responseId, "citations", Arrays.asList(citations))).getString("id");
    }

    /** A citation input located by its excerpt alone. */
    public static Map<String, Object> cite(String articleId, String excerpt) {
        return map("articleId", articleId, "excerpt", excerpt);
    }

    /** A citation input located by its offsets alone. */
    public static Map<String, Object> cite(String articleId, int startOffset, int endOffset) {
        return map("articleId", articleId, "startOffset", startOffset, "endOffset", endOffset);
    }

    // ---------------------------------------------------------------- reading back

    /** The article as stored now, with the citations pointing into it. */
    public static JsonPath readArticle(String id) {
        return GraphQL.at(GraphQL.data("article/article", Map.of("id", id)), "article");
    }

    public static long articlesContaining(String text) {
        return GraphQL.data("article/articlesByText", Map.of("text", text)).getLong("articles.totalCount");
    }

    public static long statementsContaining(String text) {
        return GraphQL.data("statement/statementsByText", Map.of("text", text)).getLong("statements.totalCount");
    }

    public static long actorsNamed(String name) {
        return GraphQL.data("actor/actorsByName", Map.of("name", name)).getLong("actors.totalCount");
    }

    public static long reactionsTo(String statementId) {
        return GraphQL.data("reaction/reactionsTo", Map.of("statementId", statementId))
                .getLong("reactions.totalCount");
    }

    /** The ids of the citations pointing into an article. */
    public static List<String> citationIdsOf(String articleId) {
        return GraphQL.data("article/article", Map.of("id", articleId)).getList("article.citations.id");
    }

    // ---------------------------------------------------------------- errors

    /**
     * Asserts an error from the API's own checks: its {@code extensions.code}, its {@code extensions.field}, and a
     * message that says what is wrong (it contains each of {@code messageParts}, ignoring case) without leaking
     * Java internals.
     */
    public static JsonPath assertError(JsonPath error, String code, String field, String... messageParts) {
        String message = error.getString("message");
        assertEquals(code, error.getString("extensions.code"), () -> "code of " + error.prettify());
        assertEquals(field, error.getString("extensions.field"), () -> "field of " + error.prettify());
        assertReadable(message);
        for (String part : messageParts) {
            assertTrue(message.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT)),
                    () -> "message should mention \"" + part + "\": " + message);
        }
        return error;
    }

    /** Asserts a whole response failed with exactly one error, changed no field of data, and returns the error. */
    public static JsonPath assertOnlyError(JsonPath response, String mutation) {
        List<Object> errors = response.getList("errors");
        assertNotNull(errors, () -> "expected an error, got:\n" + response.prettify());
        assertEquals(1, errors.size(), () -> "expected exactly one error, got:\n" + response.prettify());
        assertNull(response.get("data." + mutation), () -> "no " + mutation + " result expected:\n"
                + response.prettify());
        return GraphQL.error(response);
    }

    /**
     * Asserts an error the GraphQL layer raised before any resolver ran (a value that does not fit the schema):
     * one error, classified as a validation error, whose message names each of {@code messageParts}.
     */
    public static JsonPath assertSchemaError(JsonPath response, String mutation, String... messageParts) {
        JsonPath error = assertClearError(response, mutation, messageParts);
        assertEquals("ValidationError", error.getString("extensions.classification"), error::prettify);
        return error;
    }

    /**
     * Asserts a refused request got one error (no second one blaming the server for a null) whose message names
     * each of {@code messageParts} (case-sensitive) without dumping the input or leaking Java names.
     */
    public static JsonPath assertClearError(JsonPath response, String mutation, String... messageParts) {
        JsonPath error = assertOnlyError(response, mutation);
        String message = error.getString("message");
        assertReadable(message);
        for (String part : messageParts) {
            assertTrue(message.contains(part), () -> "message should mention \"" + part + "\": " + message);
        }
        return error;
    }

    private static void assertReadable(String message) {
        assertNotNull(message);
        assertFalse(message.isBlank());
        for (String leak : List.of("Exception", "java.", "io.newsgraph", "Unknown Scalar Type", "Value{",
                "SQL", "null-pointer", "SRGQL", "Validation error (", "2147483647")) {
            assertFalse(message.contains(leak), () -> "message leaks \"" + leak + "\": " + message);
        }
    }
}
