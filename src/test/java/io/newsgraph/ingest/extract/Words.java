package io.newsgraph.ingest.extract;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The word comparisons of the corpus's scoring rule: quotes by word sets, sources by shared words. */
final class Words {

    private static final Set<String> STOP = Set.copyOf(List.of("the", "and", "for", "who", "of"));

    private Words() {}

    /** The distinct words of a text: letters and digits, lower case, accents removed. */
    static Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "");
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Share of the smaller word set found in the other (0 when either is empty). */
    static double overlapOfShorter(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> shorter = a.size() <= b.size() ? a : b;
        Set<String> longer = shorter == a ? b : a;
        long common = shorter.stream().filter(longer::contains).count();
        return (double) common / shorter.size();
    }

    /**
     * Whether an extracted actor is the source a person wrote: a word of three or more letters of its name or one
     * of its forms, titles left out ("President" names no one), is a word of the source.
     */
    static boolean sameSource(Extraction.Actor actor, String source) {
        if (actor == null || source == null || source.isBlank()) {
            return false;
        }
        Set<String> gold = of(source);
        Set<String> names = new HashSet<>(of(actor.name()));
        for (String form : actor.surfaceForms()) {
            names.addAll(of(form));
        }
        return names.stream().anyMatch(w -> w.length() >= 3 && !Lexicon.isTitle(w) && !STOP.contains(w)
                && gold.contains(w));
    }

}
