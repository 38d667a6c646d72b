package io.newsgraph.ingest.extract;

import io.newsgraph.ingest.extract.Tokens.Token;
import io.newsgraph.reaction.Stance;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of response the reaction rules look for (reaction-verbs.txt: "rejected", "fired back", "took issue
 * with", "criticism"), with the stance each expresses and how it takes its target; and the stance of an answer by
 * what it answers (answer-stances.txt: an accusation answered is rejected).
 */
final class ResponseCues {

    /** How a cue takes its target; see reaction-verbs.txt. */
    enum Form { OBJECT, PERSON, REPLY, NOUN, NAMING }

    /** A cue found at tokens [start, end) of a sentence; stance is null for naming verbs. */
    record Cue(int start, int end, Stance stance, Form form) {

        String text(List<Token> tokens, String body) {
            return body.substring(tokens.get(start).start(), tokens.get(end - 1).end());
        }
    }

    /** A judging word found in a statement, and its stance. */
    record Judgement(String words, Stance stance) {}

    private record Entry(Stance stance, Form form) {}

    private static final Set<String> NAMING = Set.of("called", "calling", "calls", "described", "describing", "dubbed",
            "branded", "labelled", "labeled", "termed");
    /** Nouns of answer: after "in" they stand alone like a reply ("Romney tweeted in response: …"). */
    private static final Set<String> ANSWER_NOUNS = Set.of("response", "responses", "reaction", "rebuttal", "retort",
            "denial", "rejection", "pushback");
    private static final Set<String> HIT = Set.of("hit", "hits", "hitting", "fired", "fires", "shot", "shoots");
    private static final Map<String, Entry> PHRASES = phrases();
    private static final int LONGEST = PHRASES.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);
    private static final Map<String, Stance> ANSWERS = stances("answer-stances.txt");
    private static final Map<String, Stance> JUDGEMENTS = stances("judgements.txt");

    private ResponseCues() {}

    /** The longest cue starting at token i, or null. */
    static Cue at(List<Token> tokens, int i) {
        StringBuilder phrase = new StringBuilder();
        Cue longest = null;
        for (int k = i; k < Math.min(tokens.size(), i + LONGEST); k++) {
            if (!tokens.get(k).isWord()) {
                break;
            }
            phrase.append(k > i ? " " : "").append(tokens.get(k).lower());
            Entry entry = PHRASES.get(phrase.toString());
            if (entry != null) {
                longest = new Cue(i, k + 1, entry.stance(), entry.form());
            }
        }
        if (longest == null && NAMING.contains(tokens.get(i).lower())) {
            return new Cue(i, i + 1, null, Form.NAMING);
        }
        if (longest == null && HIT.contains(tokens.get(i).lower()) && i + 2 < tokens.size()
                && tokens.get(i + 1).isCapitalized()) {
            for (int k = i + 2; k < Math.min(tokens.size(), i + 5); k++) {
                if (tokens.get(k).is("back")) {
                    return new Cue(i, i + 1, Stance.CRITICIZES, Form.PERSON); // "hit Snowden back"
                }
            }
        }
        return longest;
    }

    /** Whether the cue is "in" and a noun of answer ("in response", "in rebuttal"), which answers what was said. */
    static boolean inAnswer(List<Token> tokens, Cue cue) {
        return cue.form() == Form.NOUN && cue.start() > 0 && tokens.get(cue.start() - 1).is("in")
                && ANSWER_NOUNS.contains(tokens.get(cue.start()).lower());
    }

    /** The stance of an answer to something named by this noun ("charges" are rejected), or null. */
    static Stance answering(String noun) {
        return noun == null ? null : ANSWERS.get(noun.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Entry> phrases() {
        Map<String, Entry> result = new HashMap<>();
        for (String line : Lexicon.lines("reaction-verbs.txt")) {
            String[] parts = line.split("\t");
            Form form = parts.length > 2 ? Form.valueOf(parts[2].toUpperCase(Locale.ROOT)) : Form.OBJECT;
            result.put(parts[0], new Entry(Stance.valueOf(parts[1]), form));
        }
        return Map.copyOf(result);
    }

    /** The first judging word (judgements.txt) among tokens [from, to), or null. */
    static Judgement judgement(List<Token> tokens, int from, int to) {
        for (int k = from; k < Math.min(to, tokens.size()); k++) {
            String word = tokens.get(k).lower();
            String pair = k + 1 < tokens.size() ? word + " " + tokens.get(k + 1).lower() : "";
            if (JUDGEMENTS.containsKey(pair)) {
                return new Judgement(pair, JUDGEMENTS.get(pair));
            }
            if (JUDGEMENTS.containsKey(word)) {
                return new Judgement(word, JUDGEMENTS.get(word));
            }
        }
        return null;
    }

    private static Map<String, Stance> stances(String resource) {
        Map<String, Stance> result = new HashMap<>();
        for (String line : Lexicon.lines(resource)) {
            String[] parts = line.split("\t");
            result.put(parts[0], Stance.valueOf(parts[1]));
        }
        return Map.copyOf(result);
    }
}
