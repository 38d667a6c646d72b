package io.newsgraph.actor;

import io.newsgraph.common.ListQuery;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one name normaliser of the graph, in two depths. {@link #spelling} (accents, case and spacing folded) is what
 * {@code actor.name_key} and {@code actor_alias.name_key} store: aliases are unique per actor by it, and the name
 * search matches it, so "Szijjarto" finds "Szijjártó" and is not a second alias of it. {@link #of} goes further
 * and decides which actor a name denotes (ingestion's matching): titles dropped ("Kremlin spokesperson Dmitry
 * Peskov" → "dmitry peskov"), transliterations unified ("Alexey", "Aleksey" and "Oleksiy Goncharenko" share a key,
 * as do "Kiev" and "Kyiv"), and a bare surname matches a full name. Transliterations stay distinct spellings, so
 * they can be aliases: the reader sees every form outlets use.
 *
 * <p>Its word lists (titles, demonyms, transliterations) are resources beside this class; the extractor's lexicon
 * reads them from here.
 */
public final class NameKey {

    /** Words of a title or role written before a name, lower case, without dots. */
    private static final Set<String> TITLES = lowerSet(WordList.lines(NameKey.class, "titles.txt"));
    /** Adjectives of nationality ("Ukrainian") and the country each belongs to. */
    public static final Map<String, String> DEMONYMS = WordList.pairs(NameKey.class, "demonyms.txt");
    private static final Map<String, String> TRANSLITERATIONS = WordList.pairs(NameKey.class, "transliterations.txt");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SLAVIC_ENDING = Pattern.compile("(iy|ii|yy|ij)$");

    private NameKey() {}

    /** The stored key of a spelling: accents removed, lower case, runs of spaces made one ("  Péter SZIJJÁRTÓ"). */
    public static String spelling(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(plain).replaceAll("").toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    /** A LIKE pattern finding {@code text} anywhere in a stored {@link #spelling} (accents and case ignored). */
    public static String likePattern(String text, String field) {
        return ListQuery.likePattern(spelling(text), field);
    }

    /** Whether a word is part of a title or role ("Mr.", "spokesperson"), ignoring case and dots. */
    public static boolean isTitle(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

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
    public static boolean matches(List<String> x, List<String> y) {
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
    public static List<String> words(String name) {
        String plain = NON_LETTERS.matcher(POSSESSIVE.matcher(spelling(name)).replaceAll("")).replaceAll(" ").strip();
        List<String> all = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean titled = false;
        for (String word : plain.split(" ")) {
            titled |= !word.isEmpty() && isTitle(word);
        }
        for (String word : plain.split(" ")) {
            if (!word.isEmpty()) {
                all.add(fold(word));
                // A nationality is part of a role only beside a title: "Ukrainian MP X", but "Czech Republic".
                if (!isTitle(word) && !(titled && DEMONYMS.containsKey(capitalized(word)))) {
                    names.add(fold(word));
                }
            }
        }
        // "President" or "the French" alone keep their words: a key is never empty for a non-empty name.
        return names.isEmpty() ? all : names;
    }

    /** One spelling for a word: the transliteration table, then general rules for Slavic endings. */
    private static String fold(String word) {
        String folded = TRANSLITERATIONS.getOrDefault(word, word).replace("x", "ks");
        return SLAVIC_ENDING.matcher(folded).replaceAll("y").replace("kh", "h");
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static Set<String> lowerSet(List<String> words) {
        Set<String> result = new HashSet<>();
        words.forEach(word -> result.add(word.toLowerCase(Locale.ROOT)));
        return Set.copyOf(result);
    }
}
