package io.newsgraph.ingest.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A comparison key for names, so that spellings and transliterations of one name meet: "Alexey", "Aleksey" and
 * "Oleksiy Goncharenko" share a key, as do "Szijjarto" and "Szijjártó", "Kiev" and "Kyiv". Titles and honorifics
 * are dropped ("Kremlin spokesperson Dmitry Peskov" → "dmitry peskov"), and a bare surname matches a full name.
 */
public final class NameKey {

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
        List<String> x = words(a);
        List<String> y = words(b);
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

    private static List<String> words(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’]s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
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
        return Lexicon.TRANSLITERATIONS.getOrDefault(word, word).replace("x", "ks")
                .replaceAll("(iy|ii|yy|ij)$", "y")
                .replaceAll("kh", "h");
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
