package io.newsgraph.coverage;

import static io.newsgraph.SeedLookup.ABSOLUTELY_POSSIBLE;
import static io.newsgraph.SeedLookup.CROSETTO_ESCALATION;
import static io.newsgraph.SeedLookup.DAGENS;
import static io.newsgraph.SeedLookup.FLOATED;
import static io.newsgraph.SeedLookup.GONCHARENKO;
import static io.newsgraph.SeedLookup.GOOD_SIGNAL;
import static io.newsgraph.SeedLookup.MACRON;
import static io.newsgraph.SeedLookup.MAY_REQUEST;
import static io.newsgraph.SeedLookup.RT;
import static io.newsgraph.SeedLookup.UNKNOWN_ID;
import static io.newsgraph.SeedLookup.VERY_GOOD_SIGNAL;
import static io.newsgraph.SeedLookup.dagensId;
import static io.newsgraph.SeedLookup.list;
import static io.newsgraph.SeedLookup.nodes;
import static io.newsgraph.SeedLookup.pluck;
import static io.newsgraph.SeedLookup.rtId;
import static io.newsgraph.SeedLookup.string;
import static io.newsgraph.SeedLookup.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code coverage} query: which statements each article reports, which only one does, and where the two seed
 * articles disagree — on who said "good signal" (and in what words), and on how "absolutely possible" is quoted.
 * Comparisons of all articles are checked for consistency and for the seed's facts only, since other test classes may
 * add articles; comparisons of named seed articles are checked exactly.
 */
@QuarkusTest
class CoverageQueryTest {

    private static final String COULD_BE_AN_OPTION = "Macron suggested that deploying foreign troops in Ukraine could"
            + " be an option to consider.";
    private static final Set<String> SHARED = Set.of(MAY_REQUEST, ABSOLUTELY_POSSIBLE, CROSETTO_ESCALATION,
            COULD_BE_AN_OPTION);

    // ---------------------------------------------------------------- all articles (no articleIds)

    @Test
    void withoutArticleIdsEveryArticleIsCompared() {
        JsonPath all = GraphQL.data("article/articles", vars("first", 100));
        if (all.getInt("articles.totalCount") > 50) {
            JsonPath error = GraphQL.error("coverage/coverage", vars());
            assertEquals("BAD_USER_INPUT", error.getString("extensions.code"));
            assertEquals("filter.articleIds", error.getString("extensions.field"));
            return;
        }
        JsonPath coverage = coverage(GraphQL.data("coverage/coverage", vars()));
        assertEquals(Set.copyOf(all.getList("articles.nodes.id")), Set.copyOf(coverage.getList("articles.id")));
        assertTrue(coverage.getList("articles.id").containsAll(List.of(dagensId(), rtId())));
        assertConsistent(coverage, 100);

        // the seed's statements are reported as the seed says
        assertEquals(Set.of(DAGENS, RT), Set.copyOf(pluck(articlesOf(coverage, ABSOLUTELY_POSSIBLE), "outlet")));
        assertEquals(List.of(DAGENS), pluck(articlesOf(coverage, GOOD_SIGNAL), "outlet"));
        assertEquals(List.of(RT), pluck(articlesOf(coverage, VERY_GOOD_SIGNAL), "outlet"));
        assertEquals(List.of(DAGENS), pluck(articlesOf(coverage, FLOATED), "outlet"));
        assertTrue(coverage.getList("exclusive.statement.text").containsAll(List.of(GOOD_SIGNAL, VERY_GOOD_SIGNAL,
                FLOATED)));
        assertTrue(coverage.getInt("statementCount") >= 30);
    }

    @Test
    void withoutArticleIdsTheSeedDisagreementsShow() {
        assumeAllArticlesCanBeCompared();
        JsonPath coverage = coverage(GraphQL.data("coverage/coverage", vars()));
        assertSeedDisagreements(nodes(coverage, "disagreements"));
    }

    @Test
    void firstCapsTheListsButNotTheCounts() {
        assumeAllArticlesCanBeCompared();
        JsonPath full = coverage(GraphQL.data("coverage/coverage", vars()));
        JsonPath two = coverage(GraphQL.data("coverage/coverage", vars("first", 2)));
        assertEquals(2, two.getList("statements").size());
        assertEquals(2, two.getList("exclusive").size());
        assertEquals(2, two.getList("disagreements").size());
        assertEquals(full.getList("statements.statement.id").subList(0, 2), two.getList("statements.statement.id"));
        assertEquals(full.getList("exclusive.statement.id").subList(0, 2), two.getList("exclusive.statement.id"));
        for (String count : List.of("statementCount", "sharedCount", "exclusiveCount")) {
            assertEquals(full.getInt(count), two.getInt(count), count);
        }
        assertEquals(full.getList("articles.id"), two.getList("articles.id"), "every article is still compared");

        JsonPath none = coverage(GraphQL.data("coverage/coverage", vars("first", 0)));
        assertEquals(List.of(), none.getList("statements"));
        assertEquals(List.of(), none.getList("exclusive"));
        assertEquals(List.of(), none.getList("disagreements"));
        assertEquals(full.getInt("statementCount"), none.getInt("statementCount"));
    }

    @ParameterizedTest
    @ValueSource(ints = {101, -1})
    void firstOutsideZeroToAHundredIsRefused(int first) {
        JsonPath error = GraphQL.error("coverage/coverage", vars("first", first));
        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"));
        assertEquals("first", error.getString("extensions.field"));
    }

    // ---------------------------------------------------------------- chosen articles

    @Test
    void theTwoSeedArticlesShareFourStatements() {
        JsonPath coverage = coverageOf(List.of(rtId(), dagensId()));
        assertEquals(List.of(dagensId(), rtId()), coverage.getList("articles.id"), "oldest first");
        assertEquals(30, coverage.getInt("statementCount"));
        assertEquals(4, coverage.getInt("sharedCount"));
        assertEquals(26, coverage.getInt("exclusiveCount"));
        assertConsistent(coverage, 100);

        List<Map<String, Object>> statements = nodes(coverage, "statements");
        assertEquals(SHARED, Set.copyOf(pluck(statements.subList(0, 4), "statement.text")), "most reported first");
        statements.subList(0, 4).forEach(s -> assertEquals(List.of(DAGENS, RT), pluck(list(s, "articles"), "outlet")));

        List<Map<String, Object>> exclusive = nodes(coverage, "exclusive");
        assertEquals(10, exclusive.stream().filter(e -> pluck(list(e, "articles"), "outlet").equals(List.of(DAGENS)))
                .count(), "Dagens.com alone reports 10");
        assertEquals(16, exclusive.stream().filter(e -> pluck(list(e, "articles"), "outlet").equals(List.of(RT)))
                .count(), "RT alone reports 16");
        assertTrue(pluck(exclusive, "statement.text").containsAll(List.of(GOOD_SIGNAL, VERY_GOOD_SIGNAL, FLOATED)));

        List<Map<String, Object>> differing = statements.stream().filter(s -> (Boolean) s.get("wordingDiffers"))
                .toList();
        assertEquals(List.of(ABSOLUTELY_POSSIBLE), pluck(differing, "statement.text"));
        assertEquals(Set.of("It is absolutely possible", ABSOLUTELY_POSSIBLE),
                Set.copyOf(pluck(list(differing.get(0), "citations"), "excerpt")));
    }

    @Test
    void theTwoSeedArticlesDisagreeOnGoodSignalAndOnAbsolutelyPossible() {
        JsonPath coverage = coverageOf(List.of(dagensId(), rtId()));
        List<Map<String, Object>> disagreements = nodes(coverage, "disagreements");
        assertEquals(2, disagreements.size(), disagreements::toString);
        assertSeedDisagreements(disagreements);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RT", "Dagens.com"})
    void aSingleArticleHasNothingExclusiveAndNoDisagreement(String outlet) {
        String articleId = outlet.equals(RT) ? rtId() : dagensId();
        int reported = outlet.equals(RT) ? 20 : 14;
        JsonPath coverage = coverageOf(List.of(articleId));
        assertEquals(List.of(articleId), coverage.getList("articles.id"));
        assertEquals(reported, coverage.getInt("statementCount"));
        assertEquals(reported, coverage.getInt("sharedCount"), "one article reports all it reports");
        assertEquals(0, coverage.getInt("exclusiveCount"), "nothing is exclusive without another article");
        assertEquals(List.of(), coverage.getList("exclusive"));
        assertEquals(List.of(), coverage.getList("disagreements"));
        for (Map<String, Object> entry : nodes(coverage, "statements")) {
            assertTrue((Boolean) entry.get("reportedByAll"), entry::toString);
            assertFalse((Boolean) entry.get("exclusive"), entry::toString);
            assertFalse((Boolean) entry.get("wordingDiffers"), entry::toString);
        }
        assertConsistent(coverage, 100);
    }

    @Test
    void anArticleNamedTwiceIsComparedOnce() {
        JsonPath coverage = coverageOf(List.of(rtId(), rtId()));
        assertEquals(List.of(rtId()), coverage.getList("articles.id"));
        assertEquals(20, coverage.getInt("statementCount"));
        assertEquals(0, coverage.getInt("exclusiveCount"));
    }

    @Test
    void namingEveryArticleIsTheSameAsNamingNone() {
        JsonPath all = coverage(GraphQL.data("coverage/coverage", vars()));
        JsonPath named = coverageOf(all.getList("articles.id"));
        assertEquals(all.<Object>get(), named.<Object>get());
    }

    @Test
    void anUnknownArticleIsNotFound() {
        JsonPath response = GraphQL.run("coverage/coverage", vars("ids", List.of(rtId(), UNKNOWN_ID)));
        JsonPath error = GraphQL.error(response);
        assertEquals("NOT_FOUND", error.getString("extensions.code"), error::prettify);
        assertEquals("filter.articleIds", error.getString("extensions.field"));
        assertTrue(error.getString("message").contains(UNKNOWN_ID), error::prettify);
    }

    @Test
    void firstCapsTheListsOfChosenArticlesButNotTheirCounts() {
        JsonPath coverage = GraphQL.at(GraphQL.data("coverage/coverage",
                vars("ids", List.of(dagensId(), rtId()), "first", 3)), "coverage");
        assertEquals(3, coverage.getList("statements").size());
        assertEquals(3, coverage.getList("exclusive").size());
        assertEquals(2, coverage.getList("disagreements").size());
        assertEquals(List.of(30, 4, 26), List.of(coverage.getInt("statementCount"), coverage.getInt("sharedCount"),
                coverage.getInt("exclusiveCount")));
    }

    // ---------------------------------------------------------------- helpers

    /** Comparing all articles is refused beyond 50 (see the first test); other test classes may have added many. */
    private static void assumeAllArticlesCanBeCompared() {
        long articles = GraphQL.data("article/articles", vars("first", 0)).getLong("articles.totalCount");
        assumeTrue(articles <= 50, () -> articles + " articles: too many to compare without articleIds");
    }

    private static JsonPath coverage(JsonPath data) {
        return GraphQL.at(data, "coverage");
    }

    private static JsonPath coverageOf(List<String> articleIds) {
        return coverage(GraphQL.data("coverage/coverage", vars("ids", articleIds)));
    }

    /** The articles reporting the one statement with this exact text. */
    private static List<Map<String, Object>> articlesOf(JsonPath coverage, String text) {
        List<Map<String, Object>> entries = nodes(coverage, "statements").stream()
                .filter(s -> text.equals(string(s, "statement.text"))).toList();
        assertEquals(1, entries.size(), () -> "coverage entries for \"" + text + "\": " + entries);
        return list(entries.get(0), "articles");
    }

    /** The counts agree with the lists, and each entry's flags with its articles. */
    private static void assertConsistent(JsonPath coverage, int first) {
        int compared = coverage.getList("articles").size();
        Set<String> comparedIds = Set.copyOf(coverage.getList("articles.id"));
        List<Map<String, Object>> statements = nodes(coverage, "statements");
        List<Map<String, Object>> exclusive = nodes(coverage, "exclusive");
        int statementCount = coverage.getInt("statementCount");
        assertEquals(Math.min(statementCount, first), statements.size(), "statements listed");
        assertEquals(Math.min(coverage.getInt("exclusiveCount"), first), exclusive.size(), "exclusive listed");
        if (statementCount <= first) {
            assertEquals(coverage.getInt("sharedCount"),
                    statements.stream().filter(s -> (Boolean) s.get("reportedByAll")).count(), "sharedCount");
            assertEquals(coverage.getInt("exclusiveCount"),
                    statements.stream().filter(s -> (Boolean) s.get("exclusive")).count(), "exclusiveCount");
            assertEquals(statements.stream().filter(s -> (Boolean) s.get("exclusive"))
                    .map(s -> string(s, "statement.id")).toList(), pluck(exclusive, "statement.id"));
        }
        assertEquals(statements.size(), Set.copyOf(pluck(statements, "statement.id")).size(), "each statement once");
        int previous = Integer.MAX_VALUE;
        for (Map<String, Object> entry : statements) {
            List<Map<String, Object>> articles = list(entry, "articles");
            Set<String> articleIds = Set.copyOf(pluck(articles, "id"));
            assertTrue(comparedIds.containsAll(articleIds), entry::toString);
            assertEquals(articleIds, list(entry, "citations").stream().map(c -> string(c, "article.id"))
                    .collect(Collectors.toSet()), "an entry's articles are those of its citations");
            assertEquals(articles.size() == compared, entry.get("reportedByAll"), entry::toString);
            assertEquals(articles.size() == 1 && compared > 1, entry.get("exclusive"), entry::toString);
            assertTrue(articles.size() <= previous, "most reported first");
            previous = articles.size();
        }
        for (Map<String, Object> entry : exclusive) {
            assertTrue((Boolean) entry.get("exclusive"), entry::toString);
            assertEquals(1, list(entry, "articles").size(), entry::toString);
        }
    }

    private static void assertSeedDisagreements(List<Map<String, Object>> disagreements) {
        Map<String, Object> wording = disagreements.stream()
                .filter(d -> pluck(list(d, "statements"), "text").equals(List.of(ABSOLUTELY_POSSIBLE)))
                .findFirst().orElseThrow(() -> new AssertionError("no disagreement on \"absolutely possible\": "
                        + disagreements));
        assertEquals(List.of("WORDING"), wording.get("aspects"));
        assertEquals(List.of(GONCHARENKO), pluck(list(wording, "statements"), "speaker.name"));
        assertEquals(List.of(DAGENS, RT), pluck(list(wording, "citations"), "article.outlet"));
        assertEquals(List.of("It is absolutely possible", ABSOLUTELY_POSSIBLE),
                pluck(list(wording, "citations"), "excerpt"));
        assertEquals(List.of(511, 1023), pluck(list(wording, "citations"), "startOffset"));
        String wordingSummary = (String) wording.get("summary");
        assertTrue(wordingSummary.contains("Dagens.com quotes Oleksiy Goncharenko as \"It is absolutely possible\""),
                wordingSummary);
        assertTrue(wordingSummary.contains("RT quotes Oleksiy Goncharenko as \"Yes, I think it is possible"),
                wordingSummary);

        Map<String, Object> speaker = disagreements.stream()
                .filter(d -> pluck(list(d, "statements"), "text").equals(List.of(GOOD_SIGNAL, VERY_GOOD_SIGNAL)))
                .findFirst().orElseThrow(() -> new AssertionError("no disagreement on \"good signal\": "
                        + disagreements));
        assertEquals(List.of("SPEAKER", "WORDING"), speaker.get("aspects"));
        assertEquals(List.of(MACRON, GONCHARENKO), pluck(list(speaker, "statements"), "speaker.name"));
        assertEquals(List.of(DAGENS, RT), pluck(list(speaker, "citations"), "article.outlet"));
        assertEquals(List.of(GOOD_SIGNAL, VERY_GOOD_SIGNAL), pluck(list(speaker, "citations"), "excerpt"));
        assertEquals(List.of(828, 658), pluck(list(speaker, "citations"), "startOffset"));
        assertEquals("Dagens.com attributes \"good signal\" to Emmanuel Macron; RT attributes \"very good signal\" to"
                + " Oleksiy Goncharenko", speaker.get("summary"));
    }
}
