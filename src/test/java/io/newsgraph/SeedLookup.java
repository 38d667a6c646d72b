package io.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the seed's rows through the API (by what the seed says about them: an article's URL, an actor's name, a
 * statement's exact text) and offers the small list helpers the query tests share. Nothing is cached: ids are looked
 * up each time, so a test never depends on the order test classes run in.
 */
public final class SeedLookup {

    public static final String DAGENS = "Dagens.com";
    public static final String RT = "RT";
    public static final String DAGENS_URL = "https://www.dagens.com/news/absolutely-possible-kyiv-discusses-the-"
            + "deployment-of-western-troops-to-ukraine-to-assist-the-armed-forces";
    public static final String RT_URL = "https://www.rt.com/russia/597025-ukraine-western-military-intervention/";

    public static final String MACRON = "Emmanuel Macron";
    public static final String GONCHARENKO = "Oleksiy Goncharenko";

    /** Statement texts the tests refer to often. */
    public static final String FLOATED = "Macron floated the possibility of deploying Western troops to Ukraine.";
    public static final String TWO_CONDITIONS = "if the Russians were to break through the front lines [and, second,]"
            + " if there were a Ukrainian request";
    public static final String GOOD_SIGNAL = "good signal";
    public static final String VERY_GOOD_SIGNAL = "very good signal";
    public static final String DANGEROUS_ESCALATION = "could be a dangerous escalation";
    public static final String CROSETTO_ESCALATION = "Crosetto said that sending Western troops to Ukraine, as Macron"
            + " had suggested, risked escalating tensions.";
    public static final String ABSOLUTELY_POSSIBLE = "Yes, I think it is possible… If the frontline situation shows"
            + " us that Ukraine cannot stop [Russian President Vladimir] Putin alone without European military support"
            + " and troops, this is absolutely possible";
    public static final String MAY_REQUEST = "Goncharenko said Ukraine could ask for Western troops to be deployed on"
            + " its soil if its own forces proved insufficient on the battlefield.";

    /** The ten countries the Dagens.com article lists as rejecting Macron's idea, in the seed's order. */
    public static final List<String> REJECTING_COUNTRIES = List.of("Slovakia", "Czech Republic", "Poland", "Sweden",
            "Hungary", "Germany", "United States", "Canada", "Italy", "Spain");

    /** An id no row has. */
    public static final String UNKNOWN_ID = "987654321";

    private SeedLookup() {
    }

    // ---------------------------------------------------------------- seed rows by what the seed says of them

    public static String dagensId() {
        return articleId(DAGENS, DAGENS_URL);
    }

    public static String rtId() {
        return articleId(RT, RT_URL);
    }

    private static String articleId(String outlet, String url) {
        JsonPath data = GraphQL.data("article/articles", vars("filter", Map.of("outlet", outlet), "first", 100));
        List<String> ids = nodes(data, "articles.nodes").stream().filter(a -> url.equals(a.get("url")))
                .map(a -> (String) a.get("id")).toList();
        assertEquals(1, ids.size(), () -> "seed articles of " + outlet + " at " + url + ": " + ids);
        return ids.get(0);
    }

    /** The one actor whose canonical name is exactly {@code name}. */
    public static String actorId(String name) {
        JsonPath data = GraphQL.data("actor/actors", vars("filter", Map.of("name", name), "first", 100));
        List<String> ids = nodes(data, "actors.nodes").stream().filter(a -> name.equals(a.get("name")))
                .map(a -> (String) a.get("id")).toList();
        assertEquals(1, ids.size(), () -> "actors named " + name + ": " + ids);
        return ids.get(0);
    }

    /** The one statement whose text is exactly {@code text}. */
    public static String statementId(String text) {
        JsonPath data = GraphQL.data("statement/statements", vars("filter", Map.of("text", text), "first", 100));
        List<String> ids = nodes(data, "statements.nodes").stream().filter(s -> text.equals(s.get("text")))
                .map(s -> (String) s.get("id")).toList();
        assertEquals(1, ids.size(), () -> "statements with text \"" + text + "\": " + ids);
        return ids.get(0);
    }

    /** The one reaction of the actor named {@code actor} with {@code stance} towards the statement {@code target}. */
    public static String reactionId(String actor, String stance, String target) {
        JsonPath data = GraphQL.data("reaction/reactions",
                vars("filter", Map.of("actorId", actorId(actor), "stance", stance), "first", 100));
        List<String> ids = nodes(data, "reactions.nodes").stream()
                .filter(r -> target.equals(path(r, "target.text")))
                .map(r -> (String) r.get("id")).toList();
        assertEquals(1, ids.size(), () -> actor + " " + stance + " \"" + target + "\": " + ids);
        return ids.get(0);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Every node of a connection, walked 100 at a time: {@code operation} takes {@code $first} and {@code $after}
     * besides {@code vars}, and {@code root} is its connection field. Checks the walk against {@code totalCount}.
     */
    public static List<Map<String, Object>> all(String operation, String root, Map<String, Object> vars) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        Map<String, Object> page = new LinkedHashMap<>(vars);
        page.put("first", 100);
        long total;
        while (true) {
            JsonPath data = GraphQL.data(operation, page);
            total = data.getLong(root + ".totalCount");
            nodes.addAll(nodes(data, root + ".nodes"));
            if (!data.getBoolean(root + ".pageInfo.hasNextPage")) {
                break;
            }
            page.put("after", data.getString(root + ".pageInfo.endCursor"));
            assertTrue(nodes.size() <= total, () -> root + ": more items than totalCount");
        }
        assertEquals(total, nodes.size(), root + ": totalCount against the items listed");
        return nodes;
    }

    /** Variables from alternating names and values; null values are left out (so the argument is not given). */
    public static Map<String, Object> vars(Object... namesAndValues) {
        Map<String, Object> vars = MutationFixtures.map(namesAndValues);
        vars.values().removeIf(Objects::isNull);
        return vars;
    }

    /** A filter or order input: like {@link #vars}, null values left out. */
    public static Map<String, Object> input(Object... namesAndValues) {
        return vars(namesAndValues);
    }

    /** The list of objects at {@code path}. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> nodes(JsonPath json, String path) {
        List<Map<String, Object>> list = json.getList(path);
        if (list == null) {
            throw new AssertionError("No list at " + path + " in:\n" + json.prettify());
        }
        return list;
    }

    /** The value at a dotted path inside a node ({@code "speaker.name"}), null if any step is null. */
    @SuppressWarnings("unchecked")
    public static Object path(Map<String, Object> node, String path) {
        Object value = node;
        for (String step : path.split("\\.")) {
            if (value == null) {
                return null;
            }
            value = ((Map<String, Object>) value).get(step);
        }
        return value;
    }

    public static String string(Map<String, Object> node, String path) {
        return (String) path(node, path);
    }

    /** The objects of the list at {@code path} inside a node. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Map<String, Object> node, String path) {
        return (List<Map<String, Object>>) path(node, path);
    }

    /** One value out of each node. */
    public static <T> List<T> pluck(List<Map<String, Object>> nodes, String path) {
        List<T> values = new ArrayList<>();
        for (Map<String, Object> node : nodes) {
            @SuppressWarnings("unchecked")
            T value = (T) path(node, path);
            values.add(value);
        }
        return values;
    }

    /** The values in {@code values} that are among {@code wanted}, in their order (scopes a list to seed rows). */
    public static <T> List<T> only(Collection<T> wanted, List<T> values) {
        return values.stream().filter(wanted::contains).toList();
    }

    public static long id(Map<String, Object> node) {
        return Long.parseLong((String) node.get("id"));
    }

    public static Instant instant(Object isoDateTime) {
        return isoDateTime == null ? null : OffsetDateTime.parse((String) isoDateTime).toInstant();
    }

    public static LocalDate date(Object isoDate) {
        return isoDate == null ? null : LocalDate.parse((String) isoDate);
    }

    /**
     * The order a list is in: by a key (nulls first when ascending, last when descending, as the API documents),
     * ties broken by id in the same direction.
     */
    public static <K extends Comparable<? super K>> Comparator<Map<String, Object>> order(
            Function<Map<String, Object>, K> key, boolean ascending) {
        Comparator<K> keys = ascending ? Comparator.nullsFirst(Comparator.<K>naturalOrder())
                : Comparator.nullsLast(Comparator.<K>reverseOrder());
        Comparator<Long> ids = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(key, keys).thenComparing(SeedLookup::id, ids);
    }

    /** Asserts each node comes strictly before the next in {@code order}. */
    public static void assertInOrder(List<Map<String, Object>> nodes, Comparator<Map<String, Object>> order,
            String what) {
        for (int i = 1; i < nodes.size(); i++) {
            int index = i;
            assertTrue(order.compare(nodes.get(i - 1), nodes.get(i)) < 0,
                    () -> what + ": item " + (index - 1) + " " + nodes.get(index - 1) + " should come after item "
                            + index + " " + nodes.get(index));
        }
    }

    /** Asserts the ids are all different. */
    public static void assertDistinct(List<String> ids, String what) {
        if (Set.copyOf(ids).size() != ids.size()) {
            fail(what + " repeats ids: " + ids);
        }
    }
}
