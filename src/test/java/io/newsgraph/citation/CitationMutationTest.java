package io.newsgraph.citation;

import static io.newsgraph.MutationFixtures.actor;
import static io.newsgraph.MutationFixtures.article;
import static io.newsgraph.MutationFixtures.assertError;
import static io.newsgraph.MutationFixtures.assertOnlyError;
import static io.newsgraph.MutationFixtures.assertSchemaError;
import static io.newsgraph.MutationFixtures.citationIdsOf;
import static io.newsgraph.MutationFixtures.cite;
import static io.newsgraph.MutationFixtures.input;
import static io.newsgraph.MutationFixtures.map;
import static io.newsgraph.MutationFixtures.reaction;
import static io.newsgraph.MutationFixtures.readArticle;
import static io.newsgraph.MutationFixtures.statement;
import static io.newsgraph.MutationFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsgraph.GraphQL;
import io.newsgraph.MutationFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * addCitation and deleteCitation over HTTP: a citation ties exactly one statement or reaction to an exact excerpt
 * of an article body. Each test makes its own article, statement and reaction.
 */
@QuarkusTest
class CitationMutationTest {

    private static final String UNKNOWN_ID = "987654321";

    /** An article with a statement (cited once) and a reaction to it (not cited). */
    record Scene(String token, String body, String articleId, String statementId, String reactionId,
            String firstCitation) {

        static Scene create() {
            String token = MutationFixtures.token();
            String body = "Intro " + token + ". Paris floated the idea. Berlin rejected it. Rome: no. Madrid: no.";
            String articleId = article(body);
            String statementId = statement(actor("Speaker " + token), "Floated " + token,
                    cite(articleId, "Intro " + token));
            String reactionId = reaction(actor("Reactor " + token), statementId, "REJECTS");
            return new Scene(token, body, articleId, statementId, reactionId, citationIdsOf(articleId).get(0));
        }

        void assertNothingStored() {
            assertEquals(List.of(firstCitation), citationIdsOf(articleId), "no citation is stored");
        }
    }

    // ---------------------------------------------------------------- add

    @Test
    void addCitationTiesAStatementToAnExcerpt() {
        Scene scene = Scene.create();

        JsonPath citation = add(map("statementId", scene.statementId(),
                "citation", cite(scene.articleId(), "Paris floated the idea")));

        String id = citation.getString("id");
        assertEquals("Paris floated the idea", citation.getString("excerpt"));
        assertEquals(scene.body().indexOf("Paris"), citation.getInt("startOffset"));
        assertEquals(scene.body().indexOf("Paris") + "Paris floated the idea".length(), citation.getInt("endOffset"));
        assertEquals(0, citation.getInt("version"));
        assertNotNull(citation.getString("createdAt"));
        assertEquals(scene.articleId(), citation.getString("article.id"));
        assertEquals(scene.statementId(), citation.getString("statement.id"));
        assertNull(citation.get("reaction"));

        assertEquals(List.of(scene.firstCitation(), id), statementCitations(scene.statementId()));
        assertEquals(List.of(scene.firstCitation(), id), citationIdsOf(scene.articleId()));
    }

    @Test
    void addCitationTiesAReactionToOffsetsAndCutsTheExcerptItself() {
        Scene scene = Scene.create();
        int start = scene.body().indexOf("Berlin");
        int end = scene.body().indexOf(" Rome");

        JsonPath citation = add(map("reactionId", scene.reactionId(),
                "citation", cite(scene.articleId(), start, end)));

        assertEquals("Berlin rejected it.", citation.getString("excerpt"));
        assertEquals(start, citation.getInt("startOffset"));
        assertEquals(end, citation.getInt("endOffset"));
        assertEquals(scene.reactionId(), citation.getString("reaction.id"));
        assertNull(citation.get("statement"));
        assertEquals(List.of(citation.getString("id")), GraphQL.data("reaction/reaction",
                Map.of("id", scene.reactionId())).getList("reaction.citations.id"));
    }

    @Test
    void offsetsCountUtf16CodeUnits() {
        String token = token();
        String body = "Szijjártó 🇭🇺 said " + token + ": “Não” — 😀 then the quote here.";
        String articleId = article(body);
        String statementId = statement(actor("Speaker " + token), "Quote " + token);

        JsonPath byExcerpt = add(map("statementId", statementId, "citation", cite(articleId, "the quote")));
        assertEquals(body.indexOf("the quote"), byExcerpt.getInt("startOffset"));
        assertEquals(body.indexOf("the quote") + 9, byExcerpt.getInt("endOffset"));

        int start = body.indexOf("“Não”");
        JsonPath byOffsets = add(map("statementId", statementId, "citation", cite(articleId, start, start + 5)));
        assertEquals("“Não”", byOffsets.getString("excerpt"));
    }

    @Test
    void aCitationBacksExactlyOneStatementOrReaction() {
        Scene scene = Scene.create();

        JsonPath both = assertOnlyError(GraphQL.run("citation/addCitation", input(map("statementId",
                scene.statementId(), "reactionId", scene.reactionId(),
                "citation", cite(scene.articleId(), "Berlin rejected it")))), "addCitation");
        assertError(both, "BAD_USER_INPUT", "input.statementId", "exactly one", "statementId", "reactionId");

        JsonPath neither = assertOnlyError(GraphQL.run("citation/addCitation",
                input(map("citation", cite(scene.articleId(), "Berlin rejected it")))), "addCitation");
        assertError(neither, "BAD_USER_INPUT", "input.statementId", "exactly one", "statementId", "reactionId");

        scene.assertNothingStored();
    }

    @Test
    void unknownIdsAreNotFound() {
        Scene scene = Scene.create();

        assertError(assertOnlyError(GraphQL.run("citation/addCitation", input(map("statementId", UNKNOWN_ID,
                "citation", cite(scene.articleId(), "Berlin rejected it")))), "addCitation"),
                "NOT_FOUND", "input.statementId", "no statement", UNKNOWN_ID);
        assertError(assertOnlyError(GraphQL.run("citation/addCitation", input(map("reactionId", UNKNOWN_ID,
                "citation", cite(scene.articleId(), "Berlin rejected it")))), "addCitation"),
                "NOT_FOUND", "input.reactionId", "no reaction", UNKNOWN_ID);
        assertError(assertOnlyError(GraphQL.run("citation/addCitation", input(map("statementId", scene.statementId(),
                "citation", cite(UNKNOWN_ID, "Berlin rejected it")))), "addCitation"),
                "NOT_FOUND", "input.citation.articleId", "no article", UNKNOWN_ID);

        scene.assertNothingStored();
    }

    static Stream<Arguments> invalidCitations() {
        return Stream.of(
                Arguments.of(map("startOffset", 3, "endOffset", 100_000), "endOffset", "100000"),
                Arguments.of(map("startOffset", 100_000, "endOffset", 100_001), "endOffset", "100000"),
                Arguments.of(map("startOffset", 12, "endOffset", 4), "endOffset", "[12, 4)"),
                Arguments.of(map("startOffset", 4, "endOffset", 4), "endOffset", "[4, 4)"),
                Arguments.of(map("startOffset", 0, "endOffset", -1), "endOffset", "0"),
                Arguments.of(map("startOffset", 0, "endOffset", 5, "excerpt", "intro"), "excerpt", "Intro"),
                Arguments.of(map("excerpt", "Lisbon: no."), "excerpt", "does not contain"),
                Arguments.of(map("excerpt", ": no."), "excerpt", "more than once"),
                Arguments.of(map("excerpt", "x".repeat(10_001)), "excerpt", "10000"),
                Arguments.of(map("endOffset", 9), "startOffset", "startOffset"),
                Arguments.of(map(), "excerpt", "excerpt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCitations")
    void addCitationRefusesAnythingThatDoesNotCutTheBodyAndStoresNothing(Map<String, Object> location,
            String field, String mentioned) {
        Scene scene = Scene.create();
        Map<String, Object> citation = map("articleId", scene.articleId());
        citation.putAll(location);

        JsonPath error = assertOnlyError(GraphQL.run("citation/addCitation",
                input(map("statementId", scene.statementId(), "citation", citation))), "addCitation");

        assertError(error, "BAD_USER_INPUT", "input.citation." + field, mentioned);
        scene.assertNothingStored();
    }

    /** Offsets inside the body but in the wrong order are not "outside the body": the message must say so. */
    @Test
    void offsetsInTheWrongOrderAreExplainedAsSuch() {
        Scene scene = Scene.create();

        JsonPath error = assertOnlyError(GraphQL.run("citation/addCitation", input(map("statementId",
                scene.statementId(), "citation", cite(scene.articleId(), 12, 4)))), "addCitation");

        String message = assertError(error, "BAD_USER_INPUT", "input.citation.endOffset", "startOffset", "endOffset")
                .getString("message");
        assertFalse(message.contains("outside"), () -> "[12, 4) lies inside the body; the message says: " + message);
        scene.assertNothingStored();
    }

    // ---------------------------------------------------------------- delete

    @Test
    void deleteCitationRemovesItAndKeepsItsStatement() {
        Scene scene = Scene.create();
        String second = add(map("statementId", scene.statementId(),
                "citation", cite(scene.articleId(), "Paris floated the idea"))).getString("id");

        JsonPath deleted = GraphQL.data("citation/deleteCitation", input(map("id", second, "expectedVersion", 0)));

        assertEquals(second, deleted.getString("deleteCitation.deletedId"));
        assertEquals(List.of(scene.firstCitation()), statementCitations(scene.statementId()));
        assertEquals(List.of(scene.firstCitation()), citationIdsOf(scene.articleId()));
        assertError(assertOnlyError(GraphQL.run("citation/deleteCitation", input(map("id", second))),
                "deleteCitation"), "NOT_FOUND", "input.id", "no citation", second);

        // the last citation too: the statement stays, uncited
        GraphQL.data("citation/deleteCitation", input(map("id", scene.firstCitation())));
        assertEquals(List.of(), statementCitations(scene.statementId()));
    }

    @Test
    void anArticlesBodyIsFrozenOnlyWhileCitationsPointIntoIt() {
        Scene scene = Scene.create();
        String newBody = scene.body() + " Updated.";

        assertError(assertOnlyError(GraphQL.run("article/updateArticle", input(map("id", scene.articleId(),
                "set", map("body", newBody)))), "updateArticle"), "CONFLICT", "input.set.body", "citations");

        GraphQL.data("citation/deleteCitation", input(map("id", scene.firstCitation())));
        JsonPath updated = GraphQL.at(GraphQL.data("article/updateArticle", input(map("id", scene.articleId(),
                "set", map("body", newBody)))), "updateArticle.article");
        assertEquals(newBody, updated.getString("body"));
    }

    @Test
    void deleteWithAStaleExpectedVersionIsAConflictAndDeletesNothing() {
        Scene scene = Scene.create();

        assertError(assertOnlyError(GraphQL.run("citation/deleteCitation", input(map("id", scene.firstCitation(),
                "expectedVersion", 1))), "deleteCitation"), "CONFLICT", "expectedVersion", "version 0", "not 1");

        assertEquals(List.of(scene.firstCitation()), citationIdsOf(scene.articleId()));
    }

    @Test
    void deleteOfAnUnknownCitationIsNotFound() {
        assertError(assertOnlyError(GraphQL.run("citation/deleteCitation", input(map("id", UNKNOWN_ID))),
                "deleteCitation"), "NOT_FOUND", "input.id", "no citation", UNKNOWN_ID);
    }

    // ---------------------------------------------------------------- input the schema refuses

    @Test
    void aCitationWithoutAnArticleOrWithoutACitationIsRefusedByTheSchema() {
        Scene scene = Scene.create();

        assertSchemaError(GraphQL.run("citation/addCitation", input(map("statementId", scene.statementId(),
                "citation", map("excerpt", "Berlin rejected it")))), "addCitation", "articleId");
        assertSchemaError(GraphQL.run("citation/addCitation", input(map("statementId", scene.statementId()))),
                "addCitation", "citation");

        scene.assertNothingStored();
        assertEquals(scene.body(), readArticle(scene.articleId()).getString("body"));
    }

    // ---------------------------------------------------------------- helpers

    private static JsonPath add(Map<String, Object> input) {
        return GraphQL.at(GraphQL.data("citation/addCitation", input(input)), "addCitation.citation");
    }

    private static List<String> statementCitations(String statementId) {
        return new ArrayList<>(GraphQL.data("statement/statement", Map.of("id", statementId))
                .getList("statement.citations.id"));
    }
}
