package io.newsgraph.ingest;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The keys names are compared by when matching what an article says against the graph. Two levels: the
 * {@link #key} ignores case, accents and punctuation (Szijjarto = Szijjártó); the {@link #skeleton} also ignores
 * vowels and common transliteration choices (Alexey = Aleksey = Oleksiy, Kiev = Kyiv, Zelensky = Zelenskyy).
 */
final class NameForms {

    private NameForms() {
    }

    /** Lower-case words of letters and digits, accents folded: "Szijjártó, Péter" → "szijjarto peter". */
    static String key(String name) {
        return String.join(" ", words(name));
    }

    static List<String> words(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** Each word's consonants with transliteration variants merged and doubles collapsed: "Oleksiy" → "lks". */
    static String skeleton(String name) {
        return words(name).stream().map(NameForms::wordSkeleton).collect(Collectors.joining(" "));
    }

    /** The skeleton of the last word, a person's surname in the languages covered. */
    static String lastSkeleton(String name) {
        List<String> words = words(name);
        return words.isEmpty() ? "" : wordSkeleton(words.get(words.size() - 1));
    }

    static int wordCount(String name) {
        return words(name).size();
    }

    private static String wordSkeleton(String word) {
        String w = word.replace("x", "ks").replace("ph", "f").replace("w", "v").replace("ck", "k")
                .replace("kh", "h").replaceAll("[aeiouy]", "");
        StringBuilder out = new StringBuilder();
        for (char c : w.toCharArray()) {
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
