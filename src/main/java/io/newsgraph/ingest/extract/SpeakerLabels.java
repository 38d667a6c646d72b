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
 * questions, not statements, and are left out. So are a place's label (a list under "Iowa:") and a section
 * heading about someone ("Jeb Bush: Student loans … Mr. Bush proposed …", "Cruz: Just hang on." then a paragraph
 * about Cruz): words that name their own label's person in the third person are a reporter's.
 */
final class SpeakerLabels {

    /** One labelled answer: the speaker as a mention on the label, and the words after it. */
    record Labelled(Mention speaker, Span words) {}

    private static final Pattern LABEL = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}):\\s+(?![“\"«])(\\S.*)$");
    private static final Set<String> INTERVIEWERS = Set.of("q", "question", "a", "answer", "interviewer", "host",
            "presenter", "anchor", "moderator", "editor's note", "update", "note", "watch", "read more", "related",
            "source", "name", "photo", "the latest", "latest", "poll", "exclusive", "breaking", "contributing",
            "analysis", "opinion", "correction", "clarification", "fact check", "news guide", "editor’s note",
            "sources", "video", "audio", "transcript", "live", "background", "context", "previously",
            "story continues");

    /** Words a headline-like line has at most ("Bush: Survive to S.C."). */
    private static final int SHORT_LINE_WORDS = 5;

    private SpeakerLabels() {}

    static List<Labelled> find(String body) {
        List<Labelled> result = new ArrayList<>();
        int turns = 0;
        List<Span> paragraphs = Sentences.paragraphs(body);
        for (int p = 0; p < paragraphs.size(); p++) {
            Span paragraph = paragraphs.get(p);
            Matcher m = LABEL.matcher(body.substring(paragraph.start(), paragraph.end()));
            if (!m.matches() || !m.group(2).matches(".*[.!?…\"”]$")) {
                continue;
            }
            turns++;
            String label = m.group(1).toLowerCase(Locale.ROOT);
            if (INTERVIEWERS.contains(label) || Lexicon.PLACES.contains(label)
                    || Lexicon.NOT_NAMES.contains(m.group(1)) || m.group(1).matches(".*\\d.*")) {
                continue;
            }
            String name = titleCase(m.group(1));
            String next = p + 1 < paragraphs.size() ? text(body, paragraphs.get(p + 1)) : "";
            if (headingAbout(name, m.group(2), LABEL.matcher(next).matches() ? "" : next)) {
                continue;
            }
            int start = paragraph.start() + m.start(1);
            Mention speaker = new Mention(start, paragraph.start() + m.end(1), m.group(1), name, null,
                    ActorKind.PERSON, Mentions.genderOfName(name), Type.NAME);
            result.add(new Labelled(speaker, new Span(paragraph.start() + m.start(2), paragraph.end())));
        }
        // One "X: …" line is a headline or a caption ("Poll: Clinton leads in Ohio."); a transcript has turns.
        return turns >= 2 ? result : List.of();
    }

    /**
     * Whether a labelled line is a section heading about the person rather than their turn: its words name them by
     * surname, or a short line ("Kasich: Now or never.") is followed by a paragraph of prose that does.
     */
    static boolean headingAbout(String name, String words, String nextProse) {
        Pattern surname = Pattern.compile("\\b" + Pattern.quote(name.substring(name.lastIndexOf(' ') + 1)) + "\\b");
        return surname.matcher(words).find()
                || words.split("\\s+").length <= SHORT_LINE_WORDS && surname.matcher(nextProse).find();
    }

    private static String text(String body, Span span) {
        return body.substring(span.start(), span.end());
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
