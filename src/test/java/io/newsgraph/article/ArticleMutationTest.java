package io.newsgraph.article;

import static io.newsgraph.MutationFixtures.actor;
import static io.newsgraph.MutationFixtures.article;
import static io.newsgraph.MutationFixtures.articlesContaining;
import static io.newsgraph.MutationFixtures.assertError;
import static io.newsgraph.MutationFixtures.assertOnlyError;
import static io.newsgraph.MutationFixtures.assertSchemaError;
import static io.newsgraph.MutationFixtures.cite;
import static io.newsgraph.MutationFixtures.citationIdsOf;
import static io.newsgraph.MutationFixtures.createArticle;
import static io.newsgraph.MutationFixtures.input;
import static io.newsgraph.MutationFixtures.map;
import static io.newsgraph.MutationFixtures.reaction;
import static io.newsgraph.MutationFixtures.reactionWithResponse;
import static io.newsgraph.MutationFixtures.readArticle;
import static io.newsgraph.MutationFixtures.statement;
import static io.newsgraph.MutationFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * createArticle, updateArticle and deleteArticle over HTTP: what they store and return, every way they refuse
 * input, and that a refused mutation leaves no trace. Every test works on articles it creates itself, each
 * carrying a unique token so that "nothing was stored" can be counted by a text search for it.
 */
@QuarkusTest
class ArticleMutationTest {

    private static final String UNKNOWN_ID = "987654321";

    // ---------------------------------------------------------------- create

    @Test
    void createArticleStoresEveryFieldAndReturnsItInThePayload() {
        String token = token();
        String body = "Body " + token + ". Paris said something; Kyiv answered.";
        JsonPath article = createArticle(map(
                "title", "  Title " + token + "  ",
                "standfirst", "Standfirst " + token,
                "url", "https://news.example/" + token,
                "outlet", "Example News",
                "author", "A. Writer",
                "publishedAt", "2024-05-05T10:44:00+02:00",
                "language", "pt-BR",
                "body", body));

        assertEquals("Title " + token, article.getString("title"), "the title is stored stripped");
        assertEquals("Standfirst " + token, article.getString("standfirst"));
        assertEquals("https://news.example/" + token, article.getString("url"));
        assertEquals("Example News", article.getString("outlet"));
        assertEquals("A. Writer", article.getString("author"));
        assertEquals(OffsetDateTime.parse("2024-05-05T10:44:00+02:00"),
                OffsetDateTime.parse(article.getString("publishedAt")), "the publisher's offset is kept");
        assertEquals("pt-BR", article.getString("language"));
        assertEquals(body, article.getString("body"));
        assertEquals(sha256(body), article.getString("contentHash"));
        assertEquals(0, article.getInt("version"));
        assertNotNull(article.getString("createdAt"));
        assertFalse(OffsetDateTime.parse(article.getString("updatedAt"))
                .isBefore(OffsetDateTime.parse(article.getString("createdAt"))), "updatedAt is not before createdAt");

        JsonPath stored = readArticle(article.getString("id"));
        assertEquals(article.getString("title"), stored.getString("title"));
        assertEquals(body, stored.getString("body"));
        assertEquals(List.of(), stored.getList("citations"));
        assertEquals(1, articlesContaining(token));
    }

    @Test
    void blankOptionalFieldsAreStoredAsNull() {
        String token = token();
        JsonPath article = createArticle(map("title", "T " + token, "body", "Body " + token,
                "standfirst", "", "outlet", "   ", "author", "", "url", ""));
        assertNull(article.get("standfirst"));
        assertNull(article.get("outlet"));
        assertNull(article.get("author"));
        assertNull(article.get("url"));
    }

    static Stream<Arguments> missingRequiredFields() {
        return Stream.of(
                Arguments.of("title", null, "input.title"),
                Arguments.of("title", "", "input.title"),
                Arguments.of("title", "   ", "input.title"),
                Arguments.of("body", null, "input.body"),
                Arguments.of("body", "", "input.body"),
                Arguments.of("body", " \n\t ", "input.body"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("missingRequiredFields")
    void createArticleRequiresATitleAndABody(String field, String value, String errorField) {
        String token = token();
        Map<String, Object> article = map("title", "Title " + token, "standfirst", "Standfirst " + token,
                "body", "Body " + token);
        article.put(field, value);

        JsonPath error = assertOnlyError(GraphQL.run("article/createArticle", input(article)), "createArticle");

        assertError(error, "BAD_USER_INPUT", errorField, errorField, "required");
        assertEquals(0, articlesContaining(token), "nothing is stored");
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of("title", "t".repeat(1001), "input.title", "1000"),
                Arguments.of("standfirst", "s".repeat(2001), "input.standfirst", "2000"),
                Arguments.of("outlet", "o".repeat(301), "input.outlet", "300"),
                Arguments.of("author", "a".repeat(301), "input.author", "300"),
                Arguments.of("url", "ftp://files.example/article", "input.url", "http"),
                Arguments.of("url", "not a url", "input.url", "http"),
                Arguments.of("url", "javascript:alert(1)", "input.url", "http"),
                Arguments.of("language", "english", "input.language", "language tag"),
                Arguments.of("language", "en_US", "input.language", "language tag"),
                Arguments.of("language", "e", "input.language", "language tag"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidValues")
    void createArticleRefusesInvalidValues(String field, String value, String errorField, String explanation) {
        String token = token();
        Map<String, Object> article = map("title", "Title " + token, "body", "Body " + token);
        article.put(field, value);

        JsonPath error = assertOnlyError(GraphQL.run("article/createArticle", input(article)), "createArticle");

        assertError(error, "BAD_USER_INPUT", errorField, errorField, explanation);
        assertEquals(0, articlesContaining(token), "nothing is stored");
    }

    @Test
    void aUrlCanBeStoredOnlyOnce() {
        String token = token();
        String url = "https://news.example/" + token;
        createArticle(map("title", "First " + token, "body", "First body " + token, "url", url));

        JsonPath error = assertOnlyError(GraphQL.run("article/createArticle",
                input(map("title", "Second " + token, "body", "Second body " + token, "url", url))), "createArticle");

        assertError(error, "CONFLICT", "input.url", url, "already exists");
        assertEquals(1, articlesContaining(token), "only the first is stored");
    }

    @Test
    void aBodyCanBeStoredOnlyOnce() {
        String token = token();
        String body = "The very same text " + token;
        createArticle(map("title", "First " + token, "body", body));

        JsonPath error = assertOnlyError(GraphQL.run("article/createArticle",
                input(map("title", "Second " + token, "body", body))), "createArticle");

        assertError(error, "CONFLICT", "input.body", "body", "already exists");
        assertEquals(1, articlesContaining(token), "only the first is stored");
    }

    // ---------------------------------------------------------------- update

    @Test
    void updateArticleChangesOnlyTheGivenFieldsAndBumpsVersionAndUpdatedAt() {
        String token = token();
        JsonPath created = createArticle(map("title", "Before " + token, "body", "Body " + token,
                "outlet", "Old Outlet", "author", "Old Author", "language", "en"));
        String id = created.getString("id");

        JsonPath updated = GraphQL.at(GraphQL.data("article/updateArticle", input(map("id", id,
                "expectedVersion", 0,
                "set", map("title", "After " + token, "outlet", "New Outlet")))), "updateArticle.article");

        assertEquals(id, updated.getString("id"));
        assertEquals("After " + token, updated.getString("title"));
        assertEquals("New Outlet", updated.getString("outlet"));
        assertEquals("Old Author", updated.getString("author"), "fields left out keep their value");
        assertEquals("en", updated.getString("language"));
        assertEquals(created.getString("body"), updated.getString("body"));
        assertEquals(created.getString("contentHash"), updated.getString("contentHash"));
        assertEquals(1, updated.getInt("version"));
        assertTrue(OffsetDateTime.parse(updated.getString("updatedAt"))
                .isAfter(OffsetDateTime.parse(created.getString("updatedAt"))), "updatedAt moves on");
        assertEquals(OffsetDateTime.parse(created.getString("createdAt")),
                OffsetDateTime.parse(updated.getString("createdAt")), "createdAt stays");

        JsonPath stored = readArticle(id);
        assertEquals("After " + token, stored.getString("title"));
        assertEquals(1, stored.getInt("version"));

        JsonPath cleared = GraphQL.at(GraphQL.data("article/updateArticle", input(map("id", id,
                "expectedVersion", 1, "set", map("outlet", "", "author", "")))), "updateArticle.article");
        assertNull(cleared.get("outlet"), "\"\" clears an optional field");
        assertNull(cleared.get("author"));
        assertEquals(2, cleared.getInt("version"));
    }

    /**
     * One update is one new version, whichever fields it changes: a client that sent expectedVersion 0 and got
     * version 1 back must be able to rely on that.
     */
    @Test
    void oneUpdateIsOneVersionEvenWhenItChangesTheUrlAndTheBody() {
        String token = token();
        String id = article("Body " + token);

        JsonPath updated = GraphQL.at(GraphQL.data("article/updateArticle", input(map("id", id, "expectedVersion", 0,
                "set", map("title", "Retitled " + token, "url", "https://news.example/" + token,
                        "body", "New body " + token)))), "updateArticle.article");

        assertEquals("https://news.example/" + token, updated.getString("url"));
        assertEquals("New body " + token, updated.getString("body"));
        assertEquals(1, updated.getInt("version"));
        assertEquals(1, readArticle(id).getInt("version"));
    }

    @Test
    void anUncitedBodyCanChangeAndGetsANewContentHash() {
        String token = token();
        JsonPath created = createArticle(map("title", "T " + token, "body", "First draft " + token));
        String newBody = "Second draft " + token;

        JsonPath updated = GraphQL.at(GraphQL.data("article/updateArticle",
                input(map("id", created.getString("id"), "set", map("body", newBody)))), "updateArticle.article");

        assertEquals(newBody, updated.getString("body"));
        assertEquals(sha256(newBody), updated.getString("contentHash"));
        assertEquals(1, updated.getInt("version"));
    }

    @Test
    void aCitedBodyCannotChange() {
        String token = token();
        String body = "Reported words " + token + " in a body.";
        String articleId = article(body);
        statement(actor("Speaker " + token), "Statement " + token, cite(articleId, "Reported words"));
        JsonPath before = readArticle(articleId);

        JsonPath error = assertOnlyError(GraphQL.run("article/updateArticle",
                input(map("id", articleId, "set", map("title", "New title " + token, "body", body + " More.")))),
                "updateArticle");

        assertError(error, "CONFLICT", "input.set.body", "citations", "body cannot change");
        assertUnchanged(before, readArticle(articleId));
        // the same body again is no change, so it is accepted
        JsonPath same = GraphQL.at(GraphQL.data("article/updateArticle",
                input(map("id", articleId, "set", map("body", body, "title", "New title " + token)))),
                "updateArticle.article");
        assertEquals(body, same.getString("body"));
        assertEquals("New title " + token, same.getString("title"));
    }

    @Test
    void updateRefusesAnotherArticlesUrlOrBody() {
        String token = token();
        String url = "https://news.example/" + token;
        String takenBody = "Taken body " + token;
        createArticle(map("title", "Holder " + token, "body", takenBody, "url", url));
        String id = article("Own body " + token);
        JsonPath before = readArticle(id);

        JsonPath urlError = assertOnlyError(GraphQL.run("article/updateArticle",
                input(map("id", id, "set", map("title", "Changed " + token, "url", url)))), "updateArticle");
        assertError(urlError, "CONFLICT", "input.set.url", url, "already exists");

        JsonPath bodyError = assertOnlyError(GraphQL.run("article/updateArticle",
                input(map("id", id, "set", map("title", "Changed " + token, "body", takenBody)))), "updateArticle");
        assertError(bodyError, "CONFLICT", "input.set.body", "body", "already exists");

        assertUnchanged(before, readArticle(id));
    }

    static Stream<Arguments> invalidUpdates() {
        return Stream.of(
                Arguments.of(map("title", ""), "input.set.title", "blank"),
                Arguments.of(map("title", "  "), "input.set.title", "blank"),
                Arguments.of(map("body", " "), "input.set.body", "blank"),
                Arguments.of(map("title", "t".repeat(1001)), "input.set.title", "1000"),
                Arguments.of(map("url", "ftp://files.example/a"), "input.set.url", "http"),
                Arguments.of(map("language", "english!"), "input.set.language", "language tag"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUpdates")
    void updateRefusesInvalidValuesAndChangesNothing(Map<String, Object> set, String field, String explanation) {
        String token = token();
        String id = article("Body " + token);
        JsonPath before = readArticle(id);
        Map<String, Object> change = map("outlet", "Should not be stored");
        change.putAll(set);

        JsonPath error = assertOnlyError(GraphQL.run("article/updateArticle", input(map("id", id, "set", change))),
                "updateArticle");

        assertError(error, "BAD_USER_INPUT", field, field, explanation);
        assertUnchanged(before, readArticle(id));
    }

    @Test
    void updateWithAStaleExpectedVersionIsAConflictAndChangesNothing() {
        String token = token();
        String id = article("Body " + token);
        GraphQL.data("article/updateArticle", input(map("id", id, "expectedVersion", 0,
                "set", map("title", "Someone else's edit " + token))));
        JsonPath before = readArticle(id);

        JsonPath error = assertOnlyError(GraphQL.run("article/updateArticle",
                input(map("id", id, "expectedVersion", 0, "set", map("title", "My stale edit " + token)))),
                "updateArticle");

        assertError(error, "CONFLICT", "expectedVersion", "version 1", "not 0");
        assertUnchanged(before, readArticle(id));
    }

    @Test
    void updateOfAnUnknownArticleIsNotFound() {
        JsonPath error = assertOnlyError(GraphQL.run("article/updateArticle",
                input(map("id", UNKNOWN_ID, "set", map("title", "Anything")))), "updateArticle");
        assertError(error, "NOT_FOUND", "input.id", "no article", UNKNOWN_ID);
    }

    // ---------------------------------------------------------------- delete

    @Test
    void deleteArticleRemovesIt() {
        String token = token();
        String id = article("Body " + token);

        JsonPath deleted = GraphQL.data("article/deleteArticle", input(map("id", id, "expectedVersion", 0)));

        assertEquals(id, deleted.getString("deleteArticle.deletedArticleId"));
        assertEquals(0, deleted.getInt("deleteArticle.removedCitationCount"));
        assertEquals(List.of(), deleted.getList("deleteArticle.deletedStatementIds"));
        assertEquals(List.of(), deleted.getList("deleteArticle.deletedReactionIds"));
        assertEquals(0, articlesContaining(token));
        assertError(GraphQL.error("article/article", Map.of("id", id)), "NOT_FOUND", "id", "no article", id);
    }

    @Test
    void deleteWithAStaleExpectedVersionIsAConflictAndDeletesNothing() {
        String token = token();
        String id = article("Body " + token);
        String statementId = statement(actor("Speaker " + token), "Statement " + token, cite(id, "Body"));
        GraphQL.data("article/updateArticle", input(map("id", id, "set", map("title", "Edited " + token))));
        JsonPath before = readArticle(id);

        JsonPath error = assertOnlyError(GraphQL.run("article/deleteArticle",
                input(map("id", id, "expectedVersion", 0))), "deleteArticle");

        assertError(error, "CONFLICT", "expectedVersion", "version 1", "not 0");
        assertUnchanged(before, readArticle(id));
        assertEquals(1, citationIdsOf(id).size());
        GraphQL.data("statement/statement", Map.of("id", statementId));
    }

    @Test
    void deleteOfAnUnknownArticleIsNotFound() {
        JsonPath error = assertOnlyError(GraphQL.run("article/deleteArticle", input(map("id", UNKNOWN_ID))),
                "deleteArticle");
        assertError(error, "NOT_FOUND", "input.id", "no article", UNKNOWN_ID);
    }

    /**
     * Article A is deleted; article B stays. What A alone reported goes with it, what B (or a reaction B reports)
     * still needs stays:
     * <ul>
     * <li>shared: a statement both cite, and the target of a reaction only A reports → stays, with B's citation;</li>
     * <li>onlyA: a statement only A cites → deleted;</li>
     * <li>targetOfB: a statement only A cites, targeted by a reaction B reports → stays, without citations;</li>
     * <li>responseOfB: a statement only A cites, the response of a reaction B reports → stays;</li>
     * <li>responseOfA: a statement only A cites, the response of a reaction only A reports → deleted with it;</li>
     * <li>reactionA (only A reports it) → deleted; reactionB and reactionAB (B reports them) → stay.</li>
     * </ul>
     */
    @Test
    void deleteArticleRemovesWhatOnlyItReportedAndKeepsWhatAnotherArticleStillNeeds() {
        String token = token();
        String a = article("Article A " + token + ": shared words. only-A words. target words."
                + " response-B words. response-A words. reaction-A words. reaction-AB words.");
        String b = article("Article B " + token + ": shared words. reaction-B words. reaction-AB words.");
        String speaker = actor("Speaker " + token);
        String reactor = actor("Reactor " + token);

        String shared = statement(speaker, "Shared " + token, cite(a, "shared words"), cite(b, "shared words"));
        String onlyA = statement(speaker, "Only A " + token, cite(a, "only-A words"));
        String targetOfB = statement(speaker, "Target of B " + token, cite(a, "target words"));
        String responseOfB = statement(reactor, "Response of B " + token, cite(a, "response-B words"));
        String responseOfA = statement(reactor, "Response of A " + token, cite(a, "response-A words"));
        String reactionB = reactionWithResponse(reactor, targetOfB, "OPPOSES", responseOfB,
                cite(b, "reaction-B words"));
        String reactionA = reactionWithResponse(reactor, shared, "WARNS", responseOfA,
                cite(a, "reaction-A words"));
        String reactionAB = reaction(reactor, shared, "DOUBTS", cite(a, "reaction-AB words"),
                cite(b, "reaction-AB words"));
        List<String> citationsOfB = citationIdsOf(b);
        assertEquals(3, citationsOfB.size());
        assertEquals(7, citationIdsOf(a).size());

        JsonPath deleted = GraphQL.at(GraphQL.data("article/deleteArticle", input(map("id", a))), "deleteArticle");

        assertEquals(a, deleted.getString("deletedArticleId"));
        assertEquals(7, deleted.getInt("removedCitationCount"));
        assertEquals(Set.of(onlyA, responseOfA), Set.copyOf(deleted.getList("deletedStatementIds")));
        assertEquals(List.of(reactionA), deleted.getList("deletedReactionIds"));

        assertEquals(0, articlesContaining("Article A " + token));
        assertEquals(citationsOfB, citationIdsOf(b), "B's citations are untouched");
        for (String gone : List.of(onlyA, responseOfA)) {
            assertError(GraphQL.error("statement/statement", Map.of("id", gone)), "NOT_FOUND", "id", gone);
        }
        assertError(GraphQL.error("reaction/reaction", Map.of("id", reactionA)), "NOT_FOUND", "id", reactionA);

        JsonPath sharedNow = GraphQL.at(GraphQL.data("statement/statement", Map.of("id", shared)), "statement");
        assertEquals(List.of(b), sharedNow.getList("citations.article.id"), "shared keeps B's citation only");
        assertEquals(List.of(reactionAB), sharedNow.getList("reactions.id"));
        JsonPath targetNow = GraphQL.at(GraphQL.data("statement/statement", Map.of("id", targetOfB)), "statement");
        assertEquals(List.of(), targetNow.getList("citations"), "kept for the reaction B reports");
        assertEquals(List.of(reactionB), targetNow.getList("reactions.id"));
        GraphQL.data("statement/statement", Map.of("id", responseOfB));
        JsonPath reactionBNow = GraphQL.at(GraphQL.data("reaction/reaction", Map.of("id", reactionB)), "reaction");
        assertEquals(responseOfB, reactionBNow.getString("response.id"));
        JsonPath reactionABNow = GraphQL.at(GraphQL.data("reaction/reaction", Map.of("id", reactionAB)),
                "reaction");
        assertEquals(List.of(b), reactionABNow.getList("citations.article.id"));
    }

    // ---------------------------------------------------------------- input the schema refuses

    @Test
    void leavingOutTheInputIsRefusedByTheSchema() {
        assertSchemaError(GraphQL.run("article/deleteArticleWithoutInput"), "deleteArticle", "input");
        assertSchemaError(GraphQL.run("article/createArticle", null), "createArticle", "input");
    }

    @Test
    void leavingOutTheChangesOfAnUpdateIsRefusedByTheSchema() {
        String token = token();
        String id = article("Body " + token);
        JsonPath before = readArticle(id);

        assertSchemaError(GraphQL.run("article/updateArticle", input(map("id", id))), "updateArticle", "set");
        assertSchemaError(GraphQL.run("article/updateArticle", input(map("id", id, "set", null))), "updateArticle",
                "set");
        assertUnchanged(before, readArticle(id));
    }

    @Test
    void anUnknownInputFieldIsRefusedByTheSchema() {
        String token = token();
        JsonPath response = GraphQL.run("article/createArticle",
                input(map("title", "T " + token, "body", "Body " + token, "headline", "no such field")));
        assertSchemaError(response, "createArticle", "headline");
        assertEquals(0, articlesContaining(token));
    }

    // ---------------------------------------------------------------- helpers

    /** Every stored field, the version and the citations are as they were. */
    private static void assertUnchanged(JsonPath before, JsonPath after) {
        assertEquals(before.getMap("$"), after.getMap("$"));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
