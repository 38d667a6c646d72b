package io.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

class ParaphrasesTest {

    @Test
    void reportingVerbWithItsClause() {
        Extracted e = Extracted.from("Finance Minister Karl Berg warned that inflation would rise again next year, "
                + "urging the central bank to act quickly.");
        assertEquals(List.of("Finance Minister Karl Berg warned that inflation would rise again next year",
                "urging the central bank to act quickly."), e.paraphrases().stream().map(e::excerpt).toList());
        assertEquals(List.of("Karl Berg", "Karl Berg"), e.paraphrases().stream().map(e::speaker).toList());
    }

    @Test
    void accordingToAndTrailingAttributionReportTheWholeSentence() {
        Extracted e = Extracted.from(
                "According to Interior Minister Paula Roth, the border will stay closed until May. "
                + "The army could be deployed within days if the talks fail, a senior official has said.\n\n"
                + "General Marek Wolski, who leads the operation, confirmed the plan on Friday.");
        assertEquals(List.of("Paula Roth", "Marek Wolski", "Marek Wolski"),
                e.paraphrases().stream().map(e::speaker).toList());
    }

    @Test
    void aClauseCarriedByAQuoteIsTheQuotesAndABareSaidReportsNothing() {
        Extracted e = Extracted.from("Mayor Anna Weiss said that the decision was “a betrayal of every voter”. "
                + "“We will appeal,” Weiss said in Berlin.");
        assertEquals(List.of(), e.paraphrases().stream().map(e::excerpt).toList());
        assertEquals(2, e.quotes().size());
    }

    @Test
    void coordinatedReportingVerbsAreSeparateStatements() {
        Extracted e = Extracted.from("President Ana Silva acknowledged that the risks were high but insisted that the "
                + "reform would go ahead.");
        assertEquals(List.of("President Ana Silva acknowledged that the risks were high",
                "insisted that the reform would go ahead."),
                e.paraphrases().stream().map(e::excerpt).toList());
    }
}
