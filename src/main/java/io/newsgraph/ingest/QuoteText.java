package io.newsgraph.ingest;

import io.newsgraph.statement.Wording;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * When two outlets' versions of a statement are the same statement. Texts are compared by their words (case,
 * accents, punctuation and quotation marks ignored): the same words; a shorter quote whose every word is in the
 * longer one (a partial quote, or one outlet's trimmed version: "It is absolutely possible" in "I think it is
 * possible... this is absolutely possible"); or nearly the same set of words (one outlet's small edit).
 */
final class QuoteText {

    /** Share of the two texts' distinct words they must have in common to count as one statement. */
    private static final double SAME_WORDS = 0.8;
    /** A partial quote must be at least this many words to be recognised inside a longer one. */
    private static final int MIN_PARTIAL_WORDS = 3;

    private final String key;
    private final int length;
    private final Set<String> words;

    QuoteText(String text) {
        List<String> list = words(text);
        this.key = String.join(" ", list);
        this.words = new HashSet<>(list);
        this.length = list.size();
    }

    /** The words of a text, lower case, accents and everything but letters and digits dropped. */
    private static List<String> words(String text) {
        String plain = Wording.plain(text);
        return plain.isEmpty() ? List.of() : List.of(plain.split(" "));
    }

    /** Whether this has more words than {@code other}: the fuller of two versions of one quote. */
    boolean longerThan(QuoteText other) {
        return length > other.length;
    }

    boolean sameAs(QuoteText other) {
        if (key.equals(other.key)) {
            return true;
        }
        QuoteText shorter = words.size() <= other.words.size() ? this : other;
        QuoteText longer = shorter == this ? other : this;
        if (shorter.words.size() >= MIN_PARTIAL_WORDS && longer.words.containsAll(shorter.words)) {
            return true;
        }
        Set<String> common = new HashSet<>(words);
        common.retainAll(other.words);
        Set<String> all = new HashSet<>(words);
        all.addAll(other.words);
        return !all.isEmpty() && (double) common.size() / all.size() >= SAME_WORDS;
    }
}
