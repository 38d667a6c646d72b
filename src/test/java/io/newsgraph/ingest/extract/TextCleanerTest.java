package io.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final ArticleExtractor extractor = new RuleBasedExtractor();

    @Test
    void dropsHeaderChromeAndBoxesAndKeepsParagraphsVerbatim() {
        String raw = """
                icon bookmark-bicon closeicon downloadicon editicon
                5 May, 2024 15:34
                Minister warns of escalation
                Written by Jane Roe
                Photo: Shutterstock.com
                The minister said on Monday that the talks had failed and that  new sanctions would follow.
                Talks To Resume In June
                Trending Now
                Ten things to do this summer
                "We will not give up," she said, adding that the door remained open for talks.
                Most Read
                Storm hits the coast
                """;
        assertEquals("The minister said on Monday that the talks had failed and that new sanctions would follow.\n\n"
                + "Talks To Resume In June\n\n"
                + "\"We will not give up,\" she said, adding that the door remained open for talks.",
                extractor.clean(raw));
    }

    @Test
    void dropsReadingTimesReadNextSupportLinesAgencyCreditsAndCaptions() {
        String raw = """
                3 min read
                The committee voted on Tuesday to send the bill back to the floor for a second reading.
                Read next: Ten reasons the vote matters
                Caption: Members of the committee arrive for the vote in the capital.
                "We will keep working on it until it passes," the chairwoman told reporters afterwards.
                Support us and become a patron for as little as 3 euros a month.
                The Local with AFP
                Associated Press writer Jane Roe contributed to this report.
                """;
        assertEquals("The committee voted on Tuesday to send the bill back to the floor for a second reading.\n\n"
                + "\"We will keep working on it until it passes,\" the chairwoman told reporters afterwards.",
                extractor.clean(raw));
    }

    @Test
    void readsTheArticleOutOfAnHtmlPage() {
        String html = """
                <html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Minister resigns</h1><p class="byline">By John Doe</p>
                <figure><img src="a.jpg"><figcaption>The minister in 2020. Photo: AP</figcaption></figure>
                <p>The minister resigned on Friday, saying he had lost the confidence of the party.</p>
                <p>&ldquo;It was time to go,&rdquo; he told reporters outside his office in the capital.</p>
                <div class="related-links"><p>Read the full story of how the government fell apart this year.</p></div>
                </article><footer><p>All rights reserved by the publisher of this fine website.</p></footer>\
                </body></html>
                """;
        assertEquals("The minister resigned on Friday, saying he had lost the confidence of the party.\n\n"
                + "“It was time to go,” he told reporters outside his office in the capital.", extractor.clean(html));
    }

    @Test
    void cleansTheRawSeedIntoTheCuratedBody() throws Exception {
        String raw = new String(getClass().getResourceAsStream("/extract/seeds/001_086add0581b6b5f8.txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String curated = new String(getClass().getResourceAsStream("/seed/articles/rt-western-intervention.txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(curated, extractor.clean(raw));
    }
}
