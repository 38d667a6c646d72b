package io.newsgraph.reaction;

import static io.newsgraph.MutationFixtures.actor;
import static io.newsgraph.MutationFixtures.article;
import static io.newsgraph.MutationFixtures.assertError;
import static io.newsgraph.MutationFixtures.assertOnlyError;
import static io.newsgraph.MutationFixtures.assertSchemaError;
import static io.newsgraph.MutationFixtures.citationIdsOf;
import static io.newsgraph.MutationFixtures.cite;
import static io.newsgraph.MutationFixtures.createReaction;
import static io.newsgraph.MutationFixtures.input;
import static io.newsgraph.MutationFixtures.map;
import static io.newsgraph.MutationFixtures.reaction;
import static io.newsgraph.MutationFixtures.reactionsTo;
import static io.newsgraph.MutationFixtures.statement;
import static io.newsgraph.MutationFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.newsgraph.MutationFixtures;
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
 * createReaction (with its nested citations), updateReaction and deleteReaction over HTTP. Each test builds its
 * own article, actors and target statement, so "nothing was stored" is "the target has no reactions and the
 * article holds only the target's citation".
 */
@QuarkusTest
class ReactionMutationTest {

    private static final String UNKNOWN_ID = "987654321";

    /** An article, a speaker and a reactor, and the speaker's statement (cited once) to react to. */
    record Scene(String token, String body, String articleId, String speaker, String reactor, String target,
            String targetCitation) {

        static Scene create() {
            String token = MutationFixtures.token();
            String body = "Intro " + token + ". Paris floated the idea. Berlin rejected it outright."
                    + " Berlin said: never. Again: never. The end.";
            String articleId = article(body);
            String speaker = actor("Speaker " + token);
            String reactor = actor("Reactor " + token);
            String target = statement(speaker, "Floated " + token, cite(articleId, "Paris floated the idea"));
            return new Scene(token, body, articleId, speaker, reactor, target, citationIdsOf(articleId).get(0));
        }

        Map<String, Object> reaction(Object... more) {
            Map<String, Object> input = map("actorId", reactor, "targetStatementId", target, "stance", "REJECTS",
                    "citations", List.of(cite(articleId, "Berlin rejected it outright")));
            input.putAll(map(more));
            return input;
        }

        /** No reaction to the target, and no citation but the target's own. */
        void assertNothingStored() {
            assertEquals(0, reactionsTo(target), "no reaction is stored");
            assertEquals(List.of(targetCitation), citationIdsOf(articleId), "no citation is stored");
            assertEquals(List.of(), GraphQL.data("actor/actor", Map.of("id", reactor))
                    .getList("actor.reactionsGiven"), "the reactor gave no reaction");
        }
    }

    // ---------------------------------------------------------------- create

    @Test
    void createReactionStoresItWithItsCitations() {
        Scene scene = Scene.create();
        String response = statement(scene.reactor(), "Never " + scene.token(),
                map("articleId", scene.articleId(), "excerpt", "never", "startOffset",
                        scene.body().indexOf("never"), "endOffset", scene.body().indexOf("never") + 5));

        JsonPath reaction = createReaction(scene.reaction("stance", "OPPOSES", "responseStatementId", response,
                "citations", List.of(cite(scene.articleId(), "Berlin rejected it outright"),
                        cite(scene.articleId(), scene.body().indexOf("Berlin said"), scene.body().indexOf(" Again")))));

        String id = reaction.getString("id");
        assertEquals("OPPOSES", reaction.getString("stance"));
        assertEquals(scene.reactor(), reaction.getString("actor.id"));
        assertEquals(scene.target(), reaction.getString("target.id"));
        assertEquals(response, reaction.getString("response.id"));
        assertEquals(0, reaction.getInt("version"));
        assertEquals(List.of("Berlin rejected it outright", "Berlin said: never."),
                reaction.getList("citations.excerpt"));
        for (Map<String, Object> citation : reaction.<Map<String, Object>>getList("citations")) {
            assertEquals(scene.body().substring((Integer) citation.get("startOffset"),
                    (Integer) citation.get("endOffset")), citation.get("excerpt"));
            assertEquals(Map.of("id", scene.articleId()), citation.get("article"));
            assertEquals(Map.of("id", id), citation.get("reaction"));
            assertNull(citation.get("statement"));
        }

        assertEquals(1, reactionsTo(scene.target()));
        JsonPath stored = read(id);
        assertEquals(reaction.getList("citations.id"), stored.getList("citations.id"));
        assertEquals(List.of(id), GraphQL.data("statement/statement", Map.of("id", scene.target()))
                .getList("statement.reactions.id"));
    }

    @Test
    void aReactionNeedsNoResponseAndNoCitations() {
        Scene scene = Scene.create();
        JsonPath reaction = createReaction(map("actorId", scene.reactor(), "targetStatementId", scene.target(),
                "stance", "ACKNOWLEDGES"));
        assertNull(reaction.get("response"));
        assertEquals(List.of(), reaction.getList("citations"));
    }

    static Stream<Arguments> missingRequiredFields() {
        return Stream.of(
                Arguments.of("actorId", "input.actorId"),
                Arguments.of("targetStatementId", "input.targetStatementId"),
                Arguments.of("stance", "input.stance"));
    }

    @ParameterizedTest(name = "{0} left out")
    @MethodSource("missingRequiredFields")
    void createReactionRequiresAnActorATargetAndAStance(String field, String errorField) {
        Scene scene = Scene.create();
        Map<String, Object> reaction = scene.reaction();
        reaction.remove(field);

        JsonPath error = assertOnlyError(GraphQL.run("reaction/createReaction", input(reaction)), "createReaction");

        assertError(error, "BAD_USER_INPUT", errorField, errorField, "required");
        scene.assertNothingStored();
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of(map("actorId", UNKNOWN_ID), "NOT_FOUND", "input.actorId", UNKNOWN_ID),
                Arguments.of(map("targetStatementId", UNKNOWN_ID), "NOT_FOUND", "input.targetStatementId",
                        UNKNOWN_ID),
                Arguments.of(map("responseStatementId", UNKNOWN_ID), "NOT_FOUND", "input.responseStatementId",
                        UNKNOWN_ID),
                Arguments.of(map("responseStatementId", "TARGET"), "BAD_USER_INPUT", "input.responseStatementId",
                        "own target"),
                Arguments.of(map("citations", IntStream.range(0, 101).mapToObj(i -> map("articleId", UNKNOWN_ID,
                        "excerpt", "x")).toList()), "BAD_USER_INPUT", "input.citations", "100"));
    }

    @ParameterizedTest(name = "{2}: {3}")
    @MethodSource("invalidValues")
    void createReactionRefusesInvalidValuesAndStoresNothing(Map<String, Object> change, String code, String field,
            String mentioned) {
        Scene scene = Scene.create();
        Map<String, Object> reaction = scene.reaction();
        change.forEach((key, value) -> reaction.put(key, "TARGET".equals(value) ? scene.target() : value));

        JsonPath error = assertOnlyError(GraphQL.run("reaction/createReaction", input(reaction)), "createReaction");

        assertError(error, code, field, mentioned);
        scene.assertNothingStored();
    }

    static Stream<Arguments> invalidCitations() {
        return Stream.of(
                Arguments.of(map("excerpt", "Rome agreed"), "BAD_USER_INPUT", "excerpt", "does not contain"),
                Arguments.of(map("excerpt", "never"), "BAD_USER_INPUT", "excerpt", "more than once"),
                Arguments.of(map("startOffset", 5, "endOffset", 100_000), "BAD_USER_INPUT", "endOffset", "100000"),
                Arguments.of(map("startOffset", 8, "endOffset", 3), "BAD_USER_INPUT", "endOffset", "[8, 3)"),
                Arguments.of(map("startOffset", 0, "endOffset", 5, "excerpt", "Paris"), "BAD_USER_INPUT", "excerpt",
                        "Intro"),
                Arguments.of(map("articleId", UNKNOWN_ID, "excerpt", "The end"), "NOT_FOUND", "articleId",
                        UNKNOWN_ID));
    }

    /** The first citation is fine, the second is not: neither the reaction nor the first citation is stored. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCitations")
    void anInvalidCitationStoresNeitherTheReactionNorAnyCitation(Map<String, Object> citation, String code,
            String field, String mentioned) {
        Scene scene = Scene.create();
        Map<String, Object> second = map("articleId", scene.articleId());
        second.putAll(citation);

        JsonPath error = assertOnlyError(GraphQL.run("reaction/createReaction", input(scene.reaction("citations",
                List.of(cite(scene.articleId(), "Berlin rejected it outright"), second)))), "createReaction");

        assertError(error, code, "input.citations[1]." + field, mentioned);
        scene.assertNothingStored();
    }

    /** The schema lets a citation list hold null; that is the client's mistake, not a server failure. */
    @Test
    void aNullCitationIsBadUserInputAndStoresNothing() {
        Scene scene = Scene.create();

        JsonPath error = assertOnlyError(GraphQL.run("reaction/createReaction", input(scene.reaction("citations",
                Arrays.asList(cite(scene.articleId(), "Berlin rejected it outright"), null)))), "createReaction");

        assertError(error, "BAD_USER_INPUT", "input.citations[1]", "input.citations[1]");
        scene.assertNothingStored();
    }

    // ---------------------------------------------------------------- update

    @Test
    void updateReactionChangesTheGivenFieldsAndBumpsVersionAndUpdatedAt() {
        Scene scene = Scene.create();
        String response = statement(scene.reactor(), "Never " + scene.token());
        String otherActor = actor("Other " + scene.token());
        JsonPath created = createReaction(scene.reaction());
        String id = created.getString("id");

        JsonPath updated = update(map("id", id, "expectedVersion", 0, "set", map("stance", "CRITICIZES",
                "responseStatementId", response)));

        assertEquals("CRITICIZES", updated.getString("stance"));
        assertEquals(response, updated.getString("response.id"));
        assertEquals(scene.reactor(), updated.getString("actor.id"), "fields left out keep their value");
        assertEquals(scene.target(), updated.getString("target.id"));
        assertEquals(created.getList("citations.id"), updated.getList("citations.id"), "citations stay");
        assertEquals(1, updated.getInt("version"));
        assertTrue(OffsetDateTime.parse(updated.getString("updatedAt"))
                .isAfter(OffsetDateTime.parse(created.getString("updatedAt"))));
        assertEquals("CRITICIZES", read(id).getString("stance"));

        JsonPath moved = update(map("id", id, "expectedVersion", 1, "set", map("clearResponse", true,
                "actorId", otherActor)));
        assertNull(moved.get("response"));
        assertEquals(otherActor, moved.getString("actor.id"));
        assertEquals(2, moved.getInt("version"));
    }

    static Stream<Arguments> invalidUpdates() {
        return Stream.of(
                Arguments.of(map("actorId", UNKNOWN_ID), "NOT_FOUND", "input.set.actorId", UNKNOWN_ID),
                Arguments.of(map("targetStatementId", UNKNOWN_ID), "NOT_FOUND", "input.set.targetStatementId",
                        UNKNOWN_ID),
                Arguments.of(map("responseStatementId", UNKNOWN_ID), "NOT_FOUND", "input.set.responseStatementId",
                        UNKNOWN_ID),
                Arguments.of(map("responseStatementId", "TARGET"), "BAD_USER_INPUT", "input.set.responseStatementId",
                        "own target"),
                Arguments.of(map("citations", List.of()), "BAD_USER_INPUT", "input.set.citations", "addCitation"));
    }

    @ParameterizedTest(name = "{2}: {3}")
    @MethodSource("invalidUpdates")
    void updateRefusesInvalidValuesAndChangesNothing(Map<String, Object> set, String code, String field,
            String mentioned) {
        Scene scene = Scene.create();
        String id = createReaction(scene.reaction()).getString("id");
        JsonPath before = read(id);
        Map<String, Object> change = map("stance", "PRAISES");
        set.forEach((key, value) -> change.put(key, "TARGET".equals(value) ? scene.target() : value));

        JsonPath error = assertOnlyError(GraphQL.run("reaction/updateReaction", input(map("id", id, "set", change))),
                "updateReaction");

        assertError(error, code, field, mentioned);
        assertEquals(before.getMap("$"), read(id).getMap("$"));
    }

    @Test
    void updateWithAStaleExpectedVersionIsAConflictAndChangesNothing() {
        Scene scene = Scene.create();
        String id = createReaction(scene.reaction()).getString("id");
        update(map("id", id, "expectedVersion", 0, "set", map("stance", "DOUBTS")));
        JsonPath before = read(id);

        JsonPath error = assertOnlyError(GraphQL.run("reaction/updateReaction", input(map("id", id,
                "expectedVersion", 0, "set", map("stance", "PRAISES")))), "updateReaction");

        assertError(error, "CONFLICT", "expectedVersion", "version 1", "not 0");
        assertEquals(before.getMap("$"), read(id).getMap("$"));
        assertEquals("DOUBTS", before.getString("stance"));
    }

    @Test
    void updateOfAnUnknownReactionIsNotFound() {
        JsonPath error = assertOnlyError(GraphQL.run("reaction/updateReaction",
                input(map("id", UNKNOWN_ID, "set", map("stance", "DOUBTS")))), "updateReaction");
        assertError(error, "NOT_FOUND", "input.id", "no reaction", UNKNOWN_ID);
    }

    // ---------------------------------------------------------------- delete

    @Test
    void deleteReactionRemovesItAndItsCitationsButNotItsStatements() {
        Scene scene = Scene.create();
        String response = statement(scene.reactor(), "Never " + scene.token());
        String id = createReaction(scene.reaction("responseStatementId", response, "citations",
                List.of(cite(scene.articleId(), "Berlin rejected it outright"), cite(scene.articleId(), "The end"))))
                .getString("id");
        assertEquals(3, citationIdsOf(scene.articleId()).size());

        JsonPath deleted = GraphQL.data("reaction/deleteReaction", input(map("id", id, "expectedVersion", 0)));

        assertEquals(id, deleted.getString("deleteReaction.deletedId"));
        assertError(GraphQL.error("reaction/reaction", Map.of("id", id)), "NOT_FOUND", "id", "no reaction", id);
        assertEquals(List.of(scene.targetCitation()), citationIdsOf(scene.articleId()), "its citations are gone");
        assertEquals(0, reactionsTo(scene.target()));
        GraphQL.data("statement/statement", Map.of("id", scene.target()));
        GraphQL.data("statement/statement", Map.of("id", response));
        // nothing refers to the statements any more, so they can go too
        GraphQL.data("statement/deleteStatement", input(map("id", scene.target())));
        GraphQL.data("statement/deleteStatement", input(map("id", response)));
        assertError(assertOnlyError(GraphQL.run("reaction/deleteReaction", input(map("id", id))), "deleteReaction"),
                "NOT_FOUND", "input.id", "no reaction", id);
    }

    @Test
    void deleteWithAStaleExpectedVersionIsAConflictAndDeletesNothing() {
        Scene scene = Scene.create();
        String id = createReaction(scene.reaction()).getString("id");
        update(map("id", id, "set", map("stance", "WARNS")));
        JsonPath before = read(id);

        assertError(assertOnlyError(GraphQL.run("reaction/deleteReaction", input(map("id", id, "expectedVersion", 0))),
                "deleteReaction"), "CONFLICT", "expectedVersion", "version 1", "not 0");
        assertEquals(before.getMap("$"), read(id).getMap("$"));
        assertEquals(2, citationIdsOf(scene.articleId()).size());
    }

    @Test
    void deleteOfAnUnknownReactionIsNotFound() {
        assertError(assertOnlyError(GraphQL.run("reaction/deleteReaction", input(map("id", UNKNOWN_ID))),
                "deleteReaction"), "NOT_FOUND", "input.id", "no reaction", UNKNOWN_ID);
    }

    // ---------------------------------------------------------------- input the schema refuses

    @Test
    void anUnknownStanceIsRefusedByTheSchemaAndStoresNothing() {
        Scene scene = Scene.create();

        assertSchemaError(GraphQL.run("reaction/createReaction", input(scene.reaction("stance", "LOVES"))),
                "createReaction", "LOVES", "Stance");
        assertSchemaError(GraphQL.run("reaction/createReaction", input(scene.reaction("stance", "rejects"))),
                "createReaction", "rejects", "Stance");
        // written in the operation: the message lists the stances there are
        assertSchemaError(GraphQL.run("reaction/createReactionWithUnknownStance",
                Map.of("actorId", scene.reactor(), "targetStatementId", scene.target())), "createReaction",
                "input.stance must be one of ", "WARNS", "was LOVES");

        scene.assertNothingStored();
    }

    @Test
    void anUnknownStanceOnUpdateChangesNothing() {
        Scene scene = Scene.create();
        String id = reaction(scene.reactor(), scene.target(), "WARNS");
        JsonPath before = read(id);

        assertSchemaError(GraphQL.run("reaction/updateReaction", input(map("id", id, "set",
                map("stance", "APPLAUDS")))), "updateReaction", "APPLAUDS", "Stance");

        assertEquals(before.getMap("$"), read(id).getMap("$"));
    }

    // ---------------------------------------------------------------- helpers

    private static JsonPath read(String id) {
        return GraphQL.at(GraphQL.data("reaction/reaction", Map.of("id", id)), "reaction");
    }

    private static JsonPath update(Map<String, Object> input) {
        return GraphQL.at(GraphQL.data("reaction/updateReaction", input(input)), "updateReaction.reaction");
    }
}
