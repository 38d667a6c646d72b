package io.newsgraph.hardening;

import static io.newsgraph.MutationFixtures.assertError;
import static io.newsgraph.MutationFixtures.assertOnlyError;
import static io.newsgraph.MutationFixtures.input;
import static io.newsgraph.MutationFixtures.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.newsgraph.SeedLookup;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values that do not fit, against every kind of argument: each is refused with one error carrying a stable code,
 * the input field at fault and a message a person understands; no table changes; and the service answers the
 * next request. Malformed JSON and invalid UTF-8 bodies are refused by the HTTP layer (security package).
 */
@QuarkusTest
class BadInputTest {

    private static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    private static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";

    static Stream<Arguments> badInputs() {
        return Stream.of(
                // wrong variable types, inside inputs and as arguments
                refused("an object where an id belongs", "createActor", BAD_USER_INPUT, "input.affiliationId",
                        () -> mutation("actor/createActor", map("name", "Somebody", "kind", "PERSON",
                                "affiliationId", Map.of("id", 1))),
                        "input.affiliationId must be an id"),
                refused("a name where an id belongs", "createStatement", BAD_USER_INPUT, "input.speakerId",
                        () -> mutation("statement/createStatement", map("speakerId", "Macron", "text", "Words",
                                "kind", "PARAPHRASE")),
                        "input.speakerId must be an id", "Macron"),
                refused("an id beyond 64 bits", "deleteArticle", BAD_USER_INPUT, "input.id",
                        () -> mutation("article/deleteArticle", map("id", "99999999999999999999")),
                        "input.id must be an id"),
                refused("an id that is not a number, in a query", "article", BAD_USER_INPUT, "id",
                        () -> GraphQL.run("article/article", Map.of("id", "1 or 1=1")), "id must be an id"),
                refused("an impossible date", "createStatement", BAD_USER_INPUT, "input.saidOn",
                        () -> mutation("statement/createStatement", map("speakerId", macron(), "text", "Words",
                                "kind", "PARAPHRASE", "saidOn", "2024-02-30")),
                        "input.saidOn must be a date", "2024-02-30"),
                refused("a time without its offset", "createArticle", BAD_USER_INPUT, "input.publishedAt",
                        () -> mutation("article/createArticle", map("title", "T", "body", "B",
                                "publishedAt", "2024-05-05T10:00:00")),
                        "input.publishedAt must be a date and time with an offset"),
                refused("an offset beyond Int", "addCitation", BAD_USER_INPUT, "input.citation.startOffset",
                        () -> mutation("citation/addCitation", map("statementId", goodSignal(),
                                "citation", map("articleId", dagens(), "startOffset", 3_000_000_000L,
                                        "endOffset", 10))),
                        "input.citation.startOffset must be a whole number"),
                refused("a version written as a word", "updateStatement", BAD_USER_INPUT, "input.expectedVersion",
                        () -> mutation("statement/updateStatement", map("id", goodSignal(), "expectedVersion", "one",
                                "set", map("venue", "Somewhere"))),
                        "input.expectedVersion must be a whole number"),
                // unknown enum values and operations that do not fit the schema
                refused("an unknown stance in the variables", "createReaction", BAD_USER_INPUT, null,
                        () -> mutation("reaction/createReaction", map("actorId", macron(),
                                "targetStatementId", goodSignal(), "stance", "LOVES")),
                        "LOVES", "Stance"),
                refused("an unknown stance in the operation", "createReaction", VALIDATION_FAILED, null,
                        () -> GraphQL.run("reaction/createReactionWithUnknownStance",
                                Map.of("actorId", macron(), "targetStatementId", goodSignal())),
                        "LOVES"),
                refused("an unknown order field", "statements", BAD_USER_INPUT, null,
                        () -> GraphQL.run("statement/statements", Map.of("orderBy", Map.of("field", "LENGTH"))),
                        "LENGTH"),
                refused("a field the type does not have", "articles", VALIDATION_FAILED, null,
                        () -> GraphQL.run("hardening/articleUnknownField"), "Article has no field 'headline'"),
                refused("a misspelt field", "articles", VALIDATION_FAILED, null,
                        () -> GraphQL.query("{ articles { nodes { titel } } }"),
                        "Article has no field 'titel': did you mean 'title'?"),
                refused("an unknown order field in the operation", "articles", VALIDATION_FAILED, null,
                        () -> GraphQL.query("{ articles(orderBy: {field: TITEL}) { totalCount } }"),
                        "orderBy.field must be one of ", "TITLE", "was TITEL"),
                // huge strings and NUL characters
                refused("a statement of 10001 characters", "createStatement", BAD_USER_INPUT, "input.text",
                        () -> mutation("statement/createStatement", map("speakerId", macron(),
                                "text", "x".repeat(10_001), "kind", "PARAPHRASE")),
                        "input.text", "10000"),
                refused("a title of 100000 characters", "createArticle", BAD_USER_INPUT, "input.title",
                        () -> mutation("article/createArticle", map("title", "t".repeat(100_000), "body", "B")),
                        "input.title", "1000"),
                refused("a text filter of 10001 characters", "statements", BAD_USER_INPUT, "filter.text",
                        () -> GraphQL.run("statement/statementsByText", Map.of("text", "y".repeat(10_001))),
                        "filter.text must be at most 10000 characters"),
                refused("a NUL character in a name", "createActor", BAD_USER_INPUT, "input.name",
                        () -> mutation("actor/createActor", map("name", "Nul\u0000Name", "kind", "PERSON")),
                        "input.name must not contain the NUL character"),
                refused("a NUL character in the second alias", "createActor", BAD_USER_INPUT, "input.aliases[1]",
                        () -> mutation("actor/createActor", map("name", "Nul alias", "kind", "PERSON",
                                "aliases", List.of("Fine", "Not\u0000fine"))),
                        "input.aliases[1] must not contain the NUL character"),
                refused("a NUL character in a filter", "actors", BAD_USER_INPUT, "filter.name",
                        () -> GraphQL.run("actor/actorsByName", Map.of("name", "Mac\u0000ron")),
                        "filter.name must not contain the NUL character"),
                // out-of-range page sizes and cursors
                refused("a negative page size", "articles", BAD_USER_INPUT, "first",
                        () -> GraphQL.run("article/articles", Map.of("first", -1)), "first must be between 0 and 100"),
                refused("a page size over the maximum", "articles", BAD_USER_INPUT, "first",
                        () -> GraphQL.run("article/articles", Map.of("first", 101)), "first must be between 0 and 100"),
                refused("a page size beyond Int in the variables", "articles", BAD_USER_INPUT, "first",
                        () -> GraphQL.run("article/articles", Map.of("first", 99_999_999_999L)),
                        "first must be a page size: a whole number from 0 to 100", "99999999999"),
                refused("a page size beyond Int in the operation", "articles", BAD_USER_INPUT, "first",
                        () -> GraphQL.run("hardening/articlesFirstLiteral"),
                        "first must be a page size: a whole number from 0 to 100", "99999999999"),
                refused("a page size written as a word", "articles", BAD_USER_INPUT, "first",
                        () -> GraphQL.run("article/articles", Map.of("first", "ten")),
                        "first must be a page size: a whole number from 0 to 100, was \"ten\""),
                refused("a page size written as a word in the operation", "articles", VALIDATION_FAILED, null,
                        () -> GraphQL.run("hardening/articlesFirstWord"),
                        "first must be a page size: a whole number from 0 to 100, was \"ten\""),
                refused("a nested page size over the maximum", "article", BAD_USER_INPUT, "first",
                        () -> GraphQL.run("hardening/articleStatements", Map.of("id", dagens(), "first", 101)),
                        "first must be between 0 and 100"),
                refused("a cursor the API did not issue", "articles", BAD_USER_INPUT, "after",
                        () -> GraphQL.run("article/articles", Map.of("after", "'; DROP TABLE article; --")),
                        "after is not a cursor"),
                refused("a cursor at the last int offset", "articles", BAD_USER_INPUT, "after",
                        () -> GraphQL.run("article/articles", Map.of("after", cursor("offset:2147483647"))),
                        "after is not a cursor"),
                refused("a cursor with a negative offset", "articles", BAD_USER_INPUT, "after",
                        () -> GraphQL.run("article/articles", Map.of("after", cursor("offset:-5"))),
                        "after is not a cursor"),
                refused("an empty search", "search", BAD_USER_INPUT, "text",
                        () -> GraphQL.run("search/search", Map.of("text", " ")), "text must be 1 to 200"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedClearlyAndChangesNothing(String name, String root, String code, String field,
            Supplier<JsonPath> request, String[] messageParts) {
        Map<String, Long> before = RowCounts.now();

        JsonPath error = assertOnlyError(request.get(), root);

        assertError(error, code, field, messageParts);
        assertEquals(before, RowCounts.now(), "rows after " + name);
        assertTrue(GraphQL.data("article/articles", Map.of("first", 1)).getLong("articles.totalCount") > 0,
                "the service answers after " + name);
    }

    private static Arguments refused(String name, String root, String code, String field,
            Supplier<JsonPath> request, String... messageParts) {
        return Arguments.of(name, root, code, field, request, messageParts);
    }

    private static JsonPath mutation(String operation, Map<String, ?> input) {
        return GraphQL.run(operation, input(input));
    }

    private static String cursor(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static String macron() {
        return SeedLookup.actorId(SeedLookup.MACRON);
    }

    private static String goodSignal() {
        return SeedLookup.statementId(SeedLookup.GOOD_SIGNAL);
    }

    private static String dagens() {
        return SeedLookup.dagensId();
    }
}
