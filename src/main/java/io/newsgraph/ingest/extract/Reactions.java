package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.extract.Extraction.Reaction;
import io.newsgraph.ingest.extract.Extraction.Span;
import io.newsgraph.ingest.extract.Extraction.Statement;
import io.newsgraph.ingest.extract.ReactionTargets.Kind;
import io.newsgraph.ingest.extract.ReactionTargets.Phrase;
import io.newsgraph.ingest.extract.ResponseCues.Cue;
import io.newsgraph.ingest.extract.ResponseCues.Form;
import io.newsgraph.ingest.extract.Tokens.Token;
import io.newsgraph.reaction.Stance;
import io.newsgraph.statement.StatementKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds actors responding to what another actor said. A word of response (ResponseCues: "rejected", "fired back",
 * "took issue with", "criticism from") is tied to who responds (ReactionActors) and to what is answered
 * (ReactionTargets): "Trump's offer", "comments by X", "Obama for suggesting …", "the idea", "a claim that X
 * disputes", or, for a bare answer ("fired back"), what was said last. Statements that name another's words and
 * judge them ("Trump's ignorant view of Islam") are reactions too. Each reaction carries the stance of its cue (for
 * an answer, of what it answers: charges are rejected), a confidence by how explicit its target is, the cue's words,
 * and the actor's own words as its response.
 */
final class Reactions {

    private static final Set<String> BE = Set.of("was", "were", "been", "be", "being", "is", "are", "get", "got");
    private static final Set<String> NOUN_VERBS = Set.of("with", "drew", "faced", "drawn", "draws", "drawing",
            "triggered", "triggering", "sparked", "sparking", "prompted", "prompting", "met", "received", "earned",
            "earning", "won");
    private static final Set<String> REFUSALS = Set.of("refused", "refuses", "declined", "declines", "refusing");
    /** Words between a cue and its target: particles, prepositions, adverbs ("pushed back against", "fired off"). */
    private static final Set<String> CUE_TO_TARGET = Set.of("to", "on", "at", "against", "with", "about", "over",
            "back", "off", "up", "aside", "down", "out", "again", "also", "even", "first", "late", "early");
    /** Days that make "on" a time, not the link to an object: "fired back on Tuesday, saying …". */
    private static final Set<String> DAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");
    /** Prepositions after a cue that make what follows its object: "lashed out at Trump". */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("to", "on", "at", "against", "about", "over", "with");
    private static final Set<String> BARE_FOLLOWERS = Set.of("by", "that", "with", "in", "after", "when", "saying",
            "and", "but", "as", "first", "later", "today", "yesterday");
    private static final Set<String> RELATIVE_NOUNS = Set.of("claim", "charge", "accusation", "allegation",
            "something", "concern", "point", "view", "notion", "assertion", "suggestion", "idea");
    private static final Set<String> ACCUSING = Set.of("accused", "attacked", "criticized", "criticised", "charged",
            "questioned", "challenged", "mocked", "blasted", "slammed");
    private static final Set<String> ADJECTIVE_SKIP = Set.of("outright", "widespread", "strong", "fierce", "harsh",
            "damning", "sharp", "a", "an", "the", "also", "quickly", "has", "have", "had");
    private static final Set<String> QUESTIONS = Set.of("question", "questions", "request", "requests", "inquiry",
            "inquiries", "questioning");
    /** What a person does who says what is not so ("Y had lied", "Y made up the story"). */
    private static final Set<String> FALSEHOODS = Set.of("lied", "made up", "fabricated", "invented", "misrepresented",
            "distorted", "mischaracterized", "exaggerated");
    private static final Pattern QUOTED_WORD = Pattern.compile("[“\"']");
    private static final int RESPONSE_REACH = 400;

    private final String body;
    private final Cast cast;
    private final List<Statement> statements;
    private final List<Reaction> reactions = new ArrayList<>();
    /** Statements made for the echoes of the sentence ("This sentiment was echoed by X"): X's own words. */
    private final Set<Integer> echoes = new HashSet<>();
    private ReactionTargets targets;
    /** Whether the sentence before reported a reaction: a bare warning then joins the discussion. */
    private boolean discussing;
    /** The sentence before, whose coordinated subject a "They" opening the next one stands for. */
    private Sentence previous;

    Reactions(String body, Cast cast, List<Statement> statements) {
        this.body = body;
        this.cast = cast;
        this.statements = statements;
    }

    List<Reaction> find(List<Sentence> sentences) {
        targets = new ReactionTargets(body, cast, statements, sentences);
        for (Sentence s : sentences) {
            if (s.heading()) {
                continue;
            }
            Map<String, Reaction> found = new LinkedHashMap<>();
            int created = statements.size();
            for (int v = 0; v < s.tokens().size(); v++) {
                Cue cue = ResponseCues.at(s.tokens(), v);
                if (cue != null && !negated(s, v)) {
                    if (s.quoted(v) && !quotedWithSubjectOutside(s, v)) {
                        ownWords(s, cue, found);
                    } else {
                        reported(s, cue, found);
                    }
                    v = cue.end() - 1;
                }
            }
            answerToAccusation(s, found);
            judgements(s, found);
            stancesInContent(s, found);
            dropUnused(created, found);
            for (Reaction r : found.values()) {
                reactions.add(r);
                targets.discussed(r.target(), s);
            }
            discussing = !found.isEmpty();
            previous = s;
        }
        return reactions;
    }

    /**
     * Statements made up while looking for targets (paraphrases of "Trump's proposal to …") stay only when a reaction
     * of the sentence points at them; the reactions are renumbered accordingly.
     */
    private void dropUnused(int created, Map<String, Reaction> found) {
        Set<Integer> used = new HashSet<>(echoes);
        found.values().forEach(r -> {
            used.add(r.target());
            used.add(r.response());
        });
        int[] index = StatementRenumbering.keep(statements, created, used::contains, st -> st);
        echoes.clear();
        found.replaceAll((key, r) -> StatementRenumbering.renumbered(r, r.actor(), index));
    }

    /** A response the article reports: "X rejected Y's offer", "Y's remarks were echoed by X". */
    private void reported(Sentence s, Cue cue, Map<String, Reaction> found) {
        int agent = agentMarker(s, cue);
        if (agent < 0 && passiveVerb(s, cue)) {
            agent = laterAgent(s, cue); // "Clinton has been attacked on the speeches by Bernie Sanders"
            if (agent < 0) {
                return; // "Trump was mocked": no one named responds, and the subject does not
            }
        }
        if (agent >= 0) {
            passive(s, cue, agent, found);
            return;
        }
        List<Mention> actors = new ArrayList<>();
        if (cue.form() == Form.NOUN) {
            Mention m = ReactionActors.ofNoun(s, cue, targets);
            if (m != null) {
                actors.add(m);
            }
        } else {
            actors.addAll(ReactionActors.subjects(s, cue));
        }
        if (actors.isEmpty()) {
            actors.addAll(ReactionActors.they(s, cue, previous));
        }
        if (actors.isEmpty()) {
            Mention group = ReactionActors.ownersGroup(s, cue, cast);
            if (group != null) {
                actors.add(group);
            }
        }
        Set<Integer> members = new HashSet<>();
        actors.forEach(m -> members.add(cast.resolve(m)));
        targets.together(members.size() > 1 ? members : Set.of());
        for (Mention m : actors) {
            if (m.type() == Mention.Type.DEFINITE_DESCRIPTION && m.kind() == ActorKind.PERSON) {
                describedLater(s, cue, m, found);
            } else if (cast.resolve(m) >= 0) {
                answer(s, cue, cast.resolve(m), found);
            }
        }
        targets.together(Set.of());
    }

    /**
     * A description that reacts ("The British capital's new mayor on Tuesday rejected Trump's offer") stands for a
     * person the article names for the first time after it, in the sentence or within reach after it, the first one
     * the cue makes a reaction for (so the owner of the target is passed over); else for whom the cast resolves it
     * to.
     */
    private void describedLater(Sentence s, Cue cue, Mention m, Map<String, Reaction> found) {
        int before = found.size();
        for (int named : cast.introducedIn(m.end(), s.span().end() + RESPONSE_REACH)) {
            answer(s, cue, named, found);
            if (found.size() > before) {
                return;
            }
        }
        int actor = cast.resolve(m);
        if (actor >= 0) {
            answer(s, cue, actor, found);
        }
    }

    /** The target of an actor's response after its cue, and the reaction if there is one. */
    private void answer(Sentence s, Cue cue, int actor, Map<String, Reaction> found) {
        List<Token> t = s.tokens();
        int i = cue.end();
        boolean object = false;
        while (cue.form() != Form.NAMING && i < t.size() && (Lexicon.NOT_NAMES.contains(t.get(i).text())
                && t.get(i).isCapitalized()
                && !t.get(i).is("The", "This", "That", "These", "Those", "His", "Her")
                || CUE_TO_TARGET.contains(t.get(i).lower())
                || t.get(i).lower().endsWith("ly") && !t.get(i).isCapitalized())) {
            boolean day = i + 1 < t.size() && DAYS.contains(t.get(i + 1).text()); // "on Tuesday" is no object
            object |= OBJECT_PREPOSITIONS.contains(t.get(i).lower()) && !day;
            i++; // "rejected Trump's offer" after "rejected on Tuesday", "pushed back against"
        }
        Mention inverted = cue.form() == Form.REPLY && i < t.size() ? Mentions.at(t, i) : null;
        boolean after = inverted != null && cast.resolve(inverted) == actor; // "“No,” replied Jeff Zucker"
        if (after) {
            i = Tokens.indexAt(t, inverted.end());
        }
        boolean bare = after || !object
                && (i >= t.size() || !t.get(i).isWord() || BARE_FOLLOWERS.contains(t.get(i).lower()));
        if (bare && i + 1 < t.size() && t.get(i).is("that") && clauseNamesWords(s, i + 1)) {
            i++; // "responded that Donald Trump had been ridiculing …", "warned that such a ban would …"
        }
        if (object && asksSomething(t, i)) {
            return; // "responded to Vargas' question", "responded to requests for comment": answers, no reactions
        }
        Phrase p = targets.at(s, i);
        int target = -1;
        double confidence = 0;
        if (p.kind() == Kind.STATEMENT) {
            boolean own = cue.stance() == Stance.SUPPORTS || cue.stance() == Stance.PRAISES; // "defended his call"
            target = targets.statement(s, p, actor, own);
            confidence = 0.85;
        } else if (p.kind() == Kind.PERSON) {
            int words = targets.wordsNamed(s, p.to(), t.size());
            // Calling a person names ("called Trump “unhinged”") a reaction only within a discussion of someone's
            // words; alone it judges the person ("called him a bully"), which the definition leaves out.
            boolean named = cue.form() == Form.NAMING && (discussing || !found.isEmpty())
                    && quotedOrJudged(s, p.to());
            if (words >= 0 || cue.form() == Form.PERSON || cue.form() == Form.REPLY || named) {
                target = words >= 0 ? targets.personsWords(s, p, words, actor) : targets.statement(s, p, actor);
                confidence = named ? 0.5 : 0.75;
            }
        } else if (p.kind() == Kind.ANAPHOR) {
            if (cue.form() == Form.NAMING && p.noun() == null && ownEarlier(s, cue.start(), actor)) {
                return; // "X suggested …, calling it …": X's own idea
            }
            boolean same = p.noun() == null && !found.isEmpty(); // "X criticised the plan, and Y rejected it"
            target = same ? found.values().iterator().next().target()
                    : targets.referent(s, p, actor, cue.stance() == Stance.ECHOES);
            confidence = 0.6;
        } else if (bare && relative(s, cue.start())) {
            target = targets.answered(s, actor); // "a claim that X disputes", "something that Trump mocked"
            confidence = 0.55;
        } else if (bare && (cue.form() == Form.REPLY || ResponseCues.inAnswer(t, cue)) && !agreesToClause(cue, t, i)) {
            int when = whenClause(s, actor);
            target = when >= 0 ? when : targets.answered(s, actor, true); // "Sanders shot back, …"
            confidence = 0.45;
        } else if (cue.stance() == Stance.REJECTS && deniesWrongdoing(t, i)
                || bare && i + 1 < t.size() && t.get(i).is("that")
                && ResponseCues.judgement(t, i + 1, s.clauseEnd(i + 1)) != null) {
            target = targets.answered(s, actor); // "denies any wrongdoing", "protested that X was “disingenuous”"
            confidence = 0.45;
        } else if (bare && cue.stance() == Stance.WARNS && (discussing || !found.isEmpty())) {
            target = targets.topic(s, t.get(cue.start()).start(), actor, "idea"); // "… also warned that …"
            confidence = 0.4;
        }
        if (target >= 0) {
            add(found, s, actor, stance(s, cue, p, Math.max(i, p.to())), target, confidence, cue.text(t, body),
                    cue.form() != Form.NAMING);
        }
    }

    /**
     * The cue's stance; for a naming verb the words that follow; for an answer, or a disagreement, what it answers:
     * charges are rejected.
     */
    private static Stance stance(Sentence s, Cue cue, Phrase p, int after) {
        List<Token> t = s.tokens();
        if (cue.form() == Form.NAMING) {
            return evaluation(s, after);
        }
        if (cue.form() == Form.REPLY || cue.form() == Form.NOUN || cue.stance() == Stance.OPPOSES) {
            Stance answering = ResponseCues.answering(p.noun());
            Stance judged = cue.start() > 0 ? Lexicon.EVALUATIONS.get(t.get(cue.start() - 1).lower()) : null;
            return judged != null ? judged : answering != null ? answering : cue.stance(); // "a damning reaction"
        }
        return cue.stance();
    }

    /**
     * "Y's remarks were echoed by X", "Trump was attacked by Clinton for suggesting …", "the proposal drew criticism
     * from X", "…, which was met with skepticism and outright rejection by several countries, including A, B and C".
     */
    private void passive(Sentence s, Cue cue, int agent, Map<String, Reaction> found) {
        List<Token> t = s.tokens();
        Stance judged = cue.start() > 0 ? Lexicon.EVALUATIONS.get(t.get(cue.start() - 1).lower()) : null;
        Stance stance = judged != null ? judged : cue.stance(); // "triggered a damning reaction from X"
        for (int k = cue.end(); k < agent; k++) {
            Cue more = ResponseCues.at(t, k);
            if (more != null && more.stance() != null) {
                stance = more.stance(); // "skepticism and outright rejection": the last, strongest word sets the stance
            }
        }
        int subjectEnd = cue.start();
        while (subjectEnd > 0 && (BE.contains(t.get(subjectEnd - 1).lower())
                || NOUN_VERBS.contains(t.get(subjectEnd - 1).lower()) || t.get(subjectEnd - 1).lower().endsWith("ly")
                || ADJECTIVE_SKIP.contains(t.get(subjectEnd - 1).lower()))) {
            subjectEnd--;
        }
        for (Mention m : ReactionActors.agents(s, agent, s.clauseEnd(cue.start()))) {
            int actor = cast.resolve(m);
            int target = passiveTarget(s, subjectEnd, agent, actor);
            if (target >= 0 && stance != null) {
                if (stance == Stance.ECHOES && m.kind() == ActorKind.PERSON && actor >= 0) {
                    // The echo is the person's own statement too: "This sentiment was echoed by X".
                    Span own = new Span(s.span().start(), m.end());
                    statements.add(new Statement(actor, StatementKind.PARAPHRASE,
                            body.substring(own.start(), own.end()), own, Confidence.PARAPHRASE, cue.text(t, body)));
                    echoes.add(statements.size() - 1);
                }
                add(found, s, actor, stance, target, 0.75, cue.text(t, body), true);
            }
        }
    }

    /** What a passive response answers: its subject, or the statement of the clause a "which" points back to. */
    private int passiveTarget(Sentence s, int subjectEnd, int agent, int actor) {
        List<Token> t = s.tokens();
        if (subjectEnd > 0 && t.get(subjectEnd - 1).is("which")) {
            for (int i = 0; i < statements.size(); i++) {
                Span e = statements.get(i).excerpt();
                if (e.start() >= s.span().start() && e.start() < t.get(subjectEnd - 1).start()) {
                    return i;
                }
            }
            return targets.lastBefore(s, s.span().start(), -2);
        }
        Phrase p = targets.ending(s, subjectEnd);
        if (p.kind() != Kind.NONE && p.from() >= 2 && t.get(p.from() - 1).is("with", "of", "over", "about", "on")) {
            Phrase head = targets.ending(s, p.from() - 1); // "Trump’s row with the Khan family drew …"
            p = head.kind() != Kind.NONE ? head : p;
        }
        if (p.kind() == Kind.NONE) {
            p = ReactionActors.firstPhrase(s, subjectEnd, targets);
        }
        if (p.kind() == Kind.PERSON) {
            int words = targets.wordsNamed(s, agent, s.clauseEnd(agent));
            if (words < 0) {
                words = targets.wordsNamed(s, p.to(), subjectEnd); // "Trump, whose remarks on …, drew criticism"
            }
            // A person criticised or supported with no words or stance of theirs in the sentence is judged for who
            // they are ("Rubio has won support from members of Congress"): no reaction. "Sanders' stridency was
            // echoed" names his stance; "Vance said that …, drawing a sharp reply from X" reports his words.
            boolean owned = p.to() > p.from() + 1 && t.get(p.to() - 2).isPossessive()
                    || drawnBy(s, subjectEnd, cast.resolve(p.speaker()));
            return words < 0 && !owned ? -1 : targets.personsWords(s, p, words >= 0 ? words : p.to(), actor);
        }
        return p.kind() == Kind.NONE ? -1 : targets.statement(s, p, actor);
    }

    /**
     * "Vance said that …, drawing a sharp reply from X": a participle after a comma ("drawing", "prompting") at token
     * {@code verb} tells what the clause before it drew, so the member's statement opening that clause is answered.
     */
    private boolean drawnBy(Sentence s, int verb, int member) {
        List<Token> t = s.tokens();
        if (member < 0 || verb < 1 || verb >= t.size() || !t.get(verb - 1).is(",")
                || !t.get(verb).lower().endsWith("ing")) {
            return false;
        }
        int at = t.get(verb).start();
        return statements.stream().anyMatch(st -> st.speaker() == member
                && st.excerpt().start() >= s.span().start() && st.excerpt().start() < at);
    }

    /** "I reject …", "We disagree with those claims": a response in the speaker's own quoted words. */
    private void ownWords(Sentence s, Cue cue, Map<String, Reaction> found) {
        int j = s.beforeAuxiliaries(cue.start());
        if (j < 0 || !s.tokens().get(j).is("I", "we") || cue.form() == Form.NOUN) {
            return;
        }
        int at = s.tokens().get(cue.start()).start();
        for (Statement st : statements) {
            if (st.kind() == StatementKind.DIRECT_QUOTE && st.speaker() >= 0 && st.excerpt().start() <= at
                    && at < st.excerpt().end()) {
                answer(s, cue, st.speaker(), found);
                return;
            }
        }
    }

    /**
     * "When Sanders accused Clinton of …, she said “…”": an answer to an accusation told in a when-clause; the
     * speaker of the main clause rejects what the subject of the when-clause said.
     */
    private void answerToAccusation(Sentence s, Map<String, Reaction> found) {
        List<Token> t = s.tokens();
        int first = s.firstWord();
        if (first < 0 || !t.get(first).is("When") || first + 1 >= t.size()) {
            return;
        }
        Mention accuser = Mentions.at(t, first + 1);
        int verb = accuser == null ? -1 : Tokens.indexAt(t, accuser.end());
        if (accuser == null || accuser.type() != Mention.Type.NAME || verb >= t.size()
                || !ACCUSING.contains(t.get(verb).lower())) {
            return;
        }
        for (int v = verb + 1; v < t.size(); v++) {
            if (s.isReportingVerb(v) && !s.quoted(v)) {
                Mention speaker = s.subjectOf(v);
                int actor = speaker == null ? -1 : cast.resolve(speaker);
                int accused = cast.resolve(accuser);
                if (actor >= 0 && accused != actor) {
                    Span clause = s.spanOf(first + 1, s.clauseEnd(verb));
                    int target = targets.ownStatement(accused, s, clause, t.get(verb).text());
                    add(found, s, actor, Stance.REJECTS, target, 0.5, t.get(first).text() + " "
                            + t.get(verb).text(), false);
                }
                return;
            }
        }
    }

    /**
     * A statement that names another's words and judges them: "“Donald Trump's ignorant view of Islam could make both
     * our countries less safe,” Khan said", "Frazier said that Rubio's claim … is “simply not true”", "what Obama
     * said … is shameful". The judging word (judgements.txt) must follow the named words in the same sentence of the
     * statement, or qualify them.
     */
    private void judgements(Sentence s, Map<String, Reaction> found) {
        List<Token> t = s.tokens();
        for (Statement st : List.copyOf(statements)) {
            Span e = st.excerpt();
            if (st.speaker() < 0 || e.start() >= s.span().end() || e.end() <= s.span().start()) {
                continue;
            }
            int from = Tokens.indexAt(t, e.start());
            int to = Tokens.indexAt(t, completedBy(st, s, e.end()));
            int content = leadIn(s, from, st);
            for (int k = content; k < to; k++) {
                Phrase p = targets.at(s, k);
                if (p.kind() != Kind.STATEMENT || p.to() > to && p.from() >= from) {
                    continue; // the named words lie inside the quote, or in the clause the quote completes
                }
                ResponseCues.Judgement judged = ResponseCues.judgement(t, Math.max(from, p.from() + 1), to);
                int target = judged == null ? -1 : targets.statement(s, p, st.speaker());
                boolean misread = target < 0 && judged != null && judged.stance() == Stance.REJECTS
                        && ownWords(t.get(p.from()), st.speaker());
                if (misread) {
                    target = targets.answered(s, st.speaker()); // "my comments have been misconstrued"
                }
                if (target >= 0) {
                    add(found, s, st.speaker(), judged.stance(), target, misread ? 0.45 : 0.5, judged.words(), false);
                    break;
                }
            }
            judgedAnaphor(s, st, from, to, found);
            saidFalsely(s, st, content, to, found);
        }
    }

    /**
     * A statement saying that someone who spoke before lied or made their words up ("he thought Fields had “made up
     * the story”", "X said Y had lied about it") rejects that person's last words before the sentence.
     */
    private void saidFalsely(Sentence s, Statement st, int from, int to, Map<String, Reaction> found) {
        List<Token> t = s.tokens();
        for (int k = from; k < to; k++) {
            Phrase p = t.get(k).isCapitalized() ? targets.at(s, k) : Phrase.NONE;
            if (p.kind() != Kind.PERSON || p.speaker().type() != Mention.Type.NAME) {
                continue;
            }
            int v = p.to();
            while (v < to && (t.get(v).is("had", "has", "have", "been") || t.get(v).lower().endsWith("ly")
                    || !t.get(v).isWord())) {
                v++; // "had simply", "had “made up"
            }
            String words = v + 1 < t.size() ? t.get(v).lower() + " " + t.get(v + 1).lower() : "";
            String said = FALSEHOODS.contains(words) ? words : v < to ? t.get(v).lower() : "";
            if (FALSEHOODS.contains(said)) {
                add(found, s, st.speaker(), Stance.REJECTS, targets.saidBefore(s, p), 0.5, said, false);
                return;
            }
        }
    }

    /**
     * Where a paraphrase's judgement may lie: up to the end of the same speaker's quote that completes it in the
     * sentence ("Mr. Ryan said Mr. Trump's criticism of the judge was “the textbook definition of a racist
     * comment”"), so the judging words in the quote judge the words the paraphrase names; else its own end.
     */
    private int completedBy(Statement st, Sentence s, int end) {
        if (st.kind() != StatementKind.PARAPHRASE) {
            return end;
        }
        for (Statement quote : statements) {
            Span q = quote.excerpt();
            if (quote.kind() == StatementKind.DIRECT_QUOTE && quote.speaker() == st.speaker() && q.start() >= end
                    && q.start() <= end + 3 && q.end() <= s.span().end()) {
                return q.end();
            }
        }
        return end;
    }

    /** Whether a possessive opening a phrase is the speaker's own: "my comments", "his words" said of himself. */
    private boolean ownWords(Token possessive, int speaker) {
        return possessive.is("my", "our") || possessive.is("his", "her")
                && cast.resolve(ReactionTargets.pronoun(possessive)) == speaker;
    }

    /**
     * A quote that opens on what was just said and judges it: "“It's nonsense,” Trump said", "“That is simply not
     * true,” X replied", "“These comments are shameful”". The words judged are the last someone else said, in this
     * sentence or the one before.
     */
    private void judgedAnaphor(Sentence s, Statement st, int from, int to, Map<String, Reaction> found) {
        List<Token> t = s.tokens();
        int k = from;
        while (k < to && !t.get(k).isWord()) {
            k++;
        }
        if (st.kind() != StatementKind.DIRECT_QUOTE || k >= to || !t.get(k).is("It", "That", "This", "These",
                "Those", "It's", "That's")) {
            return;
        }
        ResponseCues.Judgement judged = ResponseCues.judgement(t, k + 1, Math.min(to, k + 6));
        if (judged != null && judged.stance() != Stance.SUPPORTS) {
            add(found, s, st.speaker(), judged.stance(), targets.justSaid(s, st.speaker()), 0.4, judged.words(),
                    false);
        }
    }

    /**
     * Where the words a quote judges may be named: from the sentence's first word when the quote only completes the
     * clause before it ("Trump's remarks were “the textbook definition of a racist comment,” Ryan said"), which is
     * then the speaker's too; from after the reporting verb when the quote completes its clause ("X said Lund's
     * proposal was “a reckless gamble”"); else the quote's own first token.
     */
    private int leadIn(Sentence s, int quote, Statement st) {
        int from = Math.max(0, s.firstWord());
        for (int k = from; k < quote; k++) {
            Token token = s.tokens().get(k);
            if (s.quoted(k) && token.isWord() || token.is(".", "?", "!", ":", ";")) {
                return quote;
            }
            if (s.isReportingVerb(k)) {
                Mention subject = s.subjectOf(k);
                if (subject == null || cast.resolve(subject) != st.speaker() || from > Math.max(0, s.firstWord())) {
                    return quote; // another's reporting verb, or a second one, keeps the quote apart
                }
                from = k + 1;
            }
        }
        return from;
    }

    /**
     * A statement reported without a reaction verb can still take a side on the matter under discussion: "confirmed
     * a consensus against sending troops" opposes it, "would lead to a conflict" warns about it.
     */
    private void stancesInContent(Sentence s, Map<String, Reaction> found) {
        for (Statement st : List.copyOf(statements)) {
            int speaker = st.speaker();
            if (st.kind() != StatementKind.PARAPHRASE || speaker < 0 || st.excerpt().start() < s.span().start()
                    || st.excerpt().start() >= s.span().end()
                    || found.values().stream().anyMatch(r -> r.actor() == speaker)) {
                continue;
            }
            for (Map.Entry<Pattern, Stance> cue : Lexicon.STANCE_CUES.entrySet()) {
                Matcher matcher = cue.getKey().matcher(st.text());
                if (matcher.find()) {
                    int target = targets.topic(s, st.excerpt().start(), speaker, "idea");
                    if (target >= 0) {
                        add(found, s, speaker, cue.getValue(), target, 0.4, matcher.group(), false);
                    }
                    break;
                }
            }
        }
    }

    /**
     * Records a reaction of the sentence, one per actor and target speaker: a later cue of the sentence overrides an
     * earlier one ("voiced skepticism about the idea, warning that …" warns) unless it only names ("calling it …").
     */
    private void add(Map<String, Reaction> found, Sentence s, int actor, Stance stance, int target, double confidence,
            String cue, boolean overrides) {
        int speaker = target < 0 ? -1 : statements.get(target).speaker();
        String key = actor + ":" + speaker;
        if (stance == null || actor < 0 || speaker < 0 || speaker == actor || !overrides && found.containsKey(key)) {
            return;
        }
        found.put(key, new Reaction(actor, stance, target, response(s, actor, target), s.span(), confidence, cue));
    }

    /** The reacting actor's own words: in the same sentence, else just after it. */
    private int response(Sentence s, int actor, int target) {
        int next = -1;
        for (int i = 0; i < statements.size(); i++) {
            Span e = statements.get(i).excerpt();
            if (i == target || statements.get(i).speaker() != actor) {
                continue;
            }
            if (e.start() >= s.span().start() && e.start() < s.span().end()) {
                return i;
            }
            if (e.start() >= s.span().end() && e.start() < s.span().end() + RESPONSE_REACH
                    && (next < 0 || e.start() < statements.get(next).excerpt().start())) {
                next = i;
            }
        }
        return next;
    }

    /** "When Mr. Trump tried to defend his remarks …, Mr. Kasich forcefully differed": the when-clause's words. */
    private int whenClause(Sentence s, int actor) {
        List<Token> t = s.tokens();
        int first = s.firstWord();
        if (first < 0 || !t.get(first).is("When", "After") || first + 1 >= t.size() || ReactionTargets.asked(s)) {
            return -1; // "After X asked …, Y replied" answers a question
        }
        Mention m = Mentions.at(t, first + 1);
        if (m == null || m.type() != Mention.Type.NAME || cast.resolve(m) == actor) {
            return -1;
        }
        int verb = Tokens.indexAt(t, m.end());
        return targets.ownStatement(cast.resolve(m), s, s.spanOf(first + 1, s.clauseEnd(verb)),
                verb < t.size() ? t.get(verb).text() : t.get(first).text());
    }

    /** Whether a that-clause from token i opens with someone's words: "such a ban would …", "Trump had attacked". */
    private boolean clauseNamesWords(Sentence s, int i) {
        Phrase p = targets.at(s, i);
        return p.kind() == Kind.ANAPHOR && p.noun() != null || p.kind() == Kind.STATEMENT
                || p.kind() == Kind.PERSON && targets.wordsNamed(s, p.to(), p.to() + 1) >= 0;
    }

    /** "denied any wrongdoing", "denies wrongdoing": an answer to an accusation, whoever made it. */
    private static boolean deniesWrongdoing(List<Token> t, int i) {
        return i < t.size() && t.get(i).is("wrongdoing") || i + 1 < t.size() && t.get(i).is("any", "all")
                && t.get(i + 1).is("wrongdoing");
    }

    /** "…, a claim that Gowdy's office strongly disputes", "something that Trump mocked": the cue ends a relative. */
    private static boolean relative(Sentence s, int v) {
        List<Token> t = s.tokens();
        for (int k = v - 1; k >= Math.max(1, v - 8); k--) {
            if (t.get(k).is("that", "which") && RELATIVE_NOUNS.contains(t.get(k - 1).lower())) {
                return true;
            }
            if (!t.get(k).isWord() && !t.get(k).isPossessive()) {
                return false; // "a claim that Gowdy’s office strongly disputes"
            }
        }
        return false;
    }

    /** After "called Trump": a quoted word or a judging word ("called Trump “unhinged”", "a fascist"). */
    private static boolean quotedOrJudged(Sentence s, int from) {
        List<Token> t = s.tokens();
        int to = Math.min(t.size(), from + 4);
        for (int k = from; k < to; k++) {
            if (QUOTED_WORD.matcher(t.get(k).text()).matches() || s.quoted(k)) {
                return true;
            }
        }
        return ResponseCues.judgement(t, from, to) != null;
    }

    /**
     * The token introducing the agent of a passive or of a noun of response ("by" in "was echoed by", "from" in
     * "drew criticism from"), or -1.
     */
    private static int agentMarker(Sentence s, Cue cue) {
        List<Token> t = s.tokens();
        int before = cue.start() - 1;
        while (before >= 0 && (t.get(before).lower().endsWith("ly") || ADJECTIVE_SKIP.contains(t.get(before).lower())
                && !t.get(before).is("has", "have", "had"))) {
            before--;
        }
        boolean noun = cue.form() == Form.NOUN || cue.form() == Form.REPLY && cue.start() > 0
                && ADJECTIVE_SKIP.contains(t.get(cue.start() - 1).lower()); // "drew a sharp reply from"
        boolean passive = before >= 0 && (BE.contains(t.get(before).lower()) || noun
                && NOUN_VERBS.contains(t.get(before).lower()));
        if (!passive && !noun) {
            return -1;
        }
        for (int k = cue.end(); k < Math.min(t.size(), cue.end() + 6); k++) {
            if (t.get(k).is("by", "from")) {
                return passive || k == cue.end() ? k : -1;
            }
            if (!t.get(k).isWord() || !(t.get(k).is("and", "or") || ResponseCues.at(t, k) != null
                    || t.get(k).lower().endsWith("ly") || t.get(k).is("outright", "widespread", "strong"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "X agreed that the shift was …", "the union agreed to a two-tier wage system": agreement with a proposition or to
     * a deal, not with someone's words ("Bystrom agreed." is).
     */
    private static boolean agreesToClause(Cue cue, List<Token> t, int i) {
        return cue.stance() == Stance.SUPPORTS && i < t.size() && t.get(i).is("that", "to", "in", "on");
    }

    /** Whether a verb cue stands in the passive ("was attacked", "has been slammed"): its subject is the target. */
    private static boolean passiveVerb(Sentence s, Cue cue) {
        List<Token> t = s.tokens();
        int before = cue.start() - 1;
        while (before >= 0 && t.get(before).lower().endsWith("ly")) {
            before--;
        }
        return cue.form() != Form.NOUN && cue.form() != Form.NAMING && before >= 0
                && t.get(before).is("was", "were", "been", "being", "is", "are", "be")
                && t.get(cue.start()).lower().endsWith("ed");
    }

    /** The "by" of a passive's agent further on in the clause ("attacked on the speeches by X"), or -1. */
    private static int laterAgent(Sentence s, Cue cue) {
        List<Token> t = s.tokens();
        for (int k = cue.end(); k < s.clauseEnd(cue.start()) && k < t.size(); k++) {
            if (t.get(k).is("by")) {
                return k + 1 < t.size() && t.get(k + 1).isCapitalized() ? k : -1;
            }
        }
        return -1;
    }

    /** Whether the object from token i is a question or request put to the actor, within its first words. */
    private static boolean asksSomething(List<Token> t, int i) {
        for (int k = i; k < Math.min(t.size(), i + 5) && (t.get(k).isWord() || t.get(k).isPossessive()); k++) {
            if (QUESTIONS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "did not reject", "never criticized", "refused to condemn", "Neither X nor Y responded"; but "couldn't disagree
     * with her more".
     */
    private static boolean negated(Sentence s, int v) {
        List<Token> t = s.tokens();
        for (int k = v - 1; k >= Math.max(0, v - 8) && t.get(k).isWord(); k--) {
            if (t.get(k).is("nor", "neither")) {
                return true;
            }
        }
        for (int k = v - 1; k >= Math.max(0, v - 3); k--) {
            String w = t.get(k).lower();
            if (w.equals("not") || w.equals("never") || negative(w) || w.equals("to") && k > 0
                    && REFUSALS.contains(t.get(k - 1).lower())) {
                return !moreFollows(t, v);
            }
            if (!w.endsWith("ly") && !w.equals("to") && !w.equals("yet") && !w.equals("even")) {
                return false;
            }
        }
        return false;
    }

    /** "didn't", "couldn’t": typeset apostrophes as often as plain ones. */
    private static boolean negative(String word) {
        return word.endsWith("n't") || word.endsWith("n’t");
    }

    private static boolean moreFollows(List<Token> t, int v) {
        for (int k = v + 1; k < Math.min(t.size(), v + 5); k++) {
            if (t.get(k).is("more")) {
                return true;
            }
        }
        return false;
    }

    /** He "rejects Donald Trump's latest comments": a quoted cue whose subject stands outside the quote. */
    private static boolean quotedWithSubjectOutside(Sentence s, int v) {
        return v >= 2 && !s.tokens().get(v - 1).isWord() && !s.quoted(v - 2) && s.tokens().get(v - 2).isWord();
    }

    private boolean ownEarlier(Sentence s, int cue, int actor) {
        for (Statement st : statements) {
            if (st.speaker() == actor && st.excerpt().start() >= s.span().start()
                    && st.excerpt().start() < s.tokens().get(cue).start()) {
                return true;
            }
        }
        return false;
    }

    private static Stance evaluation(Sentence s, int after) {
        Stance stance = null;
        List<Token> t = s.tokens();
        for (int i = after; i < Math.min(t.size(), after + 12); i++) {
            Stance judged = Lexicon.EVALUATIONS.get(t.get(i).lower());
            if (judged == Stance.CRITICIZES) {
                return judged; // "very important and very dangerous" is criticism
            }
            if (judged != null) {
                stance = judged;
            }
        }
        ResponseCues.Judgement judgement = stance == null ? ResponseCues.judgement(t, after, after + 12) : null;
        return judgement != null ? judgement.stance() : stance;
    }
}
