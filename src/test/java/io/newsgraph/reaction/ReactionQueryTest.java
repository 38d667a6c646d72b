package io.newsgraph.reaction;

import static io.newsgraph.SeedLookup.DAGENS;
import static io.newsgraph.SeedLookup.DANGEROUS_ESCALATION;
import static io.newsgraph.SeedLookup.FLOATED;
import static io.newsgraph.SeedLookup.GONCHARENKO;
import static io.newsgraph.SeedLookup.GOOD_SIGNAL;
import static io.newsgraph.SeedLookup.MACRON;
import static io.newsgraph.SeedLookup.REJECTING_COUNTRIES;
import static io.newsgraph.SeedLookup.RT;
import static io.newsgraph.SeedLookup.TWO_CONDITIONS;
import static io.newsgraph.SeedLookup.UNKNOWN_ID;
import static io.newsgraph.SeedLookup.VERY_GOOD_SIGNAL;
import static io.newsgraph.SeedLookup.actorId;
import static io.newsgraph.SeedLookup.all;
import static io.newsgraph.SeedLookup.assertInOrder;
import static io.newsgraph.SeedLookup.dagensId;
import static io.newsgraph.SeedLookup.input;
import static io.newsgraph.SeedLookup.instant;
import static io.newsgraph.SeedLookup.list;
import static io.newsgraph.SeedLookup.nodes;
import static io.newsgraph.SeedLookup.order;
import static io.newsgraph.SeedLookup.pluck;
import static io.newsgraph.SeedLookup.reactionId;
import static io.newsgraph.SeedLookup.rtId;
import static io.newsgraph.SeedLookup.statementId;
import static io.newsgraph.SeedLookup.string;
import static io.newsgraph.SeedLookup.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code reactions} and {@code reaction} queries: the reacting actor, the target, the reacting words and the
 * citations (each with the way back), every filter and both orders. Lists are scoped to a seed article, a seed actor or
 * a seed statement where other test classes could lengthen them.
 */
@QuarkusTest
class ReactionQueryTest {

    private static final String THANKS = "Aleksey Goncharenko, who represents Odessa in the Ukrainian parliament,"
            + " thanked French President Emmanuel Macron for not ruling out sending Western military to his country";
    private static final String REJECTION = "which was quickly met with skepticism and outright rejection by several"
            + " countries, including Slovakia, Czech Republic, Poland, Sweden, Hungary, Germany, the USA, Canada,"
            + " Italy, and Spain";

    // ---------------------------------------------------------------- reaction(id)

    @Test
    void goncharenkoPraisingMacronLeadsToEverythingItIsLinkedTo() {
        String id = reactionId(GONCHARENKO, "PRAISES", TWO_CONDITIONS);
        JsonPath reaction = reaction(id);
        assertEquals("PRAISES", reaction.getString("stance"));

        assertEquals(GONCHARENKO, reaction.getString("actor.name"));
        assertTrue(reaction.getList("actor.reactionsGiven.id").contains(id), "actor -> reactionsGiven");

        assertEquals(TWO_CONDITIONS, reaction.getString("target.text"));
        assertEquals("DIRECT_QUOTE", reaction.getString("target.kind"));
        assertEquals(MACRON, reaction.getString("target.speaker.name"));
        assertTrue(reaction.getList("target.reactions.id").contains(id), "target -> reactions");

        assertEquals(VERY_GOOD_SIGNAL, reaction.getString("response.text"));
        assertEquals(GONCHARENKO, reaction.getString("response.speaker.name"));
        assertEquals(GOOD_SIGNAL, reaction.getString("response.variantOf.text"));
        assertEquals(List.of(id), reaction.getList("response.expresses.id"), "response -> expresses");

        List<Map<String, Object>> citations = nodes(reaction, "citations");
        assertEquals(List.of(231, 624), pluck(citations, "startOffset"), "RT reports it twice, in body order");
        assertEquals(List.of(THANKS, "Describing Macron’s remarks as a “very good signal” to Russia"),
                pluck(citations, "excerpt"));
        assertEquals(List.of(402, 685), pluck(citations, "endOffset"));
        for (Map<String, Object> citation : citations) {
            assertEquals(RT, string(citation, "article.outlet"));
            assertEquals(rtId(), string(citation, "article.id"));
            assertEquals(id, string(citation, "reaction.id"), "citation -> reaction");
            assertNull(citation.get("statement"));
        }
    }

    @Test
    void aCountrysRejectionHasNoReactingWords() {
        String id = reactionId("Slovakia", "REJECTS", FLOATED);
        JsonPath reaction = reaction(id);
        assertEquals("Slovakia", reaction.getString("actor.name"));
        assertEquals(MACRON, reaction.getString("target.speaker.name"));
        assertNull(reaction.get("response"));
        List<Map<String, Object>> citations = nodes(reaction, "citations");
        assertEquals(1, citations.size());
        assertEquals(DAGENS, string(citations.get(0), "article.outlet"));
        assertEquals(REJECTION, citations.get(0).get("excerpt"));
        assertEquals(1602, citations.get(0).get("startOffset"));
        assertEquals(1788, citations.get(0).get("endOffset"));
    }

    @Test
    void anUnknownReactionIsNotFound() {
        JsonPath response = GraphQL.run("reaction/reactionGraph", vars("id", UNKNOWN_ID));
        JsonPath error = GraphQL.error(response);
        assertEquals("NOT_FOUND", error.getString("extensions.code"));
        assertEquals("id", error.getString("extensions.field"));
        assertEquals(List.of("reaction"), error.getList("path"));
        assertNull(response.get("data.reaction"));
    }

    // ---------------------------------------------------------------- filters

    @Test
    void actorIdFilter() {
        String peskov = actorId("Dmitry Peskov");
        List<Map<String, Object>> reactions = reactions(input("actorId", peskov), null);
        reactions.forEach(r -> assertEquals(peskov, string(r, "actor.id"), r::toString));
        assertEquals(List.of("WARNS", "CRITICIZES"), pluck(reactions, "stance").subList(0, 2));
        assertEquals(List.of(FLOATED, TWO_CONDITIONS), pluck(reactions, "target.text").subList(0, 2));
        assertEquals(0, reactions(input("actorId", actorId(MACRON)), null).size(), "Macron reacts to no one");
    }

    @Test
    void targetStatementIdFilter() {
        String floated = statementId(FLOATED);
        List<Map<String, Object>> toFloated = reactions(input("targetStatementId", floated), null);
        toFloated.forEach(r -> assertEquals(floated, string(r, "target.id"), r::toString));
        List<String> reactors = new ArrayList<>(REJECTING_COUNTRIES);
        reactors.addAll(List.of("Guido Crosetto", "Olaf Scholz", "Dmitry Peskov", "Vladimir Putin", "David Cameron",
                "Robert Fico", "Maria Zakharova"));
        assertEquals(reactors, pluck(toFloated, "actor.name").subList(0, 17));

        assertEquals(List.of(GONCHARENKO, "Dmitry Peskov"), pluck(reactions(input("targetStatementId",
                statementId(TWO_CONDITIONS)), null), "actor.name").subList(0, 2));
        assertEquals(List.of("Guido Crosetto", "Péter Szijjártó"), pluck(reactions(input("targetStatementId",
                statementId(DANGEROUS_ESCALATION)), null), "actor.name").subList(0, 2));
        assertEquals(0, reactions(input("targetStatementId", statementId(GOOD_SIGNAL)), null).size());
    }

    @Test
    void targetSpeakerIdFilter() {
        String macron = actorId(MACRON);
        List<Map<String, Object>> toMacron = reactions(input("targetSpeakerId", macron, "articleId", dagensId()),
                null);
        toMacron.forEach(r -> assertEquals(macron, string(r, "target.speaker.id"), r::toString));
        assertEquals(14, toMacron.size(), "every reaction Dagens.com reports is to Macron");
        assertEquals(5, reactions(input("targetSpeakerId", macron, "articleId", rtId()), null).size());

        List<Map<String, Object>> toCameron = reactions(input("targetSpeakerId", actorId("David Cameron")), null);
        toCameron.forEach(r -> assertEquals("David Cameron", string(r, "target.speaker.name"), r::toString));
        assertEquals(List.of("ECHOES", "ECHOES"), pluck(toCameron, "stance").subList(0, 2));
        assertEquals(0, reactions(input("targetSpeakerId", actorId(GONCHARENKO), "articleId", rtId()), null).size());
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "REJECTS    | Dagens.com | Slovakia, Czech Republic, Poland, Sweden, Hungary, Germany, United States,"
                    + " Canada, Italy, Spain",
            "REJECTS    | RT         | ''",
            "WARNS      | Dagens.com | Dmitry Peskov, Vladimir Putin",
            "WARNS      | RT         | David Cameron, Maria Zakharova",
            "OPPOSES    | Dagens.com | Olaf Scholz",
            "OPPOSES    | RT         | Robert Fico",
            "CRITICIZES | Dagens.com | Guido Crosetto",
            "CRITICIZES | RT         | Dmitry Peskov",
            "ECHOES     | RT         | Guido Crosetto, Péter Szijjártó",
            "PRAISES    | RT         | Oleksiy Goncharenko",
            "SUPPORTS   | RT         | ''",
            "DOUBTS     | Dagens.com | ''"})
    void stanceFilter(String stance, String outlet, String actors) {
        String articleId = outlet.equals(RT) ? rtId() : dagensId();
        List<Map<String, Object>> reactions = reactions(input("stance", stance, "articleId", articleId), null);
        reactions.forEach(r -> assertEquals(stance, r.get("stance"), r::toString));
        assertEquals(actors.isEmpty() ? List.of() : List.of(actors.split(",\\s*")), pluck(reactions, "actor.name"));
    }

    @Test
    void articleIdAndOutletFilters() {
        for (String articleId : List.of(dagensId(), rtId())) {
            List<Map<String, Object>> reactions = reactions(input("articleId", articleId), null);
            reactions.forEach(r -> assertTrue(pluck(list(r, "citations"), "article.id").contains(articleId),
                    r::toString));
            JsonPath article = GraphQL.data("article/articleGraph", vars("id", articleId));
            assertEquals(Set.copyOf(article.getList("article.reactions.id")), Set.copyOf(pluck(reactions, "id")),
                    "the filter and the article's own reactions agree");
        }
        assertEquals(14, reactions(input("articleId", dagensId()), null).size());
        assertEquals(7, reactions(input("articleId", rtId()), null).size());

        for (String outlet : List.of("RT", "rt")) {
            List<Map<String, Object>> reactions = reactions(input("outlet", outlet), null);
            reactions.forEach(r -> assertTrue(pluck(list(r, "citations"), "article.outlet").contains(RT),
                    r::toString));
            assertTrue(pluck(reactions, "id").containsAll(pluck(reactions(input("articleId", rtId()), null), "id")));
        }
        assertEquals(0, reactions(input("outlet", "Dagens", "articleId", dagensId()), null).size(),
                "part of an outlet's name is not its name");
        assertEquals(0, reactions(input("outlet", "RT", "articleId", dagensId()), null).size(),
                "no reaction is reported by both outlets");
    }

    /**
     * Peskov's WARNS is reported by Dagens.com (08:44 UTC), his CRITICIZES by RT (12:34 UTC); Crosetto's
     * CRITICIZES by Dagens.com and his ECHOES by RT. Both bounds are inclusive instants: the same instant written
     * with another UTC offset is the same bound.
     */
    @ParameterizedTest(name = "after {0}, before {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "2024-05-05T12:00:00Z      |                          | CRITICIZES, ECHOES",
            "                          | 2024-05-05T12:00:00Z     | WARNS, CRITICIZES",
            "2024-05-05T12:34:00Z      |                          | CRITICIZES, ECHOES",
            "2024-05-05T15:34:00+03:00 |                          | CRITICIZES, ECHOES",
            "2024-05-05T16:34:00+04:00 |                          | CRITICIZES, ECHOES",
            "                          | 2024-05-05T08:44:00Z     | WARNS, CRITICIZES",
            "                          | 2024-05-05T12:34:00Z     | WARNS, CRITICIZES, CRITICIZES, ECHOES",
            "2024-05-05T12:34:01Z      |                          | ''",
            "                          | 2024-05-05T10:44:00+02:00| WARNS, CRITICIZES",
            "                          | 2024-05-05T08:43:59Z     | ''",
            "2024-05-05T08:44:00Z      | 2024-05-05T12:34:00Z     | WARNS, CRITICIZES, CRITICIZES, ECHOES",
            "2024-05-05T09:00:00Z      | 2024-05-05T12:00:00Z     | ''"})
    void reportedAfterAndBeforeLookAtThePublicationOfTheReportingArticle(String after, String before,
            String stances) {
        Set<String> seed = new HashSet<>(pluck(reactions(input("articleId", dagensId()), null), "id"));
        seed.addAll(pluck(reactions(input("articleId", rtId()), null), "id"));
        List<String> found = new ArrayList<>();
        for (String actor : List.of("Dmitry Peskov", "Guido Crosetto")) {
            Map<String, Object> filter = new HashMap<>(input("reportedAfter", after, "reportedBefore", before));
            filter.put("actorId", actorId(actor));
            List<Map<String, Object>> reactions = reactions(filter, null);
            found.addAll(pluck(reactions.stream().filter(r -> seed.contains(r.get("id"))).toList(), "stance"));
            for (Map<String, Object> reaction : reactions) {
                assertTrue(list(reaction, "citations").stream().map(c -> instant(string(c, "article.publishedAt")))
                        .anyMatch(published -> inRange(published, after, before)), reaction::toString);
            }
        }
        assertEquals(stances.isEmpty() ? List.of() : List.of(stances.split(",\\s*")), found);
    }

    @Test
    void filtersCombine() {
        Map<String, Object> opposingMacron = input("targetSpeakerId", actorId(MACRON), "stance", "OPPOSES");
        List<Map<String, Object>> reactions = reactions(opposingMacron, null);
        assertEquals(List.of("Olaf Scholz", "Robert Fico"), pluck(reactions, "actor.name").subList(0, 2));

        Map<String, Object> everything = input("actorId", actorId("Robert Fico"), "targetStatementId",
                statementId(FLOATED), "targetSpeakerId", actorId(MACRON), "stance", "OPPOSES", "articleId", rtId(),
                "outlet", "rt", "reportedAfter", "2024-05-05T00:00:00Z", "reportedBefore", "2024-05-06T00:00:00Z");
        assertEquals(List.of("Robert Fico"), pluck(reactions(everything, null), "actor.name"));
        Map<String, Object> wrongOutlet = new HashMap<>(everything);
        wrongOutlet.put("outlet", DAGENS);
        assertEquals(0, reactions(wrongOutlet, null).size());
    }

    // ---------------------------------------------------------------- order

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"STANCE, ASC", "STANCE, DESC", "CREATED_AT, ASC", "CREATED_AT, DESC"})
    void everyOrderHolds(String field, String direction) {
        boolean ascending = direction.equals("ASC");
        List<Map<String, Object>> reactions = reactions(input("targetSpeakerId", actorId(MACRON)),
                input("field", field, "direction", direction));
        assertTrue(reactions.size() >= 19, reactions::toString);
        if (field.equals("STANCE")) {
            List<String> stances = stancesAsListed();
            assertInOrder(reactions, order(r -> stances.indexOf((String) r.get("stance")), ascending),
                    "STANCE " + direction + ", in the order the API lists the Stance values " + stances);
        } else {
            assertInOrder(reactions, order(r -> instant(r.get("createdAt")), ascending), "CREATED_AT " + direction);
        }
    }

    @Test
    void stanceOrderFollowsTheStanceListingWithTiesInRecordOrder() {
        List<String> stances = stancesAsListed();
        Comparator<Map<String, Object>> byStance = Comparator.comparing(
                (Map<String, Object> r) -> stances.indexOf((String) r.get("stance")));
        for (String articleId : List.of(dagensId(), rtId())) {
            Map<String, Object> filter = input("articleId", articleId);
            List<Map<String, Object>> recorded = reactions(filter, null);
            List<Map<String, Object>> ascending = new ArrayList<>(recorded);
            ascending.sort(byStance); // stable: ties stay in record order
            List<Map<String, Object>> descending = new ArrayList<>(recorded);
            Collections.reverse(descending);
            descending.sort(byStance.reversed());

            assertEquals(pluck(ascending, "id"),
                    pluck(reactions(filter, input("field", "STANCE", "direction", "ASC")), "id"));
            assertEquals(pluck(descending, "id"),
                    pluck(reactions(filter, input("field", "STANCE", "direction", "DESC")), "id"));
        }
    }

    @Test
    void byDefaultReactionsComeInTheOrderTheyWereRecorded() {
        List<Map<String, Object>> reactions = reactions(input("articleId", rtId()), null);
        assertInOrder(reactions, order(r -> instant(r.get("createdAt")), true), "default order");
        assertEquals(pluck(reactions(input("articleId", rtId()), input("field", "CREATED_AT", "direction", "ASC")),
                "id"), pluck(reactions, "id"));
        // the seed's order
        assertEquals(List.of(GONCHARENKO, "David Cameron", "Guido Crosetto", "Péter Szijjártó", "Robert Fico",
                "Dmitry Peskov", "Maria Zakharova"), pluck(reactions, "actor.name"));
    }

    // ---------------------------------------------------------------- helpers

    private static JsonPath reaction(String id) {
        return GraphQL.at(GraphQL.data("reaction/reactionGraph", vars("id", id)), "reaction");
    }

    private static List<Map<String, Object>> reactions(Map<String, Object> filter, Map<String, Object> orderBy) {
        return all("reaction/reactions", "reactions", vars("filter", filter, "orderBy", orderBy));
    }

    /** The Stance values in the order the API lists them (introspection). */
    private static List<String> stancesAsListed() {
        List<String> stances = GraphQL.data("reaction/stances").getList("__type.enumValues.name");
        assertEquals(Set.of("SUPPORTS", "PRAISES", "ECHOES", "ACKNOWLEDGES", "DOUBTS", "CRITICIZES", "OPPOSES",
                "REJECTS", "WARNS"), Set.copyOf(stances));
        return stances;
    }

    private static boolean inRange(Instant instant, String after, String before) {
        return instant != null && (after == null || !instant.isBefore(instant(after)))
                && (before == null || !instant.isAfter(instant(before)));
    }
}
