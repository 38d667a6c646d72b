package io.newsgraph.ingest.extract;

/**
 * How sure each attribution rule is, as the confidence an extracted statement carries (0..1). The levels order
 * the rules by how often they were right on real news (docs/extraction.md): an attribution next to the quote beats
 * one read from the sentence before, a name beats a pronoun, a pronoun beats a description.
 */
final class Confidence {

    /** "“…,” X said" / "“…,” said X": the attribution touches the quote. */
    static final double NEXT_TO_QUOTE = 0.95;
    /** "X said: “…”", "X warned that “…”", "According to X, “…”", a speaker label. */
    static final double SAME_SENTENCE = 0.9;
    /** A quote standing alone after a lead-in ("X said:") or a heading naming the speaker. */
    static final double CONTEXT = 0.75;
    /** A quote with no attribution of its own, continuing the speaker of the quote just before. */
    static final double CONTINUED = 0.75;
    /** Reported speech without quotation marks. */
    static final double PARAPHRASE = 0.6;
    /** How much less sure a quote is when a document gives it and its issuer is found elsewhere. */
    static final double THROUGH_DOCUMENT = 0.1;
    /** A quote whose speaker could not be named: its words are sure, who said them is not. */
    static final double UNKNOWN_SPEAKER = 0.3;

    private Confidence() {}

    /** A rule's level, lowered when the speaker is a pronoun (0.1) or a description (0.2) rather than a name. */
    static double of(double level, Mention speaker) {
        return switch (speaker.type()) {
            case NAME -> level;
            case PRONOUN -> level - 0.1;
            case DEFINITE_DESCRIPTION, INDEFINITE_DESCRIPTION -> level - 0.2;
        };
    }
}
