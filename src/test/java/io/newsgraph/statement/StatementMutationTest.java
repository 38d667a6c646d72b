package io.newsgraph.statement;

import static io.newsgraph.MutationFixtures.actor;
import static io.newsgraph.MutationFixtures.article;
import static io.newsgraph.MutationFixtures.assertError;
import static io.newsgraph.MutationFixtures.assertOnlyError;
import static io.newsgraph.MutationFixtures.assertSchemaError;
import static io.newsgraph.MutationFixtures.citationIdsOf;
import static io.newsgraph.MutationFixtures.cite;
import static io.newsgraph.MutationFixtures.createStatement;
import static io.newsgraph.MutationFixtures.input;
import static io.newsgraph.MutationFixtures.map;
import static io.newsgraph.MutationFixtures.reactionWithResponse;
import static io.newsgraph.MutationFixtures.statement;
import static io.newsgraph.MutationFixtures.statementsContaining;
import static io.newsgraph.MutationFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * createStatement (with its nested citations), updateStatement and deleteStatement over HTTP. Each test makes
 * its own speaker and article; the statement texts carry a unique token, so "nothing was stored" is a text
 * search for it plus the article's (empty) citation list.
 */
@QuarkusTest
class StatementMutationTest {

    private static final String UNKNOWN_ID = "987654321";

    /** The article body every test cites; "hello" occurs twice in it. */
    private static String body(String token) {
        return "Intro " + token + ". He said hello there. Then hello again. The end.";
    }

    // ---------------------------------------------------------------- create

    @Test
    void createStatementStoresItWithItsCitations() {
        String token = token();
        String body = body(token);
        String articleId = article(body);
        String speaker = actor("Speaker " + token);
        int secondHello = body.lastIndexOf("hello");

        JsonPath statement = createStatement(map(
                "speakerId", speaker,
                "text", "  He said hello " + token + "  ",
                "kind", "DIRECT_QUOTE",
                "saidOn", "2024-05-01",
                "saidOnPrecision", "MONTH",
                "venue", "interview with LCI",
                "citations", List.of(
                        cite(articleId, "said hello there"),
                        cite(articleId, body.indexOf("The end"), body.length()),
                        map("articleId", articleId, "excerpt", "hello", "startOffset", secondHello,
                                "endOffset", secondHello + 5))));

        String id = statement.getString("id");
        assertEquals("He said hello " + token, statement.getString("text"), "the text is stored stripped");
        assertEquals("DIRECT_QUOTE", statement.getString("kind"));
        assertEquals("2024-05-01", statement.getString("saidOn"));
        assertEquals("MONTH", statement.getString("saidOnPrecision"));
        assertEquals("interview with LCI", statement.getString("venue"));
        assertEquals(speaker, statement.getString("speaker.id"));
        assertEquals("Speaker " + token, statement.getString("speaker.name"));
        assertNull(statement.get("variantOf"));
        assertEquals(0, statement.getInt("version"));

        List<Map<String, Object>> citations = statement.getList("citations");
        assertEquals(3, citations.size());
        assertEquals(List.of("said hello there", "hello", "The end."), statement.getList("citations.excerpt"));
        for (Map<String, Object> citation : citations) {
            int start = (Integer) citation.get("startOffset");
            int end = (Integer) citation.get("endOffset");
            assertEquals(body.substring(start, end), citation.get("excerpt"), "each excerpt is cut out of the body");
            assertEquals(Map.of("id", articleId), citation.get("article"));
            assertEquals(Map.of("id", id), citation.get("statement"));
            assertNull(citation.get("reaction"));
            assertEquals(0, citation.get("version"));
        }
        assertEquals(body.indexOf("said hello there"), statement.getInt("citations[0].startOffset"));
        assertEquals(secondHello, statement.getInt("citations[1].startOffset"));

        assertEquals(1, statementsContaining(token));
        assertEquals(statement.getList("citations.id"), read(id).getList("citations.id"));
        assertEquals(3, citationIdsOf(articleId).size());
    }

    @Test
    void aDateWithoutPrecisionIsADayAndNothingElseIsRequired() {
        String token = token();
        JsonPath statement = createStatement(map("speakerId", actor("Speaker " + token), "text", "Said " + token,
                "kind", "PARAPHRASE", "saidOn", "2024-05-02"));
        assertEquals("DAY", statement.getString("saidOnPrecision"));
        assertEquals(List.of(), statement.getList("citations"));
        assertNull(statement.get("venue"));
    }

    static Stream<Arguments> missingRequiredFields() {
        return Stream.of(
                Arguments.of("speakerId", null, "input.speakerId"),
                Arguments.of("text", null, "input.text"),
                Arguments.of("text", "", "input.text"),
                Arguments.of("text", " \n ", "input.text"),
                Arguments.of("kind", null, "input.kind"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("missingRequiredFields")
    void createStatementRequiresASpeakerATextAndAKind(String field, String value, String errorField) {
        String token = token();
        String articleId = article(body(token));
        String speaker = actor("Speaker " + token);
        Map<String, Object> statement = map("speakerId", speaker, "text", "Said " + token, "kind", "PARAPHRASE",
                "citations", List.of(cite(articleId, "said hello there")));
        statement.put(field, value);

        JsonPath error = assertOnlyError(GraphQL.run("statement/createStatement", input(statement)),
                "createStatement");

        assertError(error, "BAD_USER_INPUT", errorField, errorField, "required");
        assertNothingStored(token, articleId, speaker);
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of(map("text", "t".repeat(10_001)), "BAD_USER_INPUT", "input.text", "10000"),
                Arguments.of(map("venue", "v".repeat(501)), "BAD_USER_INPUT", "input.venue", "500"),
                Arguments.of(map("saidOnPrecision", "YEAR"), "BAD_USER_INPUT", "input.saidOnPrecision", "saidOn"),
                Arguments.of(map("speakerId", UNKNOWN_ID), "NOT_FOUND", "input.speakerId", UNKNOWN_ID),
                Arguments.of(map("variantOfId", UNKNOWN_ID), "NOT_FOUND", "input.variantOfId", UNKNOWN_ID),
                Arguments.of(map("citations", IntStream.range(0, 101).mapToObj(i -> map("articleId", UNKNOWN_ID,
                        "excerpt", "x")).toList()), "BAD_USER_INPUT", "input.citations", "100"));
    }

    @ParameterizedTest(name = "{2}: {3}")
    @MethodSource("invalidValues")
    void createStatementRefusesInvalidValuesAndStoresNothing(Map<String, Object> change, String code, String field,
            String mentioned) {
        String token = token();
        String articleId = article(body(token));
        String speaker = actor("Speaker " + token);
        Map<String, Object> statement = map("speakerId", speaker, "text", "Said " + token, "kind", "PARAPHRASE",
                "citations", List.of(cite(articleId, "said hello there")));
        statement.putAll(change);

        JsonPath error = assertOnlyError(GraphQL.run("statement/createStatement", input(statement)),
                "createStatement");

        assertError(error, code, field, mentioned);
        assertNothingStored(token, articleId, speaker);
    }

    static Stream<Arguments> invalidCitations() {
        return Stream.of(
                Arguments.of(map("startOffset", 10, "endOffset", 5000), "BAD_USER_INPUT", "endOffset", "5000"),
                Arguments.of(map("startOffset", 20, "endOffset", 10), "BAD_USER_INPUT", "endOffset", "[20, 10)"),
                Arguments.of(map("startOffset", 10, "endOffset", 10), "BAD_USER_INPUT", "endOffset", "[10, 10)"),
                Arguments.of(map("startOffset", -1, "endOffset", 5), "BAD_USER_INPUT", "startOffset", "0"),
                Arguments.of(map("startOffset", 0, "endOffset", 5, "excerpt", "Outro"), "BAD_USER_INPUT", "excerpt",
                        "Intro"),
                Arguments.of(map("excerpt", "not in the article"), "BAD_USER_INPUT", "excerpt", "does not contain"),
                Arguments.of(map("excerpt", "hello"), "BAD_USER_INPUT", "excerpt", "more than once"),
                Arguments.of(map("excerpt", ""), "BAD_USER_INPUT", "excerpt", "excerpt"),
                Arguments.of(map("startOffset", 0), "BAD_USER_INPUT", "startOffset", "endOffset"),
                Arguments.of(map("endOffset", 5), "BAD_USER_INPUT", "startOffset", "startOffset"),
                Arguments.of(map(), "BAD_USER_INPUT", "excerpt", "excerpt"),
                Arguments.of(map("articleId", UNKNOWN_ID, "excerpt", "hello there"), "NOT_FOUND", "articleId",
                        UNKNOWN_ID));
    }

    /** The first citation is fine, the second is not: the statement and the first citation must not be stored. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCitations")
    void anInvalidCitationStoresNeitherTheStatementNorAnyCitation(Map<String, Object> citation, String code,
            String field, String mentioned) {
        String token = token();
        String articleId = article(body(token));
        String speaker = actor("Speaker " + token);
        Map<String, Object> second = map("articleId", articleId);
        second.putAll(citation);

        JsonPath error = assertOnlyError(GraphQL.run("statement/createStatement", input(map("speakerId", speaker,
                "text", "Said " + token, "kind", "DIRECT_QUOTE",
                "citations", List.of(cite(articleId, "said hello there"), second)))), "createStatement");

        assertError(error, code, "input.citations[1]." + field, mentioned);
        assertNothingStored(token, articleId, speaker);
    }

    /** The schema lets a citation list hold null; that is the client's mistake, not a server failure. */
    @Test
    void aNullCitationIsBadUserInputAndStoresNothing() {
        String token = token();
        String articleId = article(body(token));
        String speaker = actor("Speaker " + token);

        JsonPath error = assertOnlyError(GraphQL.run("statement/createStatement", input(map("speakerId", speaker,
                "text", "Said " + token, "kind", "PARAPHRASE",
                "citations", Arrays.asList(cite(articleId, "said hello there"), null)))), "createStatement");

        assertError(error, "BAD_USER_INPUT", "input.citations[1]", "input.citations[1]");
        assertNothingStored(token, articleId, speaker);
    }

    // ---------------------------------------------------------------- update

    @Test
    void updateStatementChangesTheGivenFieldsAndBumpsVersionAndUpdatedAt() {
        String token = token();
        String articleId = article(body(token));
        String speaker = actor("Speaker " + token);
        String otherSpeaker = actor("Other " + token);
        String original = statement(speaker, "Original " + token);
        JsonPath created = createStatement(map("speakerId", speaker, "text", "Before " + token,
                "kind", "PARAPHRASE", "venue", "Old venue", "saidOn", "2024-05-01",
                "citations", List.of(cite(articleId, "said hello there"))));
        String id = created.getString("id");

        JsonPath updated = update(map("id", id, "expectedVersion", 0, "set", map("text", "After " + token,
                "kind", "DIRECT_QUOTE", "speakerId", otherSpeaker, "saidOnPrecision", "YEAR", "venue", "",
                "variantOfId", original)));

        assertEquals("After " + token, updated.getString("text"));
        assertEquals("DIRECT_QUOTE", updated.getString("kind"));
        assertEquals(otherSpeaker, updated.getString("speaker.id"));
        assertEquals("2024-05-01", updated.getString("saidOn"), "fields left out keep their value");
        assertEquals("YEAR", updated.getString("saidOnPrecision"));
        assertNull(updated.get("venue"), "\"\" clears an optional field");
        assertEquals(original, updated.getString("variantOf.id"));
        assertEquals(created.getList("citations.id"), updated.getList("citations.id"), "citations stay");
        assertEquals(1, updated.getInt("version"));
        assertTrue(OffsetDateTime.parse(updated.getString("updatedAt"))
                .isAfter(OffsetDateTime.parse(created.getString("updatedAt"))));
        assertEquals(List.of(id), read(original).getList("variants.id"));

        JsonPath cleared = update(map("id", id, "expectedVersion", 1, "set", map("clearVariantOf", true)));
        assertNull(cleared.get("variantOf"));
        assertEquals(2, cleared.getInt("version"));
        assertEquals(1, statementsContaining("After " + token));
        assertEquals(0, statementsContaining("Before " + token));
    }

    static Stream<Arguments> invalidUpdates() {
        return Stream.of(
                Arguments.of(map("text", "  "), "BAD_USER_INPUT", "input.set.text", "blank"),
                Arguments.of(map("text", "t".repeat(10_001)), "BAD_USER_INPUT", "input.set.text", "10000"),
                Arguments.of(map("saidOnPrecision", "DAY"), "BAD_USER_INPUT", "input.set.saidOnPrecision", "saidOn"),
                Arguments.of(map("speakerId", UNKNOWN_ID), "NOT_FOUND", "input.set.speakerId", UNKNOWN_ID),
                Arguments.of(map("variantOfId", UNKNOWN_ID), "NOT_FOUND", "input.set.variantOfId", UNKNOWN_ID),
                Arguments.of(map("variantOfId", "SELF"), "BAD_USER_INPUT", "input.set.variantOfId", "itself"),
                Arguments.of(map("citations", List.of()), "BAD_USER_INPUT", "input.set.citations", "addCitation"));
    }

    @ParameterizedTest(name = "{2}: {3}")
    @MethodSource("invalidUpdates")
    void updateRefusesInvalidValuesAndChangesNothing(Map<String, Object> set, String code, String field,
            String mentioned) {
        String token = token();
        String articleId = article(body(token));
        String id = statement(actor("Speaker " + token), "Said " + token, cite(articleId, "said hello there"));
        JsonPath before = read(id);
        Map<String, Object> change = map("venue", "Should not be stored");
        set.forEach((key, value) -> change.put(key, "SELF".equals(value) ? id : value));

        JsonPath error = assertOnlyError(GraphQL.run("statement/updateStatement",
                input(map("id", id, "set", change))), "updateStatement");

        assertError(error, code, field, mentioned);
        assertEquals(before.getMap("$"), read(id).getMap("$"));
    }

    @Test
    void updateWithAStaleExpectedVersionIsAConflictAndChangesNothing() {
        String token = token();
        String id = statement(actor("Speaker " + token), "Said " + token);
        update(map("id", id, "expectedVersion", 0, "set", map("venue", "Someone else's edit")));
        JsonPath before = read(id);

        JsonPath error = assertOnlyError(GraphQL.run("statement/updateStatement", input(map("id", id,
                "expectedVersion", 0, "set", map("venue", "My stale edit")))), "updateStatement");

        assertError(error, "CONFLICT", "expectedVersion", "version 1", "not 0");
        assertEquals(before.getMap("$"), read(id).getMap("$"));
    }

    @Test
    void updateOfAnUnknownStatementIsNotFound() {
        JsonPath error = assertOnlyError(GraphQL.run("statement/updateStatement",
                input(map("id", UNKNOWN_ID, "set", map("venue", "x")))), "updateStatement");
        assertError(error, "NOT_FOUND", "input.id", "no statement", UNKNOWN_ID);
    }

    // ---------------------------------------------------------------- delete

    @Test
    void deleteStatementRemovesItAndItsCitationsOnly() {
        String token = token();
        String articleId = article(body(token));
        String speaker = actor("Speaker " + token);
        String doomed = statement(speaker, "Doomed " + token, cite(articleId, "said hello there"),
                cite(articleId, "The end"));
        String kept = statement(speaker, "Kept " + token, cite(articleId, "Then hello again"));
        String variant = createStatement(map("speakerId", speaker, "text", "Variant " + token, "kind", "PARAPHRASE",
                "variantOfId", doomed)).getString("id");
        List<String> keptCitations = read(kept).getList("citations.id");

        JsonPath deleted = GraphQL.data("statement/deleteStatement", input(map("id", doomed, "expectedVersion", 0)));

        assertEquals(doomed, deleted.getString("deleteStatement.deletedId"));
        assertError(GraphQL.error("statement/statement", Map.of("id", doomed)), "NOT_FOUND", "id", doomed);
        assertEquals(keptCitations, citationIdsOf(articleId), "only the kept statement's citation is left");
        assertEquals(keptCitations, read(kept).getList("citations.id"));
        assertNull(read(variant).get("variantOf"), "its variants stay, no longer pointing at it");
        assertError(assertOnlyError(GraphQL.run("statement/deleteStatement", input(map("id", doomed))),
                "deleteStatement"), "NOT_FOUND", "input.id", "no statement", doomed);
    }

    @Test
    void aStatementAReactionRefersToCannotBeDeleted() {
        String token = token();
        String articleId = article(body(token));
        String speaker = actor("Speaker " + token);
        String reactor = actor("Reactor " + token);
        String target = statement(speaker, "Target " + token, cite(articleId, "said hello there"));
        String response = statement(reactor, "Response " + token, cite(articleId, "The end"));
        reactionWithResponse(reactor, target, "CRITICIZES", response);
        JsonPath targetBefore = read(target);
        JsonPath responseBefore = read(response);

        assertError(assertOnlyError(GraphQL.run("statement/deleteStatement", input(map("id", target))),
                "deleteStatement"), "CONFLICT", "input.id", "1 reactions");
        assertError(assertOnlyError(GraphQL.run("statement/deleteStatement", input(map("id", response))),
                "deleteStatement"), "CONFLICT", "input.id", "1 reactions");

        assertEquals(targetBefore.getMap("$"), read(target).getMap("$"));
        assertEquals(responseBefore.getMap("$"), read(response).getMap("$"));
        assertEquals(2, citationIdsOf(articleId).size());
    }

    @Test
    void deleteWithAStaleExpectedVersionIsAConflictAndDeletesNothing() {
        String token = token();
        String articleId = article(body(token));
        String id = statement(actor("Speaker " + token), "Said " + token, cite(articleId, "said hello there"));
        update(map("id", id, "set", map("venue", "Edited")));
        JsonPath before = read(id);

        assertError(assertOnlyError(GraphQL.run("statement/deleteStatement",
                input(map("id", id, "expectedVersion", 0))), "deleteStatement"),
                "CONFLICT", "expectedVersion", "version 1", "not 0");
        assertEquals(before.getMap("$"), read(id).getMap("$"));
        assertEquals(1, citationIdsOf(articleId).size());
    }

    @Test
    void deleteOfAnUnknownStatementIsNotFound() {
        assertError(assertOnlyError(GraphQL.run("statement/deleteStatement", input(map("id", UNKNOWN_ID))),
                "deleteStatement"), "NOT_FOUND", "input.id", "no statement", UNKNOWN_ID);
    }

    // ---------------------------------------------------------------- input the schema refuses

    @Test
    void anUnknownKindIsRefusedByTheSchemaAndStoresNothing() {
        String token = token();
        String articleId = article(body(token));
        String speaker = actor("Speaker " + token);

        assertSchemaError(GraphQL.run("statement/createStatement", input(map("speakerId", speaker,
                "text", "Said " + token, "kind", "QUOTE", "citations", List.of(cite(articleId, "The end"))))),
                "createStatement", "QUOTE", "StatementKind");
        assertSchemaError(GraphQL.run("statement/createStatementWithUnknownKind",
                Map.of("speakerId", speaker, "text", "Said " + token)), "createStatement",
                "input.kind must be one of DIRECT_QUOTE, PARAPHRASE, was RUMOUR");

        assertNothingStored(token, articleId, speaker);
    }

    @Test
    void wronglyShapedCitationsAreRefusedByTheSchemaAndStoreNothing() {
        String token = token();
        String articleId = article(body(token));
        String speaker = actor("Speaker " + token);

        assertSchemaError(GraphQL.run("statement/createStatement", input(map("speakerId", speaker,
                "text", "Said " + token, "kind", "PARAPHRASE", "citations", "said hello there"))), "createStatement",
                "Map");
        assertSchemaError(GraphQL.run("statement/createStatement", input(map("speakerId", speaker,
                "text", "Said " + token, "kind", "PARAPHRASE", "citations", List.of(map("excerpt", "The end"))))),
                "createStatement", "articleId");

        assertNothingStored(token, articleId, speaker);
    }

    // ---------------------------------------------------------------- helpers

    private static JsonPath read(String id) {
        return GraphQL.at(GraphQL.data("statement/statement", Map.of("id", id)), "statement");
    }

    private static JsonPath update(Map<String, Object> input) {
        return GraphQL.at(GraphQL.data("statement/updateStatement", input(input)), "updateStatement.statement");
    }

    /** No statement with the token, no citation in the article, nothing said by the speaker. */
    private static void assertNothingStored(String token, String articleId, String speakerId) {
        assertEquals(0, statementsContaining(token), "no statement is stored");
        assertEquals(List.of(), citationIdsOf(articleId), "no citation is stored");
        assertEquals(List.of(), GraphQL.data("actor/actor", Map.of("id", speakerId)).getList("actor.statements"),
                "the speaker said nothing");
    }
}
