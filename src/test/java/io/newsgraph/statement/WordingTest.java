package io.newsgraph.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void twoOutletsCopiesOfOneQuoteHaveOneWording() {
        String one = Wording.plain("“It is absolutely possible,” — Péter SZIJJÁRTÓ’s ﬁnal word.");
        String other = Wording.plain("It is absolutely possible... Peter Szijjarto's final word");
        assertEquals("it is absolutely possible peter szijjarto s final word", one);
        assertEquals(one, other);
    }

    @Test
    void nothingButPunctuationHasNoWords() {
        assertEquals("", Wording.plain(" … — “” "));
        assertEquals("", Wording.plain(null));
    }
}
