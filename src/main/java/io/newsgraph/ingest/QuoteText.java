package io.newsgraph.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * When two outlets' versions of a statement are the same statement. Texts are compared by their words (case,
 * accents, punctuation and quotation marks ignored): the same words, one quote inside the other (a partial
 * quote of the same words), or nearly the same set of words (one outlet's small edit of the other's quote).
 */
final class QuoteText {

    /** Share of the two texts' distinct words they must have in common to count as one statement. */
    private static final double SAME_WORDS = 0.8;
    /** A partial quote must be at least this many words to be recognised inside a longer one. */
    private static final int MIN_PARTIAL_WORDS = 3;

    private final String key;
    private final Set<String> words;

    QuoteText(String text) {
        List<String> list = NameForms.words(text);
        this.key = " " + String.join(" ", list) + " ";
        this.words = new HashSet<>(list);
    }

    boolean sameAs(QuoteText other) {
        if (key.equals(other.key)) {
            return true;
        }
        QuoteText shorter = words.size() <= other.words.size() ? this : other;
        QuoteText longer = shorter == this ? other : this;
        if (shorter.words.size() >= MIN_PARTIAL_WORDS && longer.key.contains(shorter.key)) {
            return true;
        }
        Set<String> common = new HashSet<>(words);
        common.retainAll(other.words);
        Set<String> all = new HashSet<>(words);
        all.addAll(other.words);
        return !all.isEmpty() && (double) common.size() / all.size() >= SAME_WORDS;
    }
}
