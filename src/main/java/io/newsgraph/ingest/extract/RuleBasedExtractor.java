package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.extract.Extraction.Reaction;
import io.newsgraph.ingest.extract.Extraction.Span;
import io.newsgraph.ingest.extract.Extraction.Statement;
import io.newsgraph.ingest.extract.Quotations.Quote;
import io.newsgraph.ingest.extract.Tokens.Token;
import io.newsgraph.statement.StatementKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
        ActorNames names = new ActorNames(body);
        Cast cast = new Cast(names);
        labels.forEach(labelled -> cast.add(labelled.speaker(), true));
        register(cast, sentences, names);
        Attribution attribution = new Attribution(body, sentences);
        List<Quote> spoken = quotes.stream().filter(attribution::isStatement).toList();
        List<Statement> statements = new ArrayList<>(quotesWithSpeakers(spoken, attribution, cast, body));
        for (SpeakerLabels.Labelled labelled : labels) {
            Span words = labelled.words();
            statements.add(new Statement(cast.resolve(labelled.speaker()), StatementKind.DIRECT_QUOTE,
                    body.substring(words.start(), words.end()), words, Confidence.SAME_SENTENCE, ":"));
        }
        for (Sentence s : sentences) {
            for (Paraphrases.Found found : Paraphrases.in(s, spoken)) {
                Span e = found.excerpt();
                String cue = s.tokens().get(found.verb()).is("According") ? "according to"
                        : s.tokens().get(found.verb()).text();
                statements.add(new Statement(cast.resolve(found.speaker()), StatementKind.PARAPHRASE,
                        body.substring(e.start(), e.end()), e, Confidence.of(Confidence.PARAPHRASE, found.speaker()),
                        cue));
            }
        }
        statements.sort(Comparator.comparingInt((Statement st) -> st.excerpt().start()));
        List<Reaction> reactions = new Reactions(body, cast, statements).find(sentences);
        return namesOnly(cast, names, statements, reactions);
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
     * capitalised word opening a sentence ("Markets alone did not …") counts only if it names someone already known
     * or has a title. A word that is no name ("Democratic", "Defensive") takes the subject's place but joins no
     * cast, so that "she said" never resolves to it. Whoever a reporting verb gives words to is a subject wherever
     * the name stands ("…, Biden said."): the person a later "he said" most likely continues. A possessor in the
     * subject's place ("Palin’s posts …") is the subject when no one else in the sentence is.
     */
    private static void register(Cast cast, List<Sentence> sentences, ActorNames names) {
        for (Sentence s : sentences) {
            if (s.heading()) {
                continue;
            }
            boolean subjectTaken = false;
            int opensAt = -1;
            Mention possessor = null;
            Set<Integer> speakers = speakerEnds(s);
            for (Mention m : Mentions.all(s.tokens())) {
                int index = Tokens.indexAt(s.tokens(), m.start());
                boolean bareFirstWord = m.name() != null && index == s.firstWord() && m.name().indexOf(' ') < 0
                        && m.role() == null && !cast.knows(m); // "Mrs. Clinton met …" has a title: a person
                if (m.type() == Mention.Type.PRONOUN && !subjectTaken && s.quotes().isEmpty()
                        && opensClause(s, index)) {
                    cast.addPronoun(m); // "He married …": the person it stands for stays the centre of attention
                    subjectTaken = true;
                }
                Mention described = m.type() == Mention.Type.NAME ? describedName(s, m) : null;
                if (described != null && opensClause(s, index)) {
                    opensAt = described.start();
                }
                if (m.type() == Mention.Type.NAME && !s.quoted(index) && !bareFirstWord && described == null) {
                    boolean place = Lexicon.PLACES.contains(m.name().toLowerCase(Locale.ROOT)); // "in Salem, Iowa, X"
                    // "The woman … identified herself as a resident named Caroline": the name the description had
                    boolean named = index > 0 && s.tokens().get(index - 1).is("named");
                    boolean opens = !subjectTaken && !place && (opensClause(s, index) || m.start() == opensAt || named);
                    boolean subject = speakers.contains(m.end()) || opens && !s.followedByPossessive(m);
                    subjectTaken |= subject;
                    if (opens && !subject && possessor == null && m.isPerson()) {
                        possessor = m;
                    } else if (joins(m, cast, names)) {
                        cast.add(m, subject);
                    }
                }
            }
            if (possessor != null && joins(possessor, cast, names)) {
                cast.add(possessor, !subjectTaken); // "Palin’s posts include …": whose they are is what it is about
            }
        }
    }

    private static boolean joins(Mention m, Cast cast, ActorNames names) {
        return names.isName(m.name(), m.kind(), m.role()) || cast.knows(m);
    }

    /** Nouns of a race that stand before a name as titles do: "presidential candidate Donald Trump". */
    private static final Set<String> CANDIDATES = Set.of("candidate", "nominee", "front-runner", "frontrunner",
            "hopeful", "contender", "challenger", "rival", "incumbent");

    /**
     * "Republican presidential candidate Donald Trump": a lone capitalised word before a role in lower case and a
     * name describes that person (returned, or null): it is neither the sentence's subject nor anyone the word
     * "Republican" may name.
     */
    private static Mention describedName(Sentence s, Mention m) {
        List<Token> t = s.tokens();
        int k = Tokens.indexAt(t, m.end());
        if (m.name().indexOf(' ') > 0 || m.role() != null || k >= t.size() || t.get(k).isCapitalized()) {
            return null;
        }
        int first = k;
        while (k < t.size() && k - first < 3 && t.get(k).isWord() && !t.get(k).isCapitalized()) {
            k++;
        }
        String head = k > first ? t.get(k - 1).lower() : "";
        Mention next = k < t.size() && (Lexicon.isTitle(head) || CANDIDATES.contains(head)) ? Mentions.at(t, k) : null;
        return next != null && next.type() == Mention.Type.NAME && next.isPerson() ? next : null;
    }

    /** Where the names that a reporting verb of the sentence gives words to end: "X said", "said X". */
    private static Set<Integer> speakerEnds(Sentence s) {
        Set<Integer> ends = new HashSet<>();
        List<Token> t = s.tokens();
        for (int v = 0; v < t.size(); v++) {
            if (s.isReportingVerb(v)) {
                Mention m = s.subjectOf(v);
                if (m == null && v + 1 < t.size() && !t.get(v).lower().endsWith("ing")
                        && (v == 0 || !t.get(v - 1).isWord())) {
                    m = Mentions.at(t, v + 1); // "“…,” said X"; not an object: "the push backed Cruz"
                }
                if (m != null && m.type() == Mention.Type.NAME && !s.afterPreposition(m)) {
                    ends.add(m.end());
                }
            }
        }
        return ends;
    }

    /**
     * A subject starts its sentence or follows a comma or conjunction, not a preposition ("with broadcaster LCI") nor
     * a possessive ("Clinton's chief Democratic rival, Sen. Bernie Sanders, …": the rival's words are no subject).
     */
    private static boolean opensClause(Sentence s, int index) {
        if (index == 0) {
            return true;
        }
        var before = s.tokens().get(index - 1);
        return !before.isWord() && !before.isPossessive()
                || before.is("and", "but", "while", "whereas", "as", "then", "however");
    }

    /**
     * The attribution of each quote. The paragraphs of one quote share one: the first paragraph's, or when only a
     * later one is attributed where it closes ("“…\n\n“…,” she said."), that one; a later paragraph's own words
     * before it are the speech's, not a cue.
     */
    private static List<Attribution.Attributed> attributions(List<Quote> quotes, Attribution attribution) {
        List<Attribution.Attributed> result = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < quotes.size(); i++) {
            boolean continues = continuesPrevious(quotes, i);
            first = continues ? first : i;
            Attribution.Attributed said = continues ? result.get(i - 1) : attribution.speaker(quotes.get(i));
            Attribution.Attributed closing = continues && (said == null || said.speaker() == null)
                    ? attribution.closing(quotes.get(i)) : null;
            for (int j = first; j < i && closing != null && closing.speaker() != null; j++) {
                result.set(j, closing);
            }
            said = closing != null && closing.speaker() != null ? closing : said;
            result.add(said);
        }
        return result;
    }

    /** Whether quote {@code i} is the next paragraph of quote {@code i - 1}. */
    private static boolean continuesPrevious(List<Quote> quotes, int i) {
        return i > 0 && quotes.get(i).continues() >= 0 && quotes.get(i).continues() == quotes.get(i - 1).open();
    }

    /**
     * A quote with no attribution of its own continues the previous quote's speaker (next paragraph of a speech);
     * one with neither is kept with no speaker. A pronoun speaking a quote may continue the previous speaker only
     * when no one became a subject since that speaker's own attribution: a quote that merely continued them ("Gorka
     * also made the point that … “completely a third Obama term”") does not renew it.
     */
    private static List<Statement> quotesWithSpeakers(List<Quote> quotes, Attribution attribution, Cast cast,
            String body) {
        List<Statement> result = new ArrayList<>();
        Statement previous = null;
        int previousEnd = -1;
        int attributedAt = -1;
        List<Attribution.Attributed> attributions = attributions(quotes, attribution);
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            Attribution.Attributed said = attributions.get(i);
            int speaker = -1;
            if (continuesPrevious(quotes, i) && previous != null && said != null) {
                speaker = previous.speaker(); // one speech: "he" resolved once
            } else if (said != null && said.speaker() != null) {
                speaker = said.speaker().type() == Mention.Type.PRONOUN && previous != null
                        ? cast.resolveSpeakingPronoun(said.speaker(), previous.speaker(), attributedAt)
                        : cast.resolve(said.speaker());
            }
            attributedAt = said != null ? q.inner().start() : attributedAt;
            Statement statement = new Statement(speaker, StatementKind.DIRECT_QUOTE, q.text(), q.inner(),
                    speaker >= 0 ? said.confidence() : Confidence.UNKNOWN_SPEAKER, said != null ? said.cue() : null);
            if (said == null && previous != null && previous.speaker() >= 0
                    && !body.substring(previousEnd, q.open()).contains("\n\n\n")
                    && body.substring(previousEnd, q.open()).split("\n\n", -1).length <= 2) {
                statement = new Statement(previous.speaker(), StatementKind.DIRECT_QUOTE, q.text(), q.inner(),
                        Math.min(Confidence.CONTINUED, previous.confidence()), previous.cue());
            }
            result.add(statement);
            previous = statement;
            previousEnd = q.outer().end();
        }
        return result;
    }

    /**
     * What is said by an actor whose name is not a name ("Supporters", "Florida") is kept with no speaker, and
     * a reaction by or to such an actor is dropped.
     */
    private static Extraction namesOnly(Cast cast, ActorNames names, List<Statement> statements,
            List<Reaction> reactions) {
        Set<Integer> notNames = new HashSet<>();
        Map<Integer, Integer> fullNames = new HashMap<>();
        for (int i = 0; i < cast.size(); i++) {
            boolean name = names.isName(cast.member(i).name, cast.member(i).kind, cast.member(i).role);
            int full = name && !isGivenName(cast.member(i)) ? -1 : fullName(cast, names, i);
            if (full >= 0) {
                fullNames.put(i, full);
            } else if (!name) {
                notNames.add(i);
            }
        }
        // A paraphrase of someone who is no name ("Moscow's line", "Supporters said …") is the reporter's prose. No
        // reaction kept points at it: the reactions kept have a named actor and target, and a response is the actor's.
        List<Reaction> named = reactions.stream().filter(r -> !notNames.contains(r.actor())
                && !notNames.contains(statements.get(r.target()).speaker())).toList();
        int[] index = StatementRenumbering.keep(statements, 0, i -> !notNames.contains(statements.get(i).speaker())
                || statements.get(i).kind() != StatementKind.PARAPHRASE, s -> notNames.contains(s.speaker())
                ? new Statement(-1, s.kind(), s.text(), s.excerpt(), Confidence.UNKNOWN_SPEAKER, s.cue())
                : new Statement(fullNames.getOrDefault(s.speaker(), s.speaker()), s.kind(), s.text(), s.excerpt(),
                        s.confidence(), s.cue()));
        return ActorList.compact(cast, statements, named.stream().map(r -> StatementRenumbering.renumbered(r,
                fullNames.getOrDefault(r.actor(), r.actor()), index)).toList());
    }

    /** "Hillary", "Bernie": a person called by a given name alone. */
    private static boolean isGivenName(Cast.Member member) {
        return member.kind == ActorKind.PERSON && member.name != null && member.name.indexOf(' ') < 0
                && ActorNames.isGivenName(member.name);
    }

    /**
     * "Ban recalled" after "Ban Ki-moon", "Hillary" beside "Hillary Clinton": a one-word person the word lists take
     * for an ordinary word or a given name is the person of the article whose full name holds that word; -1 when
     * there is none, or more than one.
     */
    private static int fullName(Cast cast, ActorNames names, int member) {
        Cast.Member one = cast.member(member);
        if (one.kind != ActorKind.PERSON || one.name == null || !names.isOrdinaryWord(one.name) && !isGivenName(one)) {
            return -1;
        }
        int found = -1;
        for (int j = 0; j < cast.size(); j++) {
            Cast.Member full = cast.member(j);
            if (j != member && full.kind == ActorKind.PERSON && full.name != null && full.name.indexOf(' ') > 0
                    && List.of(full.name.split(" ")).contains(one.name)
                    && names.isName(full.name, full.kind, full.role)) {
                if (found >= 0) {
                    return -1;
                }
                found = j;
            }
        }
        return found;
    }
}
