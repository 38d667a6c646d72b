package io.newsgraph.statement;

import static io.newsgraph.SeedLookup.ABSOLUTELY_POSSIBLE;
import static io.newsgraph.SeedLookup.CROSETTO_ESCALATION;
import static io.newsgraph.SeedLookup.DAGENS;
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
import static io.newsgraph.SeedLookup.list;
import static io.newsgraph.SeedLookup.nodes;
import static io.newsgraph.SeedLookup.order;
import static io.newsgraph.SeedLookup.pluck;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code statements} and {@code statement} queries: fields, speaker, citations, articles, reactions, the
 * reactions a statement is the reacting words of, variants both ways, every filter and every order. Lists are scoped
 * to one seed article where other test classes could lengthen them.
 */
@QuarkusTest
class StatementQueryTest {

    private static final String STRATEGIC_AMBIGUITY = "Macron said he supports strategic ambiguity towards Russia as"
            + " a way of deterring Moscow, and that his stance on potential Western military action in Ukraine is in"
            + " line with it.";

    // ---------------------------------------------------------------- statement(id)

    @Test
    void absolutelyPossibleHasEveryField() {
        JsonPath statement = statement(statementId(ABSOLUTELY_POSSIBLE));
        assertEquals(ABSOLUTELY_POSSIBLE, statement.getString("text"));
        assertEquals("DIRECT_QUOTE", statement.getString("kind"));
        assertEquals("2024-05-04", statement.getString("saidOn"));
        assertEquals("DAY", statement.getString("saidOnPrecision"));
        assertEquals("interview with LCI", statement.getString("venue"));
        assertEquals(GONCHARENKO, statement.getString("speaker.name"));
        assertEquals("Ukrainian MP", statement.getString("speaker.role"));
        assertEquals(actorId(GONCHARENKO), statement.getString("speaker.id"));
    }

    @Test
    void macronFloatingTheIdeaIsKnownToTheMonth() {
        JsonPath statement = statement(statementId(FLOATED));
        assertEquals("PARAPHRASE", statement.getString("kind"));
        assertEquals("2024-02-01", statement.getString("saidOn"));
        assertEquals("MONTH", statement.getString("saidOnPrecision"));
        assertNull(statement.get("venue"));
        assertEquals(MACRON, statement.getString("speaker.name"));

        JsonPath undated = statement(statementId(GOOD_SIGNAL));
        assertNull(undated.get("saidOn"));
        assertNull(undated.get("saidOnPrecision"));
    }

    @Test
    void anUnknownStatementIsNotFound() {
        JsonPath response = GraphQL.run("statement/statementGraph", vars("id", UNKNOWN_ID));
        JsonPath error = GraphQL.error(response);
        assertEquals("NOT_FOUND", error.getString("extensions.code"));
        assertEquals("id", error.getString("extensions.field"));
        assertEquals(List.of("statement"), error.getList("path"));
        assertNull(response.get("data.statement"));
    }

    // ---------------------------------------------------------------- relations

    @Test
    void citationsAndArticlesComeEarliestArticleFirst() {
        JsonPath mayRequest = statement(statementId(MAY_REQUEST));
        List<Map<String, Object>> citations = nodes(mayRequest, "citations");
        assertEquals(List.of(DAGENS, DAGENS, RT), pluck(citations, "article.outlet"));
        assertEquals(List.of(309, 559, 0), pluck(citations, "startOffset"));
        assertEquals(List.of(dagensId(), dagensId(), rtId()), pluck(citations, "article.id"));
        assertTrue(string(citations.get(0), "excerpt").startsWith("Ukrainian MP Alexey Goncharenko recently hinted"));
        assertTrue(string(citations.get(2), "excerpt").startsWith("Kiev could request that Western troops"));
        for (Map<String, Object> citation : citations) {
            assertEquals(mayRequest.getString("id"), string(citation, "statement.id"), "the way back");
            assertNull(citation.get("reaction"));
            assertEquals((Integer) citation.get("endOffset") - (Integer) citation.get("startOffset"),
                    string(citation, "excerpt").length());
        }
        assertEquals(List.of(dagensId(), rtId()), mayRequest.getList("articles.id"), "each article once");
        assertEquals(List.of(DAGENS, RT), mayRequest.getList("articles.outlet"));

        // two citations in one article: still one article
        JsonPath ambiguity = statement(statementId(STRATEGIC_AMBIGUITY));
        assertEquals(List.of(1484, 1620), ambiguity.getList("citations.startOffset"));
        assertEquals(List.of(rtId()), ambiguity.getList("articles.id"));
    }

    @Test
    void reactionsToAStatementComeOldestFirst() {
        JsonPath floated = statement(statementId(FLOATED));
        List<Map<String, Object>> reactions = nodes(floated, "reactions");
        assertInOrder(reactions, Comparator.comparing((Map<String, Object> r) -> id(r)), "oldest first");
        reactions.forEach(r -> assertEquals(floated.getString("id"), string(r, "target.id")));
        // the seed's come first, in the seed's order
        List<String> reactors = new ArrayList<>(REJECTING_COUNTRIES);
        reactors.addAll(List.of("Guido Crosetto", "Olaf Scholz", "Dmitry Peskov", "Vladimir Putin", "David Cameron",
                "Robert Fico", "Maria Zakharova"));
        assertEquals(reactors, pluck(reactions, "actor.name").subList(0, 17));
        List<String> stances = new ArrayList<>(Collections.nCopies(10, "REJECTS"));
        stances.addAll(List.of("CRITICIZES", "OPPOSES", "WARNS", "WARNS", "WARNS", "OPPOSES", "WARNS"));
        assertEquals(stances, pluck(reactions, "stance").subList(0, 17));

        JsonPath cameron = statement(statementId(DANGEROUS_ESCALATION));
        assertEquals(List.of("Guido Crosetto", "Péter Szijjártó"),
                pluck(nodes(cameron, "reactions"), "actor.name").subList(0, 2));
        assertEquals(List.of(GONCHARENKO, "Dmitry Peskov"),
                pluck(nodes(statement(statementId(TWO_CONDITIONS)), "reactions"), "actor.name").subList(0, 2));
        assertEquals(List.of(), statement(statementId(GOOD_SIGNAL)).getList("reactions"));
    }

    @Test
    void expressesListsTheReactionsAStatementIsTheReactingWordsOf() {
        JsonPath crosetto = statement(statementId(CROSETTO_ESCALATION));
        List<Map<String, Object>> expresses = nodes(crosetto, "expresses");
        assertEquals(List.of("CRITICIZES", "ECHOES"), pluck(expresses, "stance"));
        assertEquals(List.of("Guido Crosetto", "Guido Crosetto"), pluck(expresses, "actor.name"));
        assertEquals(List.of(FLOATED, DANGEROUS_ESCALATION), pluck(expresses, "target.text"));
        expresses.forEach(r -> assertEquals(crosetto.getString("id"), string(r, "response.id"), "the way back"));
        // the same claim, reported by both outlets
        assertEquals(List.of(DAGENS, RT), crosetto.getList("articles.outlet"));

        JsonPath veryGoodSignal = statement(statementId(VERY_GOOD_SIGNAL));
        assertEquals(List.of("PRAISES"), veryGoodSignal.getList("expresses.stance"));
        assertEquals(List.of(TWO_CONDITIONS), veryGoodSignal.getList("expresses.target.text"));

        assertEquals(List.of(), statement(statementId(FLOATED)).getList("expresses"));
    }

    @Test
    void variantOfAndVariantsAreTwoWaysOfOneLink() {
        JsonPath macrons = statement(statementId(GOOD_SIGNAL));
        JsonPath goncharenkos = statement(statementId(VERY_GOOD_SIGNAL));

        assertNull(macrons.get("variantOf"));
        assertEquals(List.of(goncharenkos.getString("id")), macrons.getList("variants.id"));
        assertEquals(List.of(GONCHARENKO), macrons.getList("variants.speaker.name"));
        assertEquals(List.of(macrons.getString("id")), macrons.getList("variants.variantOf.id"));

        assertEquals(macrons.getString("id"), goncharenkos.getString("variantOf.id"));
        assertEquals(GOOD_SIGNAL, goncharenkos.getString("variantOf.text"));
        assertEquals(MACRON, goncharenkos.getString("variantOf.speaker.name"));
        assertEquals(List.of(), goncharenkos.getList("variants"));

        assertEquals(List.of(DAGENS), macrons.getList("articles.outlet"));
        assertEquals(List.of(RT), goncharenkos.getList("articles.outlet"));
    }

    // ---------------------------------------------------------------- filters

    @Test
    void speakerIdFilter() {
        String zelensky = actorId("Volodymyr Zelensky");
        List<Map<String, Object>> statements = statements(input("speakerId", zelensky), null);
        statements.forEach(s -> assertEquals(zelensky, string(s, "speaker.id"), s::toString));
        assertTrue(statements.size() >= 4, statements::toString);
        assertEquals(4, statements(input("speakerId", zelensky, "articleId", dagensId()), null).size());
        assertEquals(0, statements(input("speakerId", zelensky, "articleId", rtId()), null).size());
        assertEquals(8, statements(input("speakerId", actorId(GONCHARENKO), "articleId", rtId()), null).size());
        assertEquals(0, statements(input("speakerId", actorId("Slovakia")), null).size(), "Slovakia only reacts");
    }

    @Test
    void articleIdFilterGivesWhatTheArticleReports() {
        for (String articleId : List.of(dagensId(), rtId())) {
            List<Map<String, Object>> statements = statements(input("articleId", articleId), null);
            for (Map<String, Object> statement : statements) {
                assertTrue(pluck(list(statement, "articles"), "id").contains(articleId), statement::toString);
            }
            // the filter and the article's own statements agree
            JsonPath article = GraphQL.data("article/articleGraph", vars("id", articleId));
            assertEquals(Set.copyOf(article.getList("article.statements.id")),
                    Set.copyOf(pluck(statements, "id")));
        }
        assertEquals(14, statements(input("articleId", dagensId()), null).size());
        assertEquals(20, statements(input("articleId", rtId()), null).size());
        assertEquals(List.of(GOOD_SIGNAL), pluck(statements(input("articleId", dagensId(), "text", "signal"), null),
                "text"));
        assertEquals(List.of(VERY_GOOD_SIGNAL), pluck(statements(input("articleId", rtId(), "text", "signal"), null),
                "text"));
    }

    @Test
    void outletFilterIsTheWholeOutletNameIgnoringCase() {
        for (String outlet : List.of("RT", "rt")) {
            List<Map<String, Object>> statements = statements(input("outlet", outlet), null);
            statements.forEach(s -> assertTrue(pluck(list(s, "articles"), "outlet").contains(RT), s::toString));
            assertTrue(pluck(statements, "id").containsAll(pluck(statements(input("articleId", rtId()), null), "id")));
        }
        List<Map<String, Object>> dagens = statements(input("outlet", "dagens.com", "speakerId",
                actorId("Volodymyr Zelensky")), null);
        assertEquals(4, dagens.size());
        assertEquals(0, statements(input("outlet", "Dagens", "articleId", dagensId()), null).size(),
                "part of an outlet's name is not its name");
        // reported by both outlets
        assertEquals(Set.of(MAY_REQUEST, ABSOLUTELY_POSSIBLE, CROSETTO_ESCALATION,
                "Macron suggested that deploying foreign troops in Ukraine could be an option to consider."),
                Set.copyOf(pluck(statements(input("outlet", "RT", "articleId", dagensId()), null), "text")));
    }

    @Test
    void kindFilter() {
        List<Map<String, Object>> quotes = statements(input("kind", "DIRECT_QUOTE", "articleId", rtId()), null);
        quotes.forEach(s -> assertEquals("DIRECT_QUOTE", s.get("kind"), s::toString));
        assertEquals(Set.of(TWO_CONDITIONS, ABSOLUTELY_POSSIBLE, VERY_GOOD_SIGNAL, DANGEROUS_ESCALATION,
                "very important and very dangerous", "nothing will remain"), Set.copyOf(pluck(quotes, "text")));
        assertEquals(Set.of(GOOD_SIGNAL, ABSOLUTELY_POSSIBLE), Set.copyOf(pluck(
                statements(input("kind", "DIRECT_QUOTE", "articleId", dagensId()), null), "text")));

        List<Map<String, Object>> paraphrases = statements(input("kind", "PARAPHRASE", "articleId", rtId()), null);
        paraphrases.forEach(s -> assertEquals("PARAPHRASE", s.get("kind"), s::toString));
        assertEquals(14, paraphrases.size());
        assertEquals(12, statements(input("kind", "PARAPHRASE", "articleId", dagensId()), null).size());
    }

    /** Dated seed statements: nine on 2024-05-04 (RT: 9, Dagens.com: 2), three in February (Dagens.com 3, RT 1). */
    @ParameterizedTest(name = "from {0} to {1}: Dagens.com {2}, RT {3}")
    @CsvSource({
            "2024-05-04,,                  2, 9",
            "2024-05-05,,                  0, 0",
            ",2024-03-01,                  3, 1",
            ",2024-01-31,                  0, 0",
            "2024-02-01,2024-02-01,        3, 1",
            "2024-02-02,2024-05-03,        0, 0",
            "2024-01-01,2024-12-31,        5, 10",
            "2024-05-04,2024-05-04,        2, 9"})
    void saidAfterAndSaidBeforeAreInclusiveAndLeaveUndatedOut(String after, String before, int dagens, int rt) {
        Map<String, Object> range = input("saidAfter", after, "saidBefore", before);
        for (String articleId : List.of(dagensId(), rtId())) {
            Map<String, Object> filter = new HashMap<>(range);
            filter.put("articleId", articleId);
            List<Map<String, Object>> statements = statements(filter, null);
            assertEquals(articleId.equals(dagensId()) ? dagens : rt, statements.size(), () -> filter + ": "
                    + pluck(statements, "text"));
            for (Map<String, Object> statement : statements) {
                LocalDate said = date(statement.get("saidOn"));
                assertTrue(said != null, () -> "an undated statement matches a date range: " + statement);
                assertTrue(after == null || !said.isBefore(LocalDate.parse(after)), statement::toString);
                assertTrue(before == null || !said.isAfter(LocalDate.parse(before)), statement::toString);
            }
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "ESCALATION  | could be a dangerous escalation; Szijjártó likewise warned that sending NATO troops to"
                    + " Ukraine could be a dangerous escalation.",
            "Signal      | very good signal",
            "very_good   | ''",
            "very%good   | ''",
            "NOTHING WILL| nothing will remain"})
    void textFilterIsACaseInsensitiveSubstringWithLiteralWildcards(String text, String expected) {
        List<String> texts = pluck(statements(input("text", text, "articleId", rtId()), null), "text");
        assertEquals(expected.isEmpty() ? Set.of() : Set.of(expected.split("; ")), Set.copyOf(texts));
        texts.forEach(t -> assertTrue(t.toLowerCase().contains(text.toLowerCase()), t));
    }

    // ---------------------------------------------------------------- order

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"SAID_ON, ASC", "SAID_ON, DESC", "CREATED_AT, ASC", "CREATED_AT, DESC"})
    void everyOrderHolds(String field, String direction) {
        boolean ascending = direction.equals("ASC");
        List<Map<String, Object>> statements = statements(input("articleId", rtId()),
                input("field", field, "direction", direction));
        assertEquals(20, statements.size());
        Comparator<Map<String, Object>> expected = field.equals("SAID_ON")
                ? order(s -> date(s.get("saidOn")), ascending)
                : order(s -> instant(s.get("createdAt")), ascending);
        assertInOrder(statements, expected, field + " " + direction);
        if (field.equals("SAID_ON")) {
            // RT: nine said on 4 May, Crosetto's in February, ten undated (undated first ascending, last descending)
            List<Object> dates = pluck(statements, "saidOn");
            List<Object> descending = new ArrayList<>(Collections.nCopies(9, "2024-05-04"));
            descending.add("2024-02-01");
            descending.addAll(Collections.nCopies(10, null));
            if (ascending) {
                Collections.reverse(descending);
            }
            assertEquals(descending, dates);
        }
    }

    @Test
    void byDefaultTheLatestSaidComesFirst() {
        List<Map<String, Object>> statements = statements(input("articleId", rtId()), null);
        assertInOrder(statements, order(s -> date(s.get("saidOn")), false), "default order");
        assertEquals(pluck(statements(input("articleId", rtId()), input("field", "SAID_ON", "direction", "DESC")),
                "id"), pluck(statements, "id"));
        // of the nine said on 4 May, the newest record first: Goncharenko's last remark, ..., Macron's
        assertEquals("Goncharenko said it would be in the EU’s interest to heed such an appeal for assistance, since"
                + " stopping Russia would be easier with Ukraine than without it.", pluck(statements, "text").get(0));
        assertEquals(STRATEGIC_AMBIGUITY, pluck(statements, "text").get(8));
    }

    // ---------------------------------------------------------------- helpers

    private static JsonPath statement(String id) {
        return GraphQL.at(GraphQL.data("statement/statementGraph", vars("id", id)), "statement");
    }

    private static List<Map<String, Object>> statements(Map<String, Object> filter, Map<String, Object> orderBy) {
        return all("statement/statements", "statements", vars("filter", filter, "orderBy", orderBy));
    }
}
