package io.newsgraph.ingest.extract;

import io.newsgraph.ingest.extract.Extraction.Reaction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores extracted reactions against the corpus reaction gold by the rule of the gold's README: a reaction matches
 * a gold one (one to one, in reading order) when a word of three or more letters of its actor's name or forms is a
 * word of the gold actor, the same holds for its target's speaker, and its citation overlaps the gold excerpt;
 * "with stance" also needs the stance; "direction" is, of the reactions whose citation overlaps a gold one and whose
 * two actors agree with it in one order only, the share in the right order. The article is cleaned and extracted as
 * ingestion does, and citations are mapped back to the corpus text.
 */
final class CorpusReactionScore {

    private static final ArticleExtractor EXTRACTOR = new RuleBasedExtractor();

    final Score reactions = new Score();
    final Score withStance = new Score();
    int directionRight;
    int directionJudged;
    final List<String> differences = new ArrayList<>();

    void add(CorpusReactionGold gold, String raw) {
        String body = EXTRACTOR.clean(raw);
        Extraction extraction = EXTRACTOR.extract(body);
        int[] toRaw = alignment(raw, body);
        List<Reaction> scored = new ArrayList<>();
        List<int[]> cited = new ArrayList<>();
        int headline = headlineEnd(raw);
        for (Reaction r : extraction.reactions()) {
            int start = toRaw[r.excerpt().start()];
            int end = toRaw[r.excerpt().end()];
            if (start >= headline) { // the title and standfirst are not annotated (see the gold's README)
                scored.add(r);
                cited.add(new int[] {raw.codePointCount(0, start), raw.codePointCount(0, end)});
            }
        }
        extraction = new Extraction(extraction.actors(), extraction.statements(), scored);
        List<CorpusReactionGold.Item> items = gold.reactions();
        reactions.add(match(gold, raw, extraction, cited, false), extraction.reactions().size(), items.size());
        withStance.add(match(gold, raw, extraction, cited, true), extraction.reactions().size(), items.size());
        for (int p = 0; p < cited.size(); p++) {
            for (CorpusReactionGold.Item item : items) {
                if (overlaps(cited.get(p), item)) {
                    Reaction r = extraction.reactions().get(p);
                    boolean straight = right(extraction, r.actor(), item.actor())
                            && right(extraction, speaker(extraction, r), item.target().speaker());
                    boolean swapped = right(extraction, r.actor(), item.target().speaker())
                            && right(extraction, speaker(extraction, r), item.actor());
                    if (straight != swapped) {
                        directionJudged++;
                        directionRight += straight ? 1 : 0;
                        break;
                    }
                }
            }
        }
    }

    private int match(CorpusReactionGold gold, String raw, Extraction extraction, List<int[]> cited,
            boolean stance) {
        List<CorpusReactionGold.Item> items = gold.reactions();
        boolean[] used = new boolean[items.size()];
        int matched = 0;
        for (int p = 0; p < cited.size(); p++) {
            Reaction r = extraction.reactions().get(p);
            int found = -1;
            for (int g = 0; g < items.size() && found < 0; g++) {
                CorpusReactionGold.Item item = items.get(g);
                if (!used[g] && right(extraction, r.actor(), item.actor())
                        && right(extraction, speaker(extraction, r), item.target().speaker())
                        && overlaps(cited.get(p), item) && (!stance || r.stance().name().equals(item.stance()))) {
                    found = g;
                }
            }
            if (found >= 0) {
                used[found] = true;
                matched++;
                if (!stance) {
                    differences.add(gold.article() + " right: " + name(extraction, r.actor()) + " " + r.stance()
                            + " " + name(extraction, speaker(extraction, r)) + " [" + r.cue() + "] "
                            + r.confidence());
                }
            } else if (!stance) {
                differences.add(gold.article() + " extra: " + name(extraction, r.actor()) + " " + r.stance() + " "
                        + name(extraction, speaker(extraction, r)) + " [" + r.cue() + "] "
                        + excerpt(raw, cited.get(p)[0], cited.get(p)[1]));
            }
        }
        for (int g = 0; g < items.size() && !stance; g++) {
            if (!used[g]) {
                CorpusReactionGold.Item item = items.get(g);
                differences.add(gold.article() + " missed: " + item.actor() + " " + item.stance() + " "
                        + item.target().speaker() + " [" + item.cue() + "] "
                        + excerpt(raw, item.excerpt().start(), item.excerpt().end()));
            }
        }
        return matched;
    }

    private static boolean overlaps(int[] cited, CorpusReactionGold.Item item) {
        return cited[0] < item.excerpt().end() && item.excerpt().start() < cited[1];
    }

    private static int speaker(Extraction extraction, Reaction r) {
        return r.target() < 0 ? -1 : extraction.statements().get(r.target()).speaker();
    }

    private static boolean right(Extraction extraction, int actor, String gold) {
        if (actor < 0) {
            return false;
        }
        Extraction.Actor a = extraction.actors().get(actor);
        Set<String> predicted = new HashSet<>(words(a.name()));
        a.surfaceForms().forEach(form -> predicted.addAll(words(form)));
        return predicted.stream().anyMatch(words(gold)::contains);
    }

    private static List<String> words(String name) {
        List<String> result = new ArrayList<>();
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.codePointCount(0, word.length()) >= 3) {
                result.add(word);
            }
        }
        return result;
    }

    private static String name(Extraction extraction, int actor) {
        return actor < 0 ? "(nobody)" : extraction.actors().get(actor).name();
    }

    private static String excerpt(String raw, int start, int end) {
        return raw.substring(raw.offsetByCodePoints(0, start), raw.offsetByCodePoints(0, end))
                .replaceAll("\\s+", " ");
    }

    /**
     * For each offset of the cleaned body, the offset in the raw text it came from: the cleaner keeps each line's
     * text, drops some lines, strips them and folds runs of spaces.
     */
    /** Where the headline block ends: the first line, and the standfirst after a title ending in ";". */
    private static int headlineEnd(String raw) {
        int first = raw.indexOf('\n');
        if (first < 0) {
            return 0;
        }
        int second = raw.indexOf('\n', first + 1);
        return raw.substring(0, first).strip().endsWith(";") && second > 0 ? second : first;
    }

    private static int[] alignment(String raw, String body) {
        int[] map = new int[body.length() + 1];
        int line = 0;
        int at = 0;
        while (at <= body.length()) {
            int paragraphEnd = body.indexOf("\n\n", at);
            String paragraph = body.substring(at, paragraphEnd < 0 ? body.length() : paragraphEnd);
            while (line < raw.length()) {
                int lineEnd = raw.indexOf('\n', line);
                lineEnd = lineEnd < 0 ? raw.length() : lineEnd;
                String text = raw.substring(line, lineEnd);
                int from = line;
                line = lineEnd + 1;
                if (fold(text).equals(paragraph)) {
                    int j = from;
                    while (isSpace(raw.charAt(j))) {
                        j++;
                    }
                    for (int i = 0; i < paragraph.length(); i++) {
                        map[at + i] = j;
                        if (paragraph.charAt(i) == ' ') {
                            while (isSpace(raw.charAt(j))) {
                                j++;
                            }
                        } else {
                            j++;
                        }
                    }
                    for (int i = at + paragraph.length(); i < Math.min(body.length() + 1, at + paragraph.length()
                            + 2 + (paragraphEnd < 0 ? -1 : 0)); i++) {
                        map[i] = j;
                    }
                    break;
                }
            }
            if (paragraphEnd < 0) {
                break;
            }
            at = paragraphEnd + 2;
        }
        map[body.length()] = Math.max(map[body.length()], body.isEmpty() ? 0 : map[body.length() - 1] + 1);
        return map;
    }

    private static String fold(String line) {
        return line.replace('\u00a0', ' ').replaceAll("[ \\t\\u2009\\u202f]+", " ").strip();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u2009' || c == '\u202f';
    }
}
