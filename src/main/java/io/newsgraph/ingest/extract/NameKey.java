package io.newsgraph.ingest.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A comparison key for names, so that spellings and transliterations of one name meet: "Alexey", "Aleksey" and
 * "Oleksiy Goncharenko" share a key, as do "Szijjarto" and "Szijjártó", "Kiev" and "Kyiv". Titles and honorifics
 * are dropped ("Kremlin spokesperson Dmitry Peskov" → "dmitry peskov"), and a bare surname matches a full name.
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SLAVIC_ENDING = Pattern.compile("(iy|ii|yy|ij)$");

    private NameKey() {}

    /** The key of a whole name: accents removed, lower case, titles dropped, each word folded to one spelling. */
    public static String of(String name) {
        return String.join(" ", words(name));
    }

    /** The key of the last word of a name (the surname in the usual Western order), or "" for an empty name. */
    public static String surname(String name) {
        List<String> words = words(name);
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /**
     * Whether two names may denote the same actor: equal keys, or one is a single word equal to the other's
     * surname ("Peskov" and "Dmitry Peskov"), or both have the same surname and first initial ("D. Peskov").
     */
    public static boolean matches(String a, String b) {
        return matches(words(a), words(b));
    }

    /** {@link #matches(String, String)} on names already split by {@link #words}. */
    static boolean matches(List<String> x, List<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        String xLast = x.get(x.size() - 1);
        String yLast = y.get(y.size() - 1);
        if (!xLast.equals(yLast)) {
            return false;
        }
        return x.size() == 1 || y.size() == 1 || x.get(0).charAt(0) == y.get(0).charAt(0);
    }

    /** The folded words of a name, titles dropped (all its words when it is nothing but titles). */
    static List<String> words(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
        plain = MARKS.matcher(plain).replaceAll("").toLowerCase(Locale.ROOT);
        plain = NON_LETTERS.matcher(POSSESSIVE.matcher(plain).replaceAll("")).replaceAll(" ").strip();
        List<String> all = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean titled = false;
        for (String word : plain.split(" ")) {
            titled |= !word.isEmpty() && Lexicon.isTitle(word);
        }
        for (String word : plain.split(" ")) {
            if (!word.isEmpty()) {
                all.add(fold(word));
                // A nationality is part of a role only beside a title: "Ukrainian MP X", but "Czech Republic".
                if (!Lexicon.isTitle(word) && !(titled && Lexicon.DEMONYMS.containsKey(capitalized(word)))) {
                    names.add(fold(word));
                }
            }
        }
        // "President" or "the French" alone keep their words: a key is never empty for a non-empty name.
        return names.isEmpty() ? all : names;
    }

    /** One spelling for a word: the transliteration table, then general rules for Slavic endings. */
    private static String fold(String word) {
        String folded = Lexicon.TRANSLITERATIONS.getOrDefault(word, word).replace("x", "ks");
        return SLAVIC_ENDING.matcher(folded).replaceAll("y").replace("kh", "h");
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
