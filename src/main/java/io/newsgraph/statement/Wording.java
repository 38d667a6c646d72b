package io.newsgraph.statement;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A statement's text as compared for its wording: two outlets' copies of one quote differ in case, accents,
 * ligatures, punctuation and spacing, never in these words.
 */
public final class Wording {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Wording() {
    }

    /** The words of a text, lower case, accents dropped, one space between them: "Péter’s  ﬁne!" is "peter s fine". */
    public static String plain(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        String lower = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(lower).replaceAll(" ").strip();
    }
}
