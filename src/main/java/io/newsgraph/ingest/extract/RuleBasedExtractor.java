package io.newsgraph.ingest.extract;

import io.newsgraph.ingest.extract.Extraction.Reaction;
import io.newsgraph.ingest.extract.Extraction.Span;
import io.newsgraph.ingest.extract.Extraction.Statement;
import io.newsgraph.ingest.extract.Quotations.Quote;
import io.newsgraph.statement.StatementKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The extractor ingestion uses: hand-written rules over English news prose, no model and no network. Reads the
 * body once into sentences and quotes, names the cast, then finds quotes with their speakers, paraphrases and
 * reactions; only actors that speak or react are returned.
 */
@ApplicationScoped
public class RuleBasedExtractor implements ArticleExtractor {

    @Override
    public String clean(String rawTextOrHtml) {
        return rawTextOrHtml == null ? "" : TextCleaner.clean(rawTextOrHtml);
    }

    @Override
    public Extraction extract(String body) {
        if (body == null || body.isBlank()) {
            return new Extraction(List.of(), List.of(), List.of());
        }
        List<Quote> quotes = Quotations.find(body);
        List<Sentence> sentences = sentences(body, quotes);
        List<SpeakerLabels.Labelled> labels = SpeakerLabels.find(body);
        Cast cast = new Cast();
        labels.forEach(labelled -> cast.add(labelled.speaker(), true));
        register(cast, sentences);
        Attribution attribution = new Attribution(sentences);
        List<Quote> spoken = quotes.stream().filter(attribution::isStatement).toList();
        List<Statement> statements = new ArrayList<>(quotesWithSpeakers(spoken, attribution, cast, body));
        for (SpeakerLabels.Labelled labelled : labels) {
            Span words = labelled.words();
            statements.add(new Statement(cast.resolve(labelled.speaker()), StatementKind.DIRECT_QUOTE,
                    body.substring(words.start(), words.end()), words));
        }
        for (Sentence s : sentences) {
            for (Paraphrases.Found found : Paraphrases.in(s, spoken)) {
                Span e = found.excerpt();
                statements.add(new Statement(cast.resolve(found.speaker()), StatementKind.PARAPHRASE,
                        body.substring(e.start(), e.end()), e));
            }
        }
        statements.sort(Comparator.comparingInt((Statement st) -> st.excerpt().start()));
        List<Reaction> reactions = new Reactions(body, cast, statements).find(sentences);
        return ActorList.compact(cast, statements, reactions);
    }

    private static List<Sentence> sentences(String body, List<Quote> quotes) {
        List<Sentence> result = new ArrayList<>();
        for (Span paragraph : Sentences.paragraphs(body)) {
            String text = body.substring(paragraph.start(), paragraph.end());
            boolean heading = !text.matches("(?s).*[.!?…:\"”’]$") && text.split(" ").length <= 20;
            for (Span span : Sentences.sentences(body, paragraph)) {
                List<Quote> touching = quotes.stream()
                        .filter(q -> q.outer().start() < span.end() && q.outer().end() > span.start()).toList();
                result.add(new Sentence(span, Tokens.of(body, span.start(), span.end()), touching, heading));
            }
        }
        return result;
    }

    /**
     * Registers every named actor outside quotes in reading order; the first one of a sentence is its subject. A single
     * capitalised word opening a sentence ("Markets alone did not …") counts only if it names someone already known.
     */
    private static void register(Cast cast, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (s.heading()) {
                continue;
            }
            boolean subjectTaken = false;
            for (Mention m : Mentions.all(s.tokens())) {
                int index = Tokens.indexAt(s.tokens(), m.start());
                boolean bareFirstWord = m.name() != null && index == s.firstWord() && m.name().indexOf(' ') < 0
                        && !cast.knows(m);
                if (m.type() == Mention.Type.NAME && !s.quoted(index) && !bareFirstWord) {
                    boolean subject = !subjectTaken && !s.followedByPossessive(m) && opensClause(s, index);
                    subjectTaken |= subject;
                    cast.add(m, subject);
                }
            }
        }
    }

    /** A subject starts its sentence or follows a comma or conjunction, not a preposition ("with broadcaster LCI"). */
    private static boolean opensClause(Sentence s, int index) {
        if (index == 0) {
            return true;
        }
        var before = s.tokens().get(index - 1);
        return !before.isWord() || before.is("and", "but", "while", "whereas", "as", "then", "however");
    }

    /** A quote with no attribution of its own continues the previous quote's speaker (next paragraph of a speech). */
    private static List<Statement> quotesWithSpeakers(List<Quote> quotes, Attribution attribution, Cast cast,
            String body) {
        List<Statement> result = new ArrayList<>();
        int previousSpeaker = -1;
        int previousEnd = -1;
        for (Quote q : quotes) {
            Mention m = attribution.speaker(q);
            int speaker = m != null ? cast.resolve(m) : -1;
            if (speaker < 0 && previousEnd >= 0 && !body.substring(previousEnd, q.open()).contains("\n\n\n")
                    && body.substring(previousEnd, q.open()).split("\n\n", -1).length <= 2) {
                speaker = previousSpeaker;
            }
            result.add(new Statement(speaker, StatementKind.DIRECT_QUOTE, q.text(), q.inner()));
            previousSpeaker = speaker;
            previousEnd = q.outer().end();
        }
        return result;
    }
}
