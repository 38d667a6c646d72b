package io.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsgraph.ingest.extract.Quotations.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

class QuotationsTest {

    @Test
    void pairsCurlyAndStraightMarksWithoutTheTrailingComma() {
        List<Quote> quotes = Quotations.find("“We are ready,” he said. She replied: \"Not yet.\" Then \"no\" again.");
        assertEquals(List.of("We are ready", "Not yet", "no"), quotes.stream().map(Quote::text).toList());
    }

    @Test
    void singleMarksQuoteInAnArticleWithNoDoubleOnes() {
        List<Quote> quotes = Quotations.find("‘We won’t back down,’ the minister said. Her rival called it "
                + "‘a disgrace to the nation’. 'It's the workers' money,' he added, 'and they want it back.'");
        assertEquals(List.of("We won’t back down", "a disgrace to the nation", "It's the workers",
                "and they want it back"), quotes.stream().map(Quote::text).toList());
    }

    @Test
    void lowNineMarksOpenAndEitherHighMarkCloses() {
        List<Quote> quotes = Quotations.find("„We will stand with Ukraine“, said the chancellor. „Wir schaffen das”");
        assertEquals(List.of("We will stand with Ukraine", "Wir schaffen das"),
                quotes.stream().map(Quote::text).toList());
    }

    @Test
    void singleMarksAreApostrophesOrInnerQuotesWhereDoubleOnesQuote() {
        List<Quote> quotes = Quotations.find("Trump’s ‘very good’ deal, he said, was “a ‘fair’ one for all of us.”");
        assertEquals(List.of("a ‘fair’ one for all of us"), quotes.stream().map(Quote::text).toList());
    }

    @Test
    void aQuoteOverSeveralParagraphsIsOneQuoteParagraphEachContinuingTheOneBefore() {
        String body = "“First part of the speech.\n\n“Second part,” he said. “Another.”";
        List<Quote> quotes = Quotations.find(body);
        assertEquals(List.of("First part of the speech", "Second part", "Another"),
                quotes.stream().map(Quote::text).toList());
        assertEquals(List.of(-1, 0, -1), quotes.stream().map(Quote::continues).toList());
        assertEquals(-1, quotes.get(0).close());
    }

    @Test
    void aClosingMarkWrittenForAnOpeningOneOpensWhereNoQuoteIsOpen() {
        List<Quote> quotes = Quotations.find("Aides said he was ”tired of the long campaign” by then.\n\n”… and we "
                + "will be back next year,” she said.");
        assertEquals(List.of("tired of the long campaign", "… and we will be back next year"),
                quotes.stream().map(Quote::text).toList());
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        List<Quote> quotes = Quotations.find("He called it “a disgrace.\n\nThe next paragraph is the reporter's own. "
                + "“Later,” she said.");
        assertEquals(List.of("a disgrace", "Later"), quotes.stream().map(Quote::text).toList());
        assertEquals(-1, quotes.get(0).close());
    }

    @Test
    void aNewOpeningMarkClosesAnUnclosedStraightQuote() {
        List<Quote> quotes = Quotations.find("He said \"we will win. And \"soon\" was all.");
        assertEquals(List.of("we will win. And", "soon"), quotes.stream().map(Quote::text).toList());
    }

    @Test
    void twoApostrophesMarkAQuoteAsTheNewYorkTimesArchiveWritesThem() {
        List<Quote> quotes = Quotations.find("''We may be seeing wage growth,'' she wrote. It's the firm's ''best "
                + "year.''\n\n''Second paragraph of the speech.''");
        assertEquals(List.of("We may be seeing wage growth", "best year", "Second paragraph of the speech"),
                quotes.stream().map(Quote::text).toList());
        assertEquals(2, quotes.get(0).width());
    }
}
