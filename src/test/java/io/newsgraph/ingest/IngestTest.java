package io.newsgraph.ingest;

import static io.newsgraph.MutationFixtures.input;
import static io.newsgraph.MutationFixtures.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.extract.Extraction;
import io.newsgraph.reaction.Stance;
import io.newsgraph.statement.StatementKind;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ingestion's persistence: storing, matching against the graph, idempotence and all-or-nothing failure. */
@QuarkusTest
@TestProfile(ScriptedExtractionProfile.class)
class IngestTest {

    private static final Random RANDOM = new Random();

    @Test
    void storesTheArticleItsActorsStatementsAndReactionsWithCitations() {
        String surname = surname();
        String body = "Minister Ivan " + surname + " said: \"The bridge will open in May.\" "
                + "Mayor Olga Brenner rejected the plan, calling it \"a fantasy\".";
        script(body, new Script(body)
                .actor("Ivan " + surname, "Minister", "Minister Ivan " + surname)
                .actor("Olga Brenner " + surname, "Mayor", "Mayor Olga Brenner")
                .quote(0, "The bridge will open in May.")
                .quote(1, "a fantasy")
                .reaction(1, Stance.REJECTS, 0, 1, "Mayor Olga Brenner rejected the plan"));

        JsonPath payload = ingest(article(body, url()));

        assertTrue(payload.getBoolean("created"));
        assertEquals(2, payload.getInt("statementsCreated"));
        assertEquals(1, payload.getInt("reactionsCreated"));
        assertEquals(2, payload.getInt("actorsCreated"));
        assertEquals(List.of("CREATED", "CREATED"), payload.getList("actors.outcome"));
        assertEquals(List.of("Ivan " + surname, "Olga Brenner " + surname), payload.getList("actors.nameInArticle"));
        assertEquals(List.of("The bridge will open in May.", "a fantasy"),
                payload.getList("statements.statement.text"));
        assertEquals(List.of("CREATED", "CREATED"), payload.getList("statements.outcome"));
        assertEquals(List.of("REJECTS"), payload.getList("reactions.reaction.stance"));
        assertEquals(List.of("CREATED"), payload.getList("reactions.outcome"));
        assertEquals(body, payload.getString("article.body"));
        assertEquals(List.of("Ivan " + surname, "Olga Brenner " + surname), payload.getList("article.actors.name"));
        assertEquals("Minister", payload.getString("article.actors[0].role"));
        assertEquals("The bridge will open in May.", payload.getString("article.statements[0].text"));
        assertEquals("DIRECT_QUOTE", payload.getString("article.statements[0].kind"));
        assertEquals("Ivan " + surname, payload.getString("article.statements[0].speaker.name"));
        int start = payload.getInt("article.statements[0].citations[0].startOffset");
        int end = payload.getInt("article.statements[0].citations[0].endOffset");
        assertEquals("The bridge will open in May.", body.substring(start, end));
        assertEquals("REJECTS", payload.getString("article.reactions[0].stance"));
        assertEquals("The bridge will open in May.", payload.getString("article.reactions[0].target.text"));
        assertEquals("a fantasy", payload.getString("article.reactions[0].response.text"));
        assertEquals("Mayor Olga Brenner rejected the plan",
                payload.getString("article.reactions[0].citations[0].excerpt"));
    }

    @Test
    void reIngestingTheSameUrlOrTheSameTextChangesNothing() {
        String surname = surname();
        String body = "Senator Ana " + surname + " said \"we will vote no\".";
        script(body, new Script(body).actor("Ana " + surname, null, "Senator Ana " + surname)
                .quote(0, "we will vote no"));
        String url = url();
        JsonPath first = ingest(article(body, url));
        Map<String, Integer> before = counts();

        JsonPath sameUrl = ingest(article(body + " (updated)", url));
        JsonPath sameText = ingest(article("  " + body + "\n", url()));

        assertFalse(sameUrl.getBoolean("created"));
        assertFalse(sameText.getBoolean("created"));
        assertEquals(first.getString("article.id"), sameUrl.getString("article.id"));
        assertEquals(first.getString("article.id"), sameText.getString("article.id"));
        assertEquals(0, sameText.getInt("statementsCreated") + sameText.getInt("statementsMatched"));
        assertEquals(List.of(), sameText.getList("statements"));
        assertEquals(1, sameText.getList("article.statements").size());
        assertEquals(before, counts());
    }

    @Test
    void aSecondOutletsReportOfTheSameQuoteAddsACitationAndTheNewSpellingAsAnAlias() {
        String surname = surname();
        String first = "MP Oleksiy " + surname + " told LCI it was \"absolutely possible\" that troops come.";
        String second = "Aleksey " + surname + ", a Ukrainian MP, said troops were \u201cabsolutely possible.\u201d";
        script(first, new Script(first).actor("Oleksiy " + surname, "MP", "MP Oleksiy " + surname)
                .quote(0, "absolutely possible"));
        script(second, new Script(second).actor("Aleksey " + surname, "Ukrainian MP", "Aleksey " + surname)
                .quote(0, "absolutely possible."));
        JsonPath one = ingest(article(first, url()));

        JsonPath two = ingest(article(second, url()));

        assertEquals(0, two.getInt("actorsCreated"));
        assertEquals(1, two.getInt("actorsMatched"));
        assertEquals(0, two.getInt("statementsCreated"));
        assertEquals(1, two.getInt("statementsMatched"));
        String statementId = one.getString("article.statements[0].id");
        assertEquals(statementId, two.getString("article.statements[0].id"));
        assertEquals("MATCHED", two.getString("statements[0].outcome"));
        assertEquals(statementId, two.getString("statements[0].statement.id"), "merged into the first report");
        assertEquals("MATCHED", two.getString("actors[0].outcome"));
        assertEquals("Aleksey " + surname, two.getString("actors[0].nameInArticle"));
        assertEquals("Oleksiy " + surname, two.getString("actors[0].matchedName"));
        assertEquals(List.of(one.getString("article.id"), two.getString("article.id")),
                two.getList("article.statements[0].citations.article.id"));
        assertEquals("Oleksiy " + surname, two.getString("article.statements[0].speaker.name"));
        assertEquals(List.of("Aleksey " + surname), two.getList("article.statements[0].speaker.aliases"));
    }

    @Test
    void matchesActorsOfTheGraphAcrossAccentsAndTransliterations() {
        String body = "Peter Szijjarto met Dmytro Peskov " + surname() + ". \"We agree,\" Szijjarto said.";
        script(body, new Script(body).actor("Peter Szijjarto", null, "Szijjarto").quote(0, "We agree,")
                .actor("Dmytro Peskov", null, "Dmytro Peskov").quote(1, "met"));

        JsonPath payload = ingest(article(body, url()));

        assertEquals(2, payload.getInt("actorsMatched"));
        assertEquals(0, payload.getInt("actorsCreated"));
        assertEquals(List.of("Dmitry Peskov", "Péter Szijjártó"), payload.getList("article.actors.name"));
        assertEquals(List.of("MATCHED", "MATCHED"), payload.getList("actors.outcome"));
        assertEquals(List.of("Peter Szijjarto", "Dmytro Peskov"), payload.getList("actors.nameInArticle"));
        assertEquals(List.of("Péter Szijjártó", "Dmitry Peskov"), payload.getList("actors.matchedName"));
        assertTrue(payload.getList("article.actors[0].aliases").contains("Dmytro Peskov"));
    }

    /**
     * "Mr. Szijjarto" is the seed's Péter Szijjártó (title dropped, accents folded), and "Péter Szijjarto", a
     * spelling that differs from his name only in accents, is not kept as an alias: ingestion and the API's
     * addAlias decide what is a new spelling with the same normaliser.
     */
    @Test
    void aTitledNameWithoutAccentsIsTheSeedsActorAndAddsNoAlias() {
        String body = "\"We will not send troops " + surname() + ",\" Mr. Szijjarto said. Péter Szijjarto left.";
        script(body, new Script(body).actor("Péter Szijjarto", null, "Mr. Szijjarto", "Péter Szijjarto")
                .quote(0, "We will not send troops"));

        JsonPath payload = ingest(article(body, url()));

        assertEquals(0, payload.getInt("actorsCreated"));
        assertEquals(1, payload.getInt("actorsMatched"));
        assertEquals(List.of("Péter Szijjártó"), payload.getList("article.actors.name"));
        assertEquals(List.of("Péter Szijjártó"), payload.getList("actors.matchedName"));
        assertEquals(List.of("Szijjarto"), payload.getList("article.actors[0].aliases"));
    }

    @Test
    void anInvalidExtractionMidBatchLeavesNothingBehind() {
        String good = "Governor Lea " + surname() + " said \"we are ready\".";
        String bad = "Governor Max " + surname() + " said \"we are not\".";
        script(good, new Script(good).actor("Lea Good", null, "Governor Lea").quote(0, "we are ready"));
        script(bad, new Script(bad).actor("Max Bad", null, "Governor Max")
                .statement(0, StatementKind.DIRECT_QUOTE, "we are not", new Extraction.Span(5, bad.length() + 10)));
        Map<String, Integer> before = counts();

        JsonPath error = GraphQL.error("ingest/ingestArticles",
                input(map("articles", List.of(article(good, url()), article(bad, url())))));

        assertEquals("INTERNAL_SERVER_ERROR", error.getString("extensions.code"));
        assertEquals(before, counts());
    }

    @Test
    void aDatabaseFailureMidArticleLeavesNothingBehind() {
        String body = "Chair Rosa " + surname() + " spoke at length. " + "x".repeat(10_050);
        script(body, new Script(body).actor("Rosa Long", null, "Chair Rosa")
                .quote(0, "spoke at length.")
                .statement(0, StatementKind.PARAPHRASE, body.substring(body.indexOf('x')),
                        new Extraction.Span(body.indexOf('x'), body.length())));
        Map<String, Integer> before = counts();

        JsonPath error = GraphQL.error("ingest/ingestArticle", input(article(body, url())));

        assertEquals("INTERNAL_SERVER_ERROR", error.getString("extensions.code"));
        assertEquals(before, counts());
    }

    @Test
    void aBatchIsStoredWholeAndRepeatsWithinItAreNotStoredTwice() {
        String a = "Article A " + surname() + " has no quotes.";
        String b = "Article B " + surname() + " has none either.";
        String url = url();

        JsonPath results = GraphQL.data("ingest/ingestArticles",
                input(map("articles", List.of(article(a, url), article(b, url()), article(a, url)))));

        assertEquals(List.of(true, true, false), results.getList("ingestArticles.results.created"));
        assertEquals(results.getString("ingestArticles.results[0].article.id"),
                results.getString("ingestArticles.results[2].article.id"));
    }

    @Test
    void refusesOversizedBatchesAndArticlesWithoutText() {
        List<Map<String, Object>> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(article("Batch article " + i + " " + surname(), url()));
        }
        Map<String, Integer> before = counts();

        JsonPath tooMany = GraphQL.error("ingest/ingestArticles", input(map("articles", four)));
        JsonPath blank = GraphQL.error("ingest/ingestArticle", input(article("   ", url())));
        JsonPath badUrl = GraphQL.error("ingest/ingestArticles",
                input(map("articles", List.of(article("Some text " + surname(), "ftp://x")))));
        JsonPath tooLong = GraphQL.error("ingest/ingestArticle",
                input(article("Long \"words\" " + surname() + " " + "\"a\" said B. ".repeat(9_000), url())));

        assertEquals("BAD_USER_INPUT", tooMany.getString("extensions.code"));
        assertEquals("input.articles", tooMany.getString("extensions.field"));
        assertEquals("BAD_USER_INPUT", blank.getString("extensions.code"));
        assertEquals("input.content", blank.getString("extensions.field"));
        assertEquals("input.articles[0].url", badUrl.getString("extensions.field"));
        assertEquals("BAD_USER_INPUT", tooLong.getString("extensions.code"));
        assertTrue(tooLong.getString("message").contains("at most 100,000 are extracted"), tooLong::prettify);
        assertEquals(before, counts());
    }

    // ------------------------------------------------------------------ helpers

    static JsonPath ingest(Map<String, Object> article) {
        return GraphQL.at(GraphQL.data("ingest/ingestArticle", input(article)), "ingestArticle");
    }

    static Map<String, Object> article(String content, String url) {
        return map("title", "Title " + content.substring(0, Math.min(content.length(), 30)), "outlet", "Test Wire",
                "url", url, "publishedAt", "2024-05-05T10:44:00+02:00", "content", content);
    }

    static Map<String, Integer> counts() {
        JsonPath data = GraphQL.data("ingest/counts");
        return Map.of("articles", data.getInt("articles.totalCount"), "actors", data.getInt("actors.totalCount"),
                "statements", data.getInt("statements.totalCount"), "reactions", data.getInt("reactions.totalCount"));
    }

    /** A surname no other test uses (letters only, so name matching treats it as a word). */
    static String surname() {
        StringBuilder name = new StringBuilder("Q");
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }

    static String url() {
        return "https://news.example/" + surname().toLowerCase();
    }

    static void script(String body, Script script) {
        ScriptedExtractor.script(body, script.build());
    }

    /** Builds an extraction for a body, locating each quoted text in it. */
    static final class Script {
        private final String body;
        private final List<Extraction.Actor> actors = new ArrayList<>();
        private final List<Extraction.Statement> statements = new ArrayList<>();
        private final List<Extraction.Reaction> reactions = new ArrayList<>();

        Script(String body) {
            this.body = body;
        }

        Script actor(String name, String role, String... forms) {
            actors.add(new Extraction.Actor(name, ActorKind.PERSON, role, List.of(forms)));
            return this;
        }

        Script quote(int speaker, String text) {
            return statement(speaker, StatementKind.DIRECT_QUOTE, text, span(text));
        }

        /** A direct quote extraction is {@code confidence} sure of, found by {@code cue}; speaker -1 for none. */
        Script quote(int speaker, String text, double confidence, String cue) {
            statements.add(new Extraction.Statement(speaker, StatementKind.DIRECT_QUOTE, text, span(text), confidence,
                    cue));
            return this;
        }

        Script statement(int speaker, StatementKind kind, String text, Extraction.Span span) {
            statements.add(new Extraction.Statement(speaker, kind, text, span, 1.0, "said"));
            return this;
        }

        Script reaction(int actor, Stance stance, int target, int response, String excerpt) {
            reactions.add(new Extraction.Reaction(actor, stance, target, response, span(excerpt), 1.0, "scripted"));
            return this;
        }

        private Extraction.Span span(String text) {
            int start = body.indexOf(text);
            if (start < 0) {
                throw new IllegalArgumentException("not in the body: " + text);
            }
            return new Extraction.Span(start, start + text.length());
        }

        Extraction build() {
            return new Extraction(actors, statements, reactions);
        }
    }
}
