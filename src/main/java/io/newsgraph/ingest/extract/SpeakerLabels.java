package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.extract.Extraction.Span;
import io.newsgraph.ingest.extract.Mention.Gender;
import io.newsgraph.ingest.extract.Mention.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interview transcripts: a paragraph opening with a speaker label ("ZELENSKY: We will not…", "Maria Zakharova:
 * …") is that speaker's words, verbatim. The interviewer's lines (Q, Question, Interviewer, an outlet's name) are
 * questions, not statements, and are left out.
 */
final class SpeakerLabels {

    /** One labelled answer: the speaker as a mention on the label, and the words after it. */
    record Labelled(Mention speaker, Span words) {}

    private static final Pattern LABEL = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}):\\s+(?![“\"«])(\\S.*)$");
    private static final Set<String> INTERVIEWERS = Set.of("q", "question", "a", "answer", "interviewer", "host",
            "presenter", "anchor", "moderator", "editor's note", "update", "note", "watch", "read more", "related",
            "source", "photo", "the latest", "latest", "poll", "exclusive", "breaking", "contributing", "analysis",
            "opinion", "correction", "clarification", "fact check", "news guide", "editor’s note", "sources",
            "video", "audio", "transcript", "live", "background", "context", "previously", "story continues");

    private SpeakerLabels() {}

    static List<Labelled> find(String body) {
        List<Labelled> result = new ArrayList<>();
        int turns = 0;
        for (Span paragraph : Sentences.paragraphs(body)) {
            Matcher m = LABEL.matcher(body.substring(paragraph.start(), paragraph.end()));
            if (!m.matches() || !m.group(2).matches(".*[.!?…\"”]$")) {
                continue;
            }
            turns++;
            if (INTERVIEWERS.contains(m.group(1).toLowerCase(Locale.ROOT))
                    || Lexicon.NOT_NAMES.contains(m.group(1)) || m.group(1).matches(".*\\d.*")) {
                continue;
            }
            String name = titleCase(m.group(1));
            int start = paragraph.start() + m.start(1);
            Mention speaker = new Mention(start, paragraph.start() + m.end(1), m.group(1), name, null,
                    ActorKind.PERSON, Mentions.genderOfName(name), Type.NAME);
            result.add(new Labelled(speaker, new Span(paragraph.start() + m.start(2), paragraph.end())));
        }
        // One "X: …" line is a headline or a caption ("Poll: Clinton leads in Ohio."); a transcript has turns.
        return turns >= 2 ? result : List.of();
    }

    /** "ZELENSKY" → "Zelensky"; mixed-case labels are kept as written. */
    private static String titleCase(String label) {
        if (!label.equals(label.toUpperCase(Locale.ROOT))) {
            return label;
        }
        StringBuilder sb = new StringBuilder();
        for (String word : label.toLowerCase(Locale.ROOT).split(" ")) {
            sb.append(sb.length() > 0 ? " " : "").append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1));
        }
        return sb.toString();
    }
}
