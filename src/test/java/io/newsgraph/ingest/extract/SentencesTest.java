package io.newsgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

class SentencesTest {

    @Test
    void splitsAtSentenceEndsButNotAfterAbbreviationsOrInitials() {
        String body = "Mr. Smith met U.S. officials on Jan. 5. They said “No.” J. R. Doe left.\n\nA new paragraph?";
        List<String> sentences = Sentences.sentences(body).stream().map(s -> body.substring(s.start(), s.end()))
                .toList();
        assertEquals(List.of("Mr. Smith met U.S. officials on Jan. 5.", "They said “No.”", "J. R. Doe left.",
                "A new paragraph?"), sentences);
    }
}
