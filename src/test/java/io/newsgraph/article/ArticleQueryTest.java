package io.newsgraph.article;

import static io.newsgraph.SeedLookup.ABSOLUTELY_POSSIBLE;
import static io.newsgraph.SeedLookup.DAGENS;
import static io.newsgraph.SeedLookup.DAGENS_URL;
import static io.newsgraph.SeedLookup.GONCHARENKO;
import static io.newsgraph.SeedLookup.MACRON;
import static io.newsgraph.SeedLookup.MAY_REQUEST;
import static io.newsgraph.SeedLookup.REJECTING_COUNTRIES;
import static io.newsgraph.SeedLookup.RT;
import static io.newsgraph.SeedLookup.RT_URL;
import static io.newsgraph.SeedLookup.UNKNOWN_ID;
import static io.newsgraph.SeedLookup.actorId;
import static io.newsgraph.SeedLookup.all;
import static io.newsgraph.SeedLookup.assertInOrder;
import static io.newsgraph.SeedLookup.dagensId;
import static io.newsgraph.SeedLookup.input;
import static io.newsgraph.SeedLookup.instant;
import static io.newsgraph.SeedLookup.list;
import static io.newsgraph.SeedLookup.nodes;
import static io.newsgraph.SeedLookup.only;
import static io.newsgraph.SeedLookup.order;
import static io.newsgraph.SeedLookup.pluck;
import static io.newsgraph.SeedLookup.rtId;
import static io.newsgraph.SeedLookup.string;
import static io.newsgraph.SeedLookup.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code articles} and {@code article} queries over the two seed articles: every field, every relation
 * (statements, reactions, actors, citations and the citations' way back), every filter and every order. Other test
 * classes add articles to the same database, so list assertions look at where the seed articles land, and check the
 * filter or order on every row returned.
 */
@QuarkusTest
class ArticleQueryTest {

    private static final List<String> DAGENS_SPEAKERS = List.of(GONCHARENKO, GONCHARENKO, MACRON, MACRON,
            "Volodymyr Zelensky", "Volodymyr Zelensky", "Volodymyr Zelensky", "Volodymyr Zelensky", MACRON,
            "Guido Crosetto", "Olaf Scholz", "Dmitry Peskov", "Dmitry Peskov", "Vladimir Putin");
    private static final List<String> RT_SPEAKERS = List.of(GONCHARENKO, GONCHARENKO, MACRON, MACRON, GONCHARENKO,
            GONCHARENKO, GONCHARENKO, GONCHARENKO, GONCHARENKO, GONCHARENKO, MACRON, "David Cameron",
            "Guido Crosetto", "Péter Szijjártó", "Robert Fico", "Dmitry Peskov", "Dmitry Peskov", "Maria Zakharova",
            "Russian Armed Forces", "Sergei Shoigu");

    // ---------------------------------------------------------------- article(id)

    @Test
    void rtArticleHasEveryFieldAsPublished() {
        JsonPath article = article(rtId());
        assertEquals("Ukraine could request Western military intervention – MP", article.getString("title"));
        assertEquals("Kiev may ask for help if it becomes clear that the country is not able to stop Russia on its"
                + " own, Aleksey Goncharenko says", article.getString("standfirst"));
        assertEquals(RT_URL, article.getString("url"));
        assertEquals(RT, article.getString("outlet"));
        assertNull(article.get("author"));
        assertEquals(OffsetDateTime.parse("2024-05-05T15:34:00+03:00"),
                OffsetDateTime.parse(article.getString("publishedAt")));
        assertEquals("en", article.getString("language"));
        String body = article.getString("body");
        assertTrue(body.startsWith("Kiev could request that Western troops be deployed on its soil"), body);
        assertFalse(body.contains("Kiev may ask for help"), "the standfirst is not part of the body");
        assertEquals(sha256(body), article.getString("contentHash"));
    }

    @Test
    void dagensArticleHasEveryFieldAsPublished() {
        JsonPath article = article(dagensId());
        assertEquals("\"Absolutely Possible.\" Kyiv Discusses the Deployment of Western Troops to Ukraine to Assist"
                + " the Armed Forces", article.getString("title"));
        assertNull(article.get("standfirst"));
        assertEquals(DAGENS_URL, article.getString("url"));
        assertEquals(DAGENS, article.getString("outlet"));
        assertEquals("Henrik Rothen", article.getString("author"));
        assertEquals(OffsetDateTime.parse("2024-05-05T10:44:00+02:00"),
                OffsetDateTime.parse(article.getString("publishedAt")));
        assertEquals("en", article.getString("language"));
        String body = article.getString("body");
        assertFalse(body.contains("Shutterstock"), "photo credits are cleaned out of the body");
        assertEquals(sha256(body), article.getString("contentHash"));
    }

    @Test
    void anUnknownArticleIsNotFound() {
        JsonPath response = GraphQL.run("article/articleGraph", vars("id", UNKNOWN_ID));
        JsonPath error = GraphQL.error(response);
        assertEquals("NOT_FOUND", error.getString("extensions.code"));
        assertEquals("id", error.getString("extensions.field"));
        assertEquals(List.of("article"), error.getList("path"));
        assertTrue(error.getString("message").contains(UNKNOWN_ID), error::prettify);
        assertNull(response.get("data.article"));
    }

    // ---------------------------------------------------------------- relations

    @Test
    void statementsComeInTheOrderTheArticleFirstReportsThem() {
        for (String articleId : List.of(dagensId(), rtId())) {
            JsonPath article = article(articleId);
            List<Map<String, Object>> statements = nodes(article, "statements");
            List<Integer> firstOffsets = new ArrayList<>();
            for (Map<String, Object> statement : statements) {
                firstOffsets.add(list(statement, "citations").stream()
                        .filter(c -> articleId.equals(string(c, "article.id")))
                        .mapToInt(c -> (Integer) c.get("startOffset")).min()
                        .orElseThrow(() -> new AssertionError(statement + " has no citation in " + articleId)));
            }
            List<Integer> sorted = firstOffsets.stream().sorted().toList();
            assertEquals(sorted, firstOffsets, "first citation offsets of " + article.getString("outlet"));
        }

        JsonPath dagens = article(dagensId());
        assertEquals(DAGENS_SPEAKERS, dagens.getList("statements.speaker.name"));
        assertEquals(List.of(MAY_REQUEST, ABSOLUTELY_POSSIBLE,
                "Macron suggested that deploying foreign troops in Ukraine could be an option to consider."),
                dagens.getList("statements.text").subList(0, 3));
        assertTrue(dagens.getList("statements.text").contains("good signal"));
        assertFalse(dagens.getList("statements.text").contains("very good signal"));

        JsonPath rt = article(rtId());
        assertEquals(RT_SPEAKERS, rt.getList("statements.speaker.name"));
        assertTrue(rt.getList("statements.text").contains("very good signal"));
        assertFalse(rt.getList("statements.text").contains("good signal"));
    }

    @Test
    void reactionsComeInTheOrderTheArticleReportsThem() {
        JsonPath dagens = article(dagensId());
        List<String> dagensActors = new ArrayList<>(REJECTING_COUNTRIES);
        dagensActors.addAll(List.of("Guido Crosetto", "Olaf Scholz", "Dmitry Peskov", "Vladimir Putin"));
        assertEquals(dagensActors, dagens.getList("reactions.actor.name"));
        List<String> dagensStances = new ArrayList<>(Collections.nCopies(10, "REJECTS"));
        dagensStances.addAll(List.of("CRITICIZES", "OPPOSES", "WARNS", "WARNS"));
        assertEquals(dagensStances, dagens.getList("reactions.stance"));

        JsonPath rt = article(rtId());
        assertEquals(List.of(GONCHARENKO, "David Cameron", "Guido Crosetto", "Péter Szijjártó", "Robert Fico",
                "Dmitry Peskov", "Maria Zakharova"), rt.getList("reactions.actor.name"));
        assertEquals(List.of("PRAISES", "WARNS", "ECHOES", "ECHOES", "OPPOSES", "CRITICIZES", "WARNS"),
                rt.getList("reactions.stance"));
        // every reaction listed is cited by this article
        for (Map<String, Object> reaction : nodes(rt, "reactions")) {
            assertTrue(pluck(list(reaction, "citations"), "article.id").contains(rtId()), reaction::toString);
        }
    }

    @Test
    void actorsAreEveryoneQuotedOrReactingInOrderOfFirstAppearance() {
        List<String> dagens = new ArrayList<>(List.of(GONCHARENKO, MACRON, "Volodymyr Zelensky"));
        dagens.addAll(REJECTING_COUNTRIES);
        dagens.addAll(List.of("Guido Crosetto", "Olaf Scholz", "Dmitry Peskov", "Vladimir Putin"));
        assertEquals(dagens, article(dagensId()).getList("actors.name"));

        assertEquals(List.of(GONCHARENKO, MACRON, "David Cameron", "Guido Crosetto", "Péter Szijjártó",
                "Robert Fico", "Dmitry Peskov", "Maria Zakharova", "Russian Armed Forces", "Sergei Shoigu"),
                article(rtId()).getList("actors.name"));
    }

    @Test
    void citationsAreInBodyOrderAndLeadBackToTheArticleAndWhatTheyReport() {
        for (String articleId : List.of(dagensId(), rtId())) {
            JsonPath article = article(articleId);
            String body = article.getString("body");
            String outlet = article.getString("outlet");
            List<Map<String, Object>> citations = nodes(article, "citations");
            assertEquals(29, citations.size(), outlet + " citations");
            assertInOrder(citations, order(c -> (Integer) c.get("startOffset"), true), outlet + " citations");
            for (Map<String, Object> c : citations) {
                assertEquals(articleId, string(c, "article.id"));
                assertEquals(outlet, string(c, "article.outlet"));
                assertEquals(body.substring((Integer) c.get("startOffset"), (Integer) c.get("endOffset")),
                        c.get("excerpt"));
                assertTrue(c.get("statement") == null ^ c.get("reaction") == null,
                        () -> "a citation backs exactly one statement or one reaction: " + c);
            }
            long ofStatements = citations.stream().filter(c -> c.get("statement") != null).count();
            assertEquals(articleId.equals(dagensId()) ? 15 : 21, ofStatements, outlet + " statement citations");
            assertEquals(articleId.equals(dagensId()) ? 14 : 8, citations.size() - ofStatements,
                    outlet + " reaction citations");
            // the citations lead to exactly the statements and reactions the article lists
            assertEquals(Set.copyOf(article.getList("statements.id")), citations.stream()
                    .filter(c -> c.get("statement") != null).map(c -> string(c, "statement.id"))
                    .collect(Collectors.toSet()));
            assertEquals(Set.copyOf(article.getList("reactions.id")), citations.stream()
                    .filter(c -> c.get("reaction") != null).map(c -> string(c, "reaction.id"))
                    .collect(Collectors.toSet()));
        }

        List<Map<String, Object>> dagens = nodes(article(dagensId()), "citations");
        Map<String, Object> goodSignal = dagens.stream().filter(c -> "good signal".equals(c.get("excerpt")))
                .findFirst().orElseThrow();
        assertEquals(828, goodSignal.get("startOffset"));
        assertEquals(MACRON, string(goodSignal, "statement.speaker.name"));
        assertNull(goodSignal.get("reaction"));
        List<Map<String, Object>> rejections = dagens.stream().filter(c -> c.get("reaction") != null
                && "REJECTS".equals(string(c, "reaction.stance"))).toList();
        assertEquals(REJECTING_COUNTRIES, pluck(rejections, "reaction.actor.name"));
        assertEquals(Set.of(1602), Set.copyOf(pluck(rejections, "startOffset")));

        // RT reports Goncharenko's thanks twice at offset 231: as his statement and as his PRAISES reaction
        List<Map<String, Object>> at231 = nodes(article(rtId()), "citations").stream()
                .filter(c -> Integer.valueOf(231).equals(c.get("startOffset"))).toList();
        assertEquals(2, at231.size());
        assertTrue(at231.stream().anyMatch(c -> GONCHARENKO.equals(string(c, "statement.speaker.name"))));
        assertTrue(at231.stream().anyMatch(c -> "PRAISES".equals(string(c, "reaction.stance"))
                && GONCHARENKO.equals(string(c, "reaction.actor.name"))));
    }

    // ---------------------------------------------------------------- filters

    @ParameterizedTest
    @ValueSource(strings = {"RT", "rt", "Rt"})
    void outletFilterMatchesTheWholeNameIgnoringCase(String outlet) {
        List<Map<String, Object>> articles = articles(input("outlet", outlet), null);
        assertTrue(pluck(articles, "id").contains(rtId()));
        assertFalse(pluck(articles, "id").contains(dagensId()));
        articles.forEach(a -> assertTrue(RT.equalsIgnoreCase(string(a, "outlet")), a::toString));

        assertEquals(List.of(dagensId()), only(Set.of(dagensId(), rtId()),
                pluck(articles(input("outlet", "DAGENS.COM"), null), "id")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dagens", "agens.com", "R", "R T"})
    void outletFilterDoesNotMatchPartOfAName(String outlet) {
        List<Map<String, Object>> articles = articles(input("outlet", outlet), null);
        assertEquals(List.of(), only(Set.of(dagensId(), rtId()), pluck(articles, "id")));
        articles.forEach(a -> assertTrue(outlet.equalsIgnoreCase(string(a, "outlet")), a::toString));
    }

    @Test
    void languageFilterIgnoresCase() {
        for (String language : List.of("en", "EN")) {
            List<Map<String, Object>> articles = articles(input("language", language), null);
            assertTrue(pluck(articles, "id").containsAll(List.of(dagensId(), rtId())), language);
            articles.forEach(a -> assertTrue("en".equalsIgnoreCase(string(a, "language")), a::toString));
        }
        List<Map<String, Object>> french = articles(input("language", "fr"), null);
        assertEquals(List.of(), only(Set.of(dagensId(), rtId()), pluck(french, "id")));
        french.forEach(a -> assertTrue("fr".equalsIgnoreCase(string(a, "language")), a::toString));
    }

    /**
     * Dagens.com published at 08:44 UTC (10:44+02:00), RT at 12:34 UTC (15:34+03:00). Both bounds are inclusive and
     * are instants: the same instant written with another UTC offset is the same bound.
     */
    @ParameterizedTest(name = "after {0}, before {1}: Dagens.com {2}, RT {3}")
    @CsvSource({
            "2024-05-05T12:00:00Z,,                          false, true",
            ",2024-05-05T12:00:00Z,                          true,  false",
            "2024-05-05T12:34:00Z,,                          false, true",
            "2024-05-05T15:34:00+03:00,,                     false, true",
            "2024-05-05T16:34:00+04:00,,                     false, true",
            ",2024-05-05T12:34:00Z,                          true,  true",
            ",2024-05-05T14:34:00+02:00,                     true,  true",
            ",2024-05-05T08:44:00Z,                          true,  false",
            "2024-05-05T12:34:00.001Z,,                      false, false",
            ",2024-05-05T10:44:00+02:00,                     true,  false",
            ",2024-05-05T08:43:59Z,                          false, false",
            "2024-05-05T08:44:00Z,2024-05-05T15:34:00+03:00, true,  true",
            "2024-05-05T09:00:00+01:00,2024-05-05T12:00:00Z, true,  false",
            "2024-05-06T00:00:00Z,,                          false, false",
            "2024-05-06T00:00:00Z,2024-05-04T00:00:00Z,      false, false"})
    void publishedAfterAndBeforeAreInclusiveInstants(String after, String before, boolean dagens, boolean rt) {
        List<Map<String, Object>> articles = articles(input("publishedAfter", after, "publishedBefore", before), null);
        List<String> ids = pluck(articles, "id");
        assertEquals(dagens, ids.contains(dagensId()), "Dagens.com");
        assertEquals(rt, ids.contains(rtId()), "RT");
        for (Map<String, Object> article : articles) {
            Instant published = instant(article.get("publishedAt"));
            assertTrue(published != null, () -> "an undated article matches a date range: " + article);
            assertTrue(after == null || !published.isBefore(instant(after)), article::toString);
            assertTrue(before == null || !published.isAfter(instant(before)), article::toString);
        }
    }

    @ParameterizedTest(name = "{0}: Dagens.com {1}, RT {2}")
    @CsvSource({
            "Emmanuel Macron,     true,  true",
            "Oleksiy Goncharenko, true,  true",
            "Volodymyr Zelensky,  true,  false",
            "Olaf Scholz,         true,  false",
            "Slovakia,            true,  false",
            "David Cameron,       false, true",
            "Robert Fico,         false, true",
            "Sergei Shoigu,       false, true",
            "Ukraine,             false, false",
            "France,              false, false"})
    void actorIdFilterFindsTheArticlesQuotingOrReportingTheActor(String actor, boolean dagens, boolean rt) {
        String actorId = actorId(actor);
        JsonPath data = GraphQL.data("article/articlesWithActors", vars("filter", input("actorId", actorId)));
        List<Map<String, Object>> articles = nodes(data, "articles.nodes");
        List<String> ids = pluck(articles, "id");
        assertEquals(dagens, ids.contains(dagensId()), "Dagens.com");
        assertEquals(rt, ids.contains(rtId()), "RT");
        for (Map<String, Object> article : articles) {
            assertTrue(pluck(list(article, "actors"), "id").contains(actorId),
                    () -> actor + " is not among the actors of " + article);
        }
    }

    @ParameterizedTest(name = "\"{0}\": Dagens.com {1}, RT {2}")
    @CsvSource(delimiter = '|', value = {
            "absolutely possible  | true  | true",
            "ABSOLUTELY POSSIBLE  | true  | true",
            "Kyiv Discusses       | true  | false",
            "kiev may ask for help| false | true",
            "Odessa               | false | true",
            "Henrik Rothen        | false | false",
            "Shutterstock         | false | false",
            "good%signal          | false | false",
            "good_signal          | false | false"})
    void textFilterSearchesTitleStandfirstAndBodyIgnoringCase(String text, boolean dagens, boolean rt) {
        List<String> ids = pluck(articles(input("text", text), null), "id");
        assertEquals(dagens, ids.contains(dagensId()), "Dagens.com");
        assertEquals(rt, ids.contains(rtId()), "RT");
    }

    @Test
    void filtersCombine() {
        Map<String, Object> rtAndZelensky = input("outlet", RT, "actorId", actorId("Volodymyr Zelensky"));
        assertEquals(List.of(), only(Set.of(dagensId(), rtId()), pluck(articles(rtAndZelensky, null), "id")));

        Map<String, Object> all = input("outlet", RT, "language", "en", "actorId", actorId(MACRON),
                "publishedAfter", "2024-05-05T00:00:00Z", "publishedBefore", "2024-05-06T00:00:00Z",
                "text", "Goncharenko");
        assertEquals(List.of(rtId()), only(Set.of(dagensId(), rtId()), pluck(articles(all, null), "id")));
    }

    // ---------------------------------------------------------------- order

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PUBLISHED_AT, ASC", "PUBLISHED_AT, DESC", "TITLE, ASC", "TITLE, DESC", "CREATED_AT, ASC",
            "CREATED_AT, DESC"})
    void everyOrderHolds(String field, String direction) {
        boolean ascending = direction.equals("ASC");
        List<Map<String, Object>> articles = articles(null, input("field", field, "direction", direction));
        Comparator<Map<String, Object>> expected = switch (field) {
            case "PUBLISHED_AT" -> order(a -> instant(a.get("publishedAt")), ascending);
            case "TITLE" -> order(a -> string(a, "title"), ascending);
            default -> order(a -> instant(a.get("createdAt")), ascending);
        };
        assertInOrder(articles, expected, field + " " + direction);
        // Dagens.com comes first on every field: published earlier, its title starts with a quote mark, loaded first
        List<String> seed = only(Set.of(dagensId(), rtId()), pluck(articles, "id"));
        assertEquals(ascending ? List.of(dagensId(), rtId()) : List.of(rtId(), dagensId()), seed);
    }

    @Test
    void byDefaultTheLatestPublishedComesFirst() {
        List<Map<String, Object>> articles = articles(null, null);
        assertInOrder(articles, order(a -> instant(a.get("publishedAt")), false), "default order");
        assertEquals(pluck(articles(null, input("field", "PUBLISHED_AT", "direction", "DESC")), "id"),
                pluck(articles, "id"));
        assertEquals(List.of(rtId(), dagensId()), only(Set.of(dagensId(), rtId()), pluck(articles, "id")));
        // a direction alone keeps the default field
        assertEquals(List.of(dagensId(), rtId()), only(Set.of(dagensId(), rtId()),
                pluck(articles(null, input("direction", "ASC")), "id")));
    }

    @Test
    void aPageOfOneWalksTheSeedArticlesInOrder() {
        Map<String, Object> seedOnly = input("publishedAfter", "2024-05-05T00:00:00Z",
                "publishedBefore", "2024-05-05T23:59:59Z", "language", "en", "text", "Goncharenko");
        Map<String, Object> ascending = input("field", "PUBLISHED_AT", "direction", "ASC");
        JsonPath first = GraphQL.data("article/articles", vars("filter", seedOnly, "orderBy", ascending, "first", 1));
        List<String> walked = new ArrayList<>(first.getList("articles.nodes.id"));
        JsonPath page = first;
        while (page.getBoolean("articles.pageInfo.hasNextPage")) {
            page = GraphQL.data("article/articles", vars("filter", seedOnly, "orderBy", ascending, "first", 1,
                    "after", page.getString("articles.pageInfo.endCursor")));
            assertEquals(1, page.getList("articles.nodes").size());
            walked.addAll(page.getList("articles.nodes.id"));
        }
        assertEquals(first.getInt("articles.totalCount"), walked.size());
        assertEquals(List.of(dagensId(), rtId()), only(Set.of(dagensId(), rtId()), walked));
    }

    // ---------------------------------------------------------------- helpers

    private static JsonPath article(String id) {
        return GraphQL.at(GraphQL.data("article/articleGraph", vars("id", id)), "article");
    }

    private static List<Map<String, Object>> articles(Map<String, Object> filter, Map<String, Object> orderBy) {
        return all("article/articles", "articles", vars("filter", filter, "orderBy", orderBy));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
