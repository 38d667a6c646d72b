package io.newsgraph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.newsgraph.SeedLookup;
import io.newsgraph.actor.Actor;
import io.newsgraph.article.Article;
import io.newsgraph.citation.Citation;
import io.newsgraph.reaction.Reaction;
import io.newsgraph.seed.SeedData.ActorSeed;
import io.newsgraph.statement.Statement;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed graph is loaded whole and faithfully, and the facts the two articles disagree on can be seen through
 * the API. Counts are taken over the seed's own rows (its articles, their citations, the seed's actor names) so
 * that rows other test classes create in the shared database do not disturb them.
 */
@QuarkusTest
class SeedDataTest {

    private static final String DAGENS = "Dagens.com";
    private static final String RT = "RT";
    private static final String MACRON = "Emmanuel Macron";
    private static final String GONCHARENKO = "Oleksiy Goncharenko";

    @Inject
    SeedLoader loader;

    @Inject
    EntityManager em;

    record Totals(long articles, long actors, long statements, long reactions, long citations) {
    }

    // ---------------------------------------------------------------- database level

    @Test
    void everyCitationCutsExactlyItsExcerptOutOfItsArticle() {
        List<String> mismatches = QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("from Citation c join fetch c.article", Citation.class)
                .getResultList().stream()
                .filter(c -> !c.article.body.substring(c.startOffset, c.endOffset).equals(c.excerpt))
                .map(c -> "citation " + c.id + " [" + c.startOffset + ", " + c.endOffset + ") of article "
                        + c.article.id + " cuts \"" + c.article.body.substring(c.startOffset, c.endOffset)
                        + "\", not \"" + c.excerpt + "\"")
                .toList());
        assertEquals(List.of(), mismatches);
    }

    @Test
    void theWholeSeedIsStored() {
        SeedLoader.Seed seed = loader.read();
        List<String> hashes = seed.contentHashes();
        List<String> actorNames = seed.data().actors().stream().map(ActorSeed::name).toList();
        assertEquals(2, hashes.size());

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(2, Article.count("contentHash in ?1", hashes), "articles");
            assertEquals(27, Actor.count("name in ?1", actorNames), "actors");
            assertEquals(30, countInSeedArticles("count(distinct c.statement.id)", hashes), "statements");
            assertEquals(21, countInSeedArticles("count(distinct c.reaction.id)", hashes), "reactions");
            assertEquals(58, countInSeedArticles("count(c)", hashes), "citations");
        });
        // ...and those are all the file has
        SeedData file = seed.data();
        assertEquals(List.of(2, 27, 30, 21, 58), List.of(file.articles().size(), file.actors().size(),
                file.statements().size(), file.reactions().size(),
                file.statements().stream().mapToInt(s -> s.citations().size()).sum()
                        + file.reactions().stream().mapToInt(r -> r.citations().size()).sum()));
    }

    @Test
    void actorsKeepTheirAliasesAndAffiliations() {
        QuarkusTransaction.requiringNew().run(() -> {
            Actor goncharenko = Actor.find("name", GONCHARENKO).singleResult();
            assertEquals("Ukraine", goncharenko.affiliation.name);
            assertEquals("Ukrainian MP", goncharenko.role);
            for (String name : List.of("Alexey Goncharenko", "Aleksey Goncharenko", "Oleksiy Goncharenko")) {
                assertTrue(goncharenko.isKnownAs(name), name);
            }
            Actor szijjarto = Actor.find("name", "Péter Szijjártó").singleResult();
            assertEquals("Hungary", szijjarto.affiliation.name);
            assertTrue(szijjarto.isKnownAs("Peter Szijjarto"));
        });
    }

    @Test
    void loadingAgainChangesNothing() {
        Totals before = totals();
        assertFalse(loader.loadIfAbsent(), "the seed is already present");
        assertEquals(before, totals());
    }

    @Test
    void aCitationThatMissesItsExcerptFailsTheWholeLoad() {
        SeedLoader.Seed seed = loader.read();
        Map<String, String> bodies = new LinkedHashMap<>(seed.bodies());
        // Same length, so only the citation covering these words is off; and a new hash, so the seed is "absent".
        bodies.computeIfPresent("rothen-western-troops", (key, body) -> body.replace("good signal", "fine signal"));
        Totals before = totals();

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> loader.loadIfAbsent(new SeedLoader.Seed(seed.data(), bodies)));

        assertTrue(failure.getMessage().contains("'macron-good-signal'"), failure::getMessage);
        assertEquals(before, totals());
    }

    // ---------------------------------------------------------------- through the API

    @Test
    void bothOutletsArePresentWithTheirPublishersOffsets() {
        // equals() on OffsetDateTime compares the offset too: the publisher's own offset survives the round trip
        assertEquals(OffsetDateTime.parse("2024-05-05T10:44:00+02:00"), publishedAt(DAGENS, SeedLookup.dagensId()));
        assertEquals(OffsetDateTime.parse("2024-05-05T15:34:00+03:00"), publishedAt(RT, SeedLookup.rtId()));
    }

    /** Other tests add articles, some of the same outlets: the seed's is picked out by its id. */
    private static OffsetDateTime publishedAt(String outlet, String seedArticleId) {
        List<Map<String, String>> nodes = GraphQL.data("seed/articles", SeedLookup.vars("outlet", outlet))
                .getList("articles.nodes");
        return nodes.stream().filter(a -> seedArticleId.equals(a.get("id")))
                .map(a -> OffsetDateTime.parse(a.get("publishedAt"))).findFirst()
                .orElseThrow(() -> new AssertionError("no seed article among " + outlet + "'s: " + nodes));
    }

    @Test
    void goodSignalIsMacronsWordsInDagensButGoncharenkosVariantInRt() {
        JsonPath macrons = statementWithText("good signal");
        assertEquals(MACRON, macrons.getString("speaker.name"));
        assertEquals("DIRECT_QUOTE", macrons.getString("kind"));
        assertEquals(List.of(DAGENS), macrons.getList("citations.article.outlet"));
        assertNull(macrons.get("variantOf"));

        JsonPath goncharenkos = statementWithText("very good signal");
        assertEquals(GONCHARENKO, goncharenkos.getString("speaker.name"));
        assertEquals(List.of(RT), goncharenkos.getList("citations.article.outlet"));
        assertEquals(macrons.getString("id"), goncharenkos.getString("variantOf.id"));
        assertEquals(MACRON, goncharenkos.getString("variantOf.speaker.name"));

        assertEquals(List.of(goncharenkos.getString("id")), macrons.getList("variants.id"));
    }

    @Test
    void absolutelyPossibleIsOneStatementCitedByBothArticles() {
        JsonPath data = GraphQL.data("seed/statementsByText", Map.of("text", "absolutely possible"));
        assertEquals(1, data.getInt("statements.totalCount"));
        JsonPath statement = GraphQL.at(data, "statements.nodes[0]");
        assertEquals(GONCHARENKO, statement.getString("speaker.name"));
        assertEquals("DIRECT_QUOTE", statement.getString("kind"));

        List<String> articleIds = statement.getList("citations.article.id");
        assertEquals(2, articleIds.size(), "citations");
        assertEquals(2, new HashSet<>(articleIds).size(), "distinct articles");
        assertEquals(Set.of(DAGENS, RT), new HashSet<>(statement.getList("citations.article.outlet")));
        assertTrue(statement.getList("citations.excerpt").contains("It is absolutely possible"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alexey Goncharenko", "Aleksey Goncharenko", "Oleksiy Goncharenko",
            "aleksey goncharenko", "OLEKSIY GONCHARENKO"})
    void goncharenkoIsFoundByEverySpellingTheArticlesUse(String name) {
        JsonPath data = GraphQL.data("seed/actorsByName", Map.of("name", name));
        assertEquals(1, data.getInt("actors.totalCount"), name);
        assertEquals(GONCHARENKO, data.getString("actors.nodes[0].name"));
        assertEquals("Ukraine", data.getString("actors.nodes[0].affiliation.name"));
        assertTrue(data.getList("actors.nodes[0].aliases").containsAll(
                List.of("Alexey Goncharenko", "Aleksey Goncharenko")));
    }

    @Test
    void tenCountriesRejectMacronsFloatedIdea() {
        JsonPath floated = statementWithText("Macron floated the possibility of deploying Western troops to Ukraine.");
        assertEquals(MACRON, floated.getString("speaker.name"));

        JsonPath data = GraphQL.data("seed/rejectionsOf", Map.of("statementId", floated.getString("id")));
        List<Map<String, Object>> rejections = data.getList("reactions.nodes");
        assertEquals(Set.of("Slovakia", "Czech Republic", "Poland", "Sweden", "Hungary", "Germany",
                "United States", "Canada", "Italy", "Spain"),
                Set.copyOf(data.getList("reactions.nodes.actor.name")));
        assertEquals(10, rejections.size());
        assertEquals(10, data.getInt("reactions.totalCount"));
        assertEquals(Set.of("COUNTRY"), Set.copyOf(data.getList("reactions.nodes.actor.kind")));
        assertEquals(Set.of("REJECTS"), Set.copyOf(data.getList("reactions.nodes.stance")));
        assertEquals(Set.of(floated.getString("id")), Set.copyOf(data.getList("reactions.nodes.target.id")));
        assertEquals(Set.of(DAGENS), Set.copyOf(data.getList("reactions.nodes.citations.article.outlet.flatten()")));
    }

    @Test
    void eachOutletQuotesItsOwnCast() {
        Set<String> rt = actorsQuotedBy(RT);
        Set<String> dagens = actorsQuotedBy(DAGENS);
        Set<String> rtOnly = Set.of("David Cameron", "Robert Fico", "Péter Szijjártó", "Maria Zakharova",
                "Sergei Shoigu");
        Set<String> dagensOnly = Set.of("Volodymyr Zelensky", "Olaf Scholz");

        assertTrue(rt.containsAll(rtOnly), () -> "RT quotes " + rt);
        assertTrue(dagens.containsAll(dagensOnly), () -> DAGENS + " quotes " + dagens);
        assertTrue(rtOnly.stream().noneMatch(dagens::contains), () -> DAGENS + " quotes " + dagens);
        assertTrue(dagensOnly.stream().noneMatch(rt::contains), () -> "RT quotes " + rt);
        // both tell the story of Goncharenko and Macron
        assertTrue(rt.containsAll(Set.of(GONCHARENKO, MACRON)) && dagens.containsAll(Set.of(GONCHARENKO, MACRON)));
    }

    // ---------------------------------------------------------------- helpers

    /** The one statement whose text is exactly {@code text}. */
    private static JsonPath statementWithText(String text) {
        JsonPath data = GraphQL.data("seed/statementsByText", Map.of("text", text));
        List<Map<String, Object>> nodes = data.getList("statements.nodes");
        int[] exact = IntStream.range(0, nodes.size()).filter(i -> text.equals(nodes.get(i).get("text"))).toArray();
        assertEquals(1, exact.length, () -> "statements with text \"" + text + "\": " + nodes);
        return GraphQL.at(data, "statements.nodes[" + exact[0] + "]");
    }

    private static Set<String> actorsQuotedBy(String outlet) {
        JsonPath data = GraphQL.data("seed/articleActors", Map.of("outlet", outlet));
        assertEquals(1, data.getList("articles.nodes").size(), () -> "articles of " + outlet);
        return Set.copyOf(data.getList("articles.nodes[0].actors.name"));
    }

    private long countInSeedArticles(String count, List<String> hashes) {
        return em.createQuery("select " + count + " from Citation c where c.article.contentHash in ?1", Long.class)
                .setParameter(1, hashes).getSingleResult();
    }

    private static Totals totals() {
        return QuarkusTransaction.requiringNew().call(() -> new Totals(Article.count(), Actor.count(),
                Statement.count(), Reaction.count(), Citation.count()));
    }
}
