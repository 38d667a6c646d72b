package io.newsgraph.actor;

import static io.newsgraph.SeedLookup.ABSOLUTELY_POSSIBLE;
import static io.newsgraph.SeedLookup.DANGEROUS_ESCALATION;
import static io.newsgraph.SeedLookup.FLOATED;
import static io.newsgraph.SeedLookup.GONCHARENKO;
import static io.newsgraph.SeedLookup.GOOD_SIGNAL;
import static io.newsgraph.SeedLookup.MACRON;
import static io.newsgraph.SeedLookup.MAY_REQUEST;
import static io.newsgraph.SeedLookup.REJECTING_COUNTRIES;
import static io.newsgraph.SeedLookup.RT;
import static io.newsgraph.SeedLookup.TWO_CONDITIONS;
import static io.newsgraph.SeedLookup.UNKNOWN_ID;
import static io.newsgraph.SeedLookup.VERY_GOOD_SIGNAL;
import static io.newsgraph.SeedLookup.actorId;
import static io.newsgraph.SeedLookup.all;
import static io.newsgraph.SeedLookup.assertInOrder;
import static io.newsgraph.SeedLookup.dagensId;
import static io.newsgraph.SeedLookup.date;
import static io.newsgraph.SeedLookup.id;
import static io.newsgraph.SeedLookup.input;
import static io.newsgraph.SeedLookup.instant;
import static io.newsgraph.SeedLookup.nodes;
import static io.newsgraph.SeedLookup.only;
import static io.newsgraph.SeedLookup.order;
import static io.newsgraph.SeedLookup.pluck;
import static io.newsgraph.SeedLookup.rtId;
import static io.newsgraph.SeedLookup.string;
import static io.newsgraph.SeedLookup.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code actors} and {@code actor} queries: fields, aliases, affiliation both ways, what an actor said, the
 * reactions given and received, the articles citing them, the name/kind/affiliation filters and both orders. Lists that
 * other test classes could lengthen are compared on their seed entries, and their order is checked on every entry.
 */
@QuarkusTest
class ActorQueryTest {

    private static final List<String> SEED_COUNTRIES = List.of("France", "Ukraine", "Russia", "United Kingdom",
            "Slovakia", "Czech Republic", "Poland", "Sweden", "Hungary", "Germany", "United States", "Canada", "Italy",
            "Spain");
    private static final List<String> SEED_PEOPLE = List.of(GONCHARENKO, MACRON, "Volodymyr Zelensky",
            "Vladimir Putin", "Dmitry Peskov", "Maria Zakharova", "Sergei Shoigu", "David Cameron", "Guido Crosetto",
            "Péter Szijjártó", "Robert Fico", "Olaf Scholz");
    private static final Set<String> SEED_NAMES = Stream.of(SEED_COUNTRIES, SEED_PEOPLE,
            List.of("Russian Armed Forces")).flatMap(List::stream).collect(Collectors.toSet());
    private static final List<String> RUSSIANS = List.of("Dmitry Peskov", "Maria Zakharova", "Russian Armed Forces",
            "Sergei Shoigu", "Vladimir Putin");

    // ---------------------------------------------------------------- actor(id)

    @Test
    void goncharenkoHasEveryFieldAndEverySpelling() {
        JsonPath actor = actor(actorId(GONCHARENKO));
        assertEquals(GONCHARENKO, actor.getString("name"));
        assertEquals("PERSON", actor.getString("kind"));
        assertEquals("Ukrainian MP", actor.getString("role"));
        assertNull(actor.get("externalId"));
        assertEquals("Member of the Ukrainian parliament (Verkhovna Rada) from Odesa.", actor.getString("description"));
        assertEquals(List.of("Alexey Goncharenko", "Aleksey Goncharenko", "Oleksii Honcharenko", "Oleksiy Honcharenko",
                "Goncharenko"), actor.getList("aliases"));
        assertEquals(actorId("Ukraine"), actor.getString("affiliation.id"));
        assertEquals("Ukraine", actor.getString("affiliation.name"));
        assertEquals("COUNTRY", actor.getString("affiliation.kind"));
        assertNull(actor.get("affiliation.affiliation"), "a country belongs to no one");
        assertEquals(List.of(), actor.getList("affiliates"), "no one is affiliated with a person");
    }

    @Test
    void macronHasHisQidAndBelongsToFrance() {
        JsonPath actor = actor(actorId(MACRON));
        assertEquals("President of France", actor.getString("role"));
        assertEquals("Q3052772", actor.getString("externalId"));
        assertEquals(List.of("Macron"), actor.getList("aliases"));
        assertEquals("France", actor.getString("affiliation.name"));

        JsonPath ukraine = actor(actorId("Ukraine"));
        assertEquals("Q212", ukraine.getString("externalId"));
        assertEquals(List.of(), ukraine.getList("aliases"));
        assertNull(ukraine.get("role"));
    }

    @Test
    void anUnknownActorIsNotFound() {
        JsonPath response = GraphQL.run("actor/actorGraph", vars("id", UNKNOWN_ID));
        JsonPath error = GraphQL.error(response);
        assertEquals("NOT_FOUND", error.getString("extensions.code"));
        assertEquals("id", error.getString("extensions.field"));
        assertEquals(List.of("actor"), error.getList("path"));
        assertNull(response.get("data.actor"));
    }

    // ---------------------------------------------------------------- relations

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Russia         | Dmitry Peskov, Maria Zakharova, Russian Armed Forces, Sergei Shoigu, Vladimir Putin",
            "Ukraine        | Oleksiy Goncharenko, Volodymyr Zelensky",
            "France         | Emmanuel Macron",
            "United Kingdom | David Cameron",
            "Hungary        | Péter Szijjártó",
            "Canada         | ''"})
    void affiliatesAreTheActorsAffiliatedWithOneByName(String country, String expected) {
        String countryId = actorId(country);
        List<String> names = expected.isEmpty() ? List.of() : List.of(expected.split(",\\s*"));
        List<Map<String, Object>> affiliates = nodes(actor(countryId), "affiliates");
        assertEquals(names, only(SEED_NAMES, pluck(affiliates, "name")));
        assertInOrder(affiliates, order(a -> string(a, "name"), true), country + " affiliates");
        // ...and each of them names it as its affiliation
        for (Map<String, Object> affiliate : affiliates) {
            assertEquals(countryId, string(affiliate, "affiliation.id"), affiliate::toString);
        }
    }

    @Test
    void statementsAreLatestFirstUndatedLast() {
        String strategicAmbiguity = "Macron said he supports strategic ambiguity towards Russia as a way of deterring"
                + " Moscow, and that his stance on potential Western military action in Ukraine is in line with it.";
        String couldBeAnOption = "Macron suggested that deploying foreign troops in Ukraine could be an option to"
                + " consider.";
        // dated 4 May, then February (MONTH precision), then the undated ones, newest record first
        List<String> macron = List.of(strategicAmbiguity, FLOATED, TWO_CONDITIONS, GOOD_SIGNAL, couldBeAnOption);
        assertSaidLatestFirst(MACRON, macron);

        // all undated: newest record first, i.e. the reverse of the order the seed lists them
        assertSaidLatestFirst("Volodymyr Zelensky", List.of(
                "Zelensky expressed concern that a backlash from citizens in Western countries could pressure their"
                        + " governments not to deploy troops.",
                "Zelensky said he feared that openly seeking military assistance could provoke Russia to step up its"
                        + " efforts to thwart international aid to Ukraine.",
                "Zelensky said he was reluctant to initiate a request for Western troops publicly.",
                "Zelensky acknowledged that he would like to see Western soldiers support Ukraine directly."));

        // all said on 4 May 2024 in the LCI interview
        assertSaidLatestFirst(GONCHARENKO, List.of(
                "Goncharenko said it would be in the EU’s interest to heed such an appeal for assistance, since"
                        + " stopping Russia would be easier with Ukraine than without it.",
                "Goncharenko said he hoped that such a drastic measure would not be necessary.",
                "Asked whether Ukraine would seek direct Western military assistance if Russian troops approached"
                        + " Kharkov or Kiev, Goncharenko said he did not rule out any scenario.",
                "Goncharenko said foreign troops in Ukraine could train the Ukrainian military and carry out other"
                        + " missions without engaging Russian forces directly.",
                VERY_GOOD_SIGNAL,
                "Goncharenko thanked Macron for not ruling out sending Western troops to Ukraine.",
                ABSOLUTELY_POSSIBLE,
                MAY_REQUEST));

        assertEquals(List.of(), actor(actorId("Slovakia")).getList("statements"), "Slovakia only reacts");
    }

    @Test
    void reactionsGivenAreNewestFirst() {
        JsonPath peskov = actor(actorId("Dmitry Peskov"));
        List<Map<String, Object>> given = seedTail(nodes(peskov, "reactionsGiven"), 2);
        assertEquals(List.of("CRITICIZES", "WARNS"), pluck(given, "stance"));
        assertEquals(List.of(TWO_CONDITIONS, FLOATED), pluck(given, "target.text"));
        assertEquals(List.of(MACRON, MACRON), pluck(given, "target.speaker.name"));
        assertNewestFirst(nodes(peskov, "reactionsGiven"));
        nodes(peskov, "reactionsGiven").forEach(r -> assertEquals(peskov.getString("id"), string(r, "actor.id")));

        JsonPath crosetto = actor(actorId("Guido Crosetto"));
        List<Map<String, Object>> crosettos = seedTail(nodes(crosetto, "reactionsGiven"), 2);
        assertEquals(List.of("ECHOES", "CRITICIZES"), pluck(crosettos, "stance"));
        assertEquals(List.of(DANGEROUS_ESCALATION, FLOATED), pluck(crosettos, "target.text"));

        JsonPath slovakia = actor(actorId("Slovakia"));
        assertEquals(List.of("REJECTS"), pluck(seedTail(nodes(slovakia, "reactionsGiven"), 1), "stance"));
        assertEquals(List.of(FLOATED), pluck(seedTail(nodes(slovakia, "reactionsGiven"), 1), "target.text"));

        assertEquals(List.of(), actor(actorId(MACRON)).getList("reactionsGiven"), "Macron reacts to no one");
    }

    @Test
    void reactionsReceivedAreThoseToTheActorsStatementsNewestFirst() {
        JsonPath cameron = actor(actorId("David Cameron"));
        List<Map<String, Object>> received = nodes(cameron, "reactionsReceived");
        assertEquals(List.of("Péter Szijjártó", "Guido Crosetto"), pluck(seedTail(received, 2), "actor.name"));
        assertEquals(List.of("ECHOES", "ECHOES"), pluck(seedTail(received, 2), "stance"));
        assertNewestFirst(received);
        received.forEach(r -> assertEquals(cameron.getString("id"), string(r, "target.speaker.id")));

        JsonPath macron = actor(actorId(MACRON));
        List<Map<String, Object>> toMacron = nodes(macron, "reactionsReceived");
        assertNewestFirst(toMacron);
        toMacron.forEach(r -> assertEquals(macron.getString("id"), string(r, "target.speaker.id")));
        List<Map<String, Object>> seed = seedTail(toMacron, 19);
        List<String> reactors = new ArrayList<>(REJECTING_COUNTRIES);
        reactors.addAll(List.of("Guido Crosetto", "Olaf Scholz", "Dmitry Peskov", "Vladimir Putin", "David Cameron",
                "Robert Fico", "Dmitry Peskov", "Maria Zakharova", GONCHARENKO));
        assertEquals(Set.copyOf(reactors), Set.copyOf(pluck(seed, "actor.name")));
        assertEquals(1, pluck(seed, "stance").stream().filter("PRAISES"::equals).count());
        assertEquals(10, pluck(seed, "stance").stream().filter("REJECTS"::equals).count());

        assertEquals(List.of(), actor(actorId("Maria Zakharova")).getList("reactionsReceived"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "Emmanuel Macron     | RT, Dagens.com",
            "Guido Crosetto      | RT, Dagens.com",
            "Oleksiy Goncharenko | RT, Dagens.com",
            "Volodymyr Zelensky  | Dagens.com",
            "Slovakia            | Dagens.com",
            "David Cameron       | RT",
            "Russian Armed Forces| RT",
            "Ukraine             | ''",
            "France              | ''"})
    void articlesAreThoseCitingTheActorMostRecentlyAddedFirst(String actor, String outlets) {
        List<String> expected = new ArrayList<>();
        for (String outlet : outlets.isEmpty() ? List.<String>of() : List.of(outlets.split(",\\s*"))) {
            expected.add(outlet.equals(RT) ? rtId() : dagensId());
        }
        List<Map<String, Object>> articles = nodes(actor(actorId(actor)), "articles");
        assertEquals(expected, only(Set.of(rtId(), dagensId()), pluck(articles, "id")));
        assertInOrder(articles, order(a -> id(a), false), actor + " articles");
    }

    // ---------------------------------------------------------------- filters

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', value = {
            "goncharenko          | Oleksiy Goncharenko",
            "ALEKSEY GONCHARENKO  | Oleksiy Goncharenko",
            "honcharenko          | Oleksiy Goncharenko",
            "czechia              | Czech Republic",
            "U.S.                 | United States",
            "united states of     | United States",
            "SERGEY               | Sergei Shoigu",
            "peter szijjarto      | Péter Szijjártó",
            "SZIJJÁRTÓ            | Péter Szijjártó",
            "lord cameron         | David Cameron",
            "russian military     | Russian Armed Forces",
            "zelen                | Volodymyr Zelensky",
            "  Fico               | Robert Fico",
            "russia               | Russia, Russian Armed Forces"})
    void nameFilterMatchesNamesAndAliasesIgnoringCase(String name, String expected) {
        List<String> names = pluck(actors(input("name", name), null), "name");
        assertEquals(List.of(expected.split(",\\s*")), only(SEED_NAMES, names));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Defence Minister", "Kremlin spokesman", "Q3052772", "%", "_", "Ol_f", "%Scholz"})
    void nameFilterLooksAtNothingElseAndTakesWildcardsLiterally(String name) {
        assertEquals(List.of(), only(SEED_NAMES, pluck(actors(input("name", name), null), "name")));
    }

    @Test
    void kindFilter() {
        List<Map<String, Object>> countries = actors(input("kind", "COUNTRY"), null);
        countries.forEach(a -> assertEquals("COUNTRY", a.get("kind"), a::toString));
        assertEquals(Set.copyOf(SEED_COUNTRIES), Set.copyOf(only(SEED_NAMES, pluck(countries, "name"))));

        List<Map<String, Object>> people = actors(input("kind", "PERSON"), null);
        people.forEach(a -> assertEquals("PERSON", a.get("kind"), a::toString));
        assertEquals(Set.copyOf(SEED_PEOPLE), Set.copyOf(only(SEED_NAMES, pluck(people, "name"))));

        List<Map<String, Object>> organisations = actors(input("kind", "ORGANISATION"), null);
        organisations.forEach(a -> assertEquals("ORGANISATION", a.get("kind"), a::toString));
        assertEquals(List.of("Russian Armed Forces"), only(SEED_NAMES, pluck(organisations, "name")));

        for (String kind : List.of("GOVERNMENT", "MEDIA_OUTLET")) {
            assertEquals(List.of(), only(SEED_NAMES, pluck(actors(input("kind", kind), null), "name")), kind);
        }
    }

    @Test
    void affiliationFilterAndItsCombinations() {
        String russia = actorId("Russia");
        List<Map<String, Object>> russians = actors(input("affiliationId", russia), null);
        russians.forEach(a -> assertEquals(russia, string(a, "affiliation.id"), a::toString));
        assertEquals(RUSSIANS, only(SEED_NAMES, pluck(russians, "name")));

        assertEquals(List.of("Dmitry Peskov", "Maria Zakharova", "Sergei Shoigu", "Vladimir Putin"),
                only(SEED_NAMES, pluck(actors(input("affiliationId", russia, "kind", "PERSON"), null), "name")));
        assertEquals(List.of("Sergei Shoigu"), only(SEED_NAMES,
                pluck(actors(input("affiliationId", russia, "name", "sergey"), null), "name")));
        assertEquals(List.of(), only(SEED_NAMES,
                pluck(actors(input("affiliationId", russia, "name", "macron"), null), "name")));
        assertEquals(List.of(), only(SEED_NAMES,
                pluck(actors(input("affiliationId", actorId(MACRON)), null), "name")));
    }

    // ---------------------------------------------------------------- order

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"NAME, ASC", "NAME, DESC", "CREATED_AT, ASC", "CREATED_AT, DESC"})
    void everyOrderHolds(String field, String direction) {
        boolean ascending = direction.equals("ASC");
        List<Map<String, Object>> countries = actors(input("kind", "COUNTRY"),
                input("field", field, "direction", direction));
        Comparator<Map<String, Object>> expected = field.equals("NAME")
                ? order(a -> string(a, "name"), ascending)
                : order(a -> instant(a.get("createdAt")), ascending);
        assertInOrder(countries, expected, field + " " + direction);

        List<String> seed = new ArrayList<>(field.equals("NAME")
                ? SEED_COUNTRIES.stream().sorted().toList()
                : SEED_COUNTRIES); // the seed loads them in its own order
        if (!ascending) {
            Collections.reverse(seed);
        }
        assertEquals(seed, only(SEED_NAMES, pluck(countries, "name")));
    }

    @Test
    void byDefaultActorsAreByNameAToZ() {
        List<Map<String, Object>> countries = actors(input("kind", "COUNTRY"), null);
        assertInOrder(countries, order(a -> string(a, "name"), true), "default order");
        assertEquals(List.of("Canada", "Czech Republic", "France", "Germany", "Hungary", "Italy", "Poland", "Russia",
                "Slovakia", "Spain", "Sweden", "Ukraine", "United Kingdom", "United States"),
                only(SEED_NAMES, pluck(countries, "name")));
    }

    // ---------------------------------------------------------------- helpers

    private static JsonPath actor(String id) {
        return GraphQL.at(GraphQL.data("actor/actorGraph", vars("id", id)), "actor");
    }

    private static List<Map<String, Object>> actors(Map<String, Object> filter, Map<String, Object> orderBy) {
        return all("actor/actors", "actors", vars("filter", filter, "orderBy", orderBy));
    }

    /** The last {@code n} entries of a newest-first list: the seed's, as rows added later come before them. */
    private static List<Map<String, Object>> seedTail(List<Map<String, Object>> newestFirst, int n) {
        assertTrue(newestFirst.size() >= n, () -> "expected at least " + n + " in " + newestFirst);
        return newestFirst.subList(newestFirst.size() - n, newestFirst.size());
    }

    private static void assertNewestFirst(List<Map<String, Object>> reactions) {
        assertInOrder(reactions, Comparator.comparing((Map<String, Object> r) -> id(r)).reversed(), "newest first");
    }

    private static void assertSaidLatestFirst(String speaker, List<String> seedStatements) {
        String speakerId = actorId(speaker);
        List<Map<String, Object>> statements = nodes(actor(speakerId), "statements");
        assertEquals(seedStatements, only(Set.copyOf(seedStatements), pluck(statements, "text")), speaker);
        assertInOrder(statements, order(s -> date(s.get("saidOn")), false), speaker + "'s statements");
        statements.forEach(s -> assertEquals(speakerId, string(s, "speaker.id"), s::toString));
    }
}
