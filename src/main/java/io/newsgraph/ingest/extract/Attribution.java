package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;
import io.newsgraph.ingest.extract.Quotations.Quote;
import io.newsgraph.ingest.extract.Tokens.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who speaks a quote. In order: an attribution right after the quote ("…," said X / X said / he said), a
 * speaker label or reporting verb before it in its sentence (X said: "…", X warned that "…", calling it "…"),
 * "According to X", a previous paragraph ending in a colon, a heading naming the speaker (live blogs), and last
 * the speaker of the quote just before when this one continues it.
 */
final class Attribution {

    /** Words before a short quote that make it someone's words rather than a term in scare quotes. */
    private static final Set<String> QUOTE_CUES = Set.of("as", "it", "that", "was", "is", "were", "are", "be", "them",
            "called", "calling", "dubbed", "labelled", "labeled", "branded", "termed", "described", "describing",
            "this", "a", "an", "his", "her", "their");

    private static final Set<String> NAMING = Set.of("called", "calling", "dubbed", "labelled", "labeled",
            "branded", "termed", "described", "describing");

    /** Words after a name that are not its verb. */
    private static final Set<String> NOT_VERBS = Set.of("and", "or", "but", "as", "is", "was", "has", "his", "its",
            "this", "thus", "plus", "perhaps", "always", "bus", "campus", "census", "news", "series", "us");
    /** Past tenses without -ed that attribute a quote: "Trump went on", "Pelosi shot back". */
    private static final Set<String> IRREGULAR_PAST = Set.of("went", "shot", "fired", "told", "wrote", "spoke",
            "said", "put", "hit", "struck", "chimed", "broke", "gave", "took", "sang", "began", "bit", "threw", "let",
            "swore", "forecast", "quipped", "read");

    /** Nouns for works whose titles are quoted: "the book “…”", "his column, “…”". */
    private static final Set<String> WORKS = Set.of("book", "books", "film", "movie", "show", "series", "column",
            "article", "op-ed", "essay", "song", "album", "headline", "documentary", "memoir", "novel", "play",
            "program", "programme", "podcast", "episode", "poem", "slogan", "hashtag");

    /**
     * Words that end a description before a name: "said in Paris" names a place, not a speaker. "of" and "and"
     * stay inside one: "said master of ceremonies Asab Al-Tabchi", "said former Gov. and Chairman Ed Rendell".
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("in", "at", "on", "to", "for", "from", "with",
            "by", "as", "it", "that", "this", "when", "after", "before", "during", "about", "than", "or");

    /** Nouns for someone's own words, whose possessor speaks them: "Clinton's slogan is “…”", "in Forbes' words". */
    private static final Set<String> SPEECH_NOUNS = Set.of("words", "word", "slogan", "dictum", "promise", "motto",
            "mantra", "catchphrase", "refrain", "quip", "pledge", "vow", "assertion", "remark", "remarks", "retort",
            "boast", "plea", "advice", "warning");

    /** Words between a speech noun and the quote it names: "Clinton's slogan is that “…”". */
    private static final Set<String> SPEECH_NOUN_TO_QUOTE = Set.of(",", ":", "is", "was", "are", "were", "that");

    /** Reporting verbs whose object is who hears the words, not who says them. */
    private static final String[] LISTENER_VERBS = {"told", "tells", "tell", "assured", "reminded", "informed"};

    /** Finite verbs after a name that make it the subject of a clause: "said Trump had “…”". */
    private static final Set<String> FINITE = Set.of("had", "has", "have", "was", "were", "is", "are", "would",
            "will", "could", "should", "can", "may", "might", "must", "did", "does", "do");

    /** Words a transcript's turn inside a quote has at least, its label included. */
    private static final int MIN_TURN_WORDS = 15;

    private final String body;
    private final List<Sentence> sentences;

    Attribution(String body, List<Sentence> sentences) {
        this.body = body;
        this.sentences = sentences;
    }

    /** Short quotes (three words or fewer) count only after a cue such as "calling it a" or "warned that". */
    boolean isStatement(Quote quote) {
        Sentence s = sentenceAt(quote.open());
        int i = Tokens.indexAt(s.tokens(), quote.open()) - 1;
        if (isTitle(quote, s, i)) {
            return false;
        }
        if (quote.wordCount() > 3) {
            return true;
        }
        if (i >= 0 && (QUOTE_CUES.contains(s.tokens().get(i).lower()) || s.tokens().get(i).is(":"))) {
            return true;
        }
        for (int k = i; k >= Math.max(0, i - 3); k--) {
            Token t = s.tokens().get(k);
            if (k >= i - 1 && (Lexicon.isReportingVerb(t.text()) || t.is("as", "it")) || NAMING.contains(t.lower())
                    || Lexicon.SHOUTING_WORDS.contains(t.lower())) {
                return true; // "warned “…”", "as a “…”", "calling her remarks “…”", "chants of “…”"
            }
        }
        return attributedAfter(quote); // "“We will appeal,” Weiss said."

    }

    /**
     * A quoted title rather than someone's words: after "titled" or a work's noun ("the book “…”", "his new film,
     * “…”"), or written in title case with no attribution next to it ("“Meet the Press”").
     */
    private boolean isTitle(Quote quote, Sentence s, int before) {
        List<Token> t = s.tokens();
        int k = before >= 0 && t.get(before).is(",") ? before - 1 : before;
        if (k >= 0 && t.get(k).is("titled", "entitled", "headlined")) {
            return true;
        }
        if (k >= 0 && WORKS.contains(t.get(k).lower())) {
            return !attributedAfter(quote); // "his grant program, “states were hemorrhaging money,” X said" is words
        }
        String[] words = quote.text().strip().split("\\s+");
        boolean cued = before >= 0 && (t.get(before).is(":") || s.isReportingVerb(k)); // "stating, “Speaker Paul …”"
        return words.length >= 3 && TextCleaner.isTitleCase(words) && !quote.text().matches("(?s).*[.!?,]$")
                && !cued && !attributedAfter(quote);
    }

    /** Who speaks a quote (null when the cue names no one the rules know), the words that say so, how sure. */
    record Attributed(Mention speaker, String cue, double confidence) {}

    /** The attribution of a quote, or null when none is found. */
    Attributed speaker(Quote quote) {
        Attributed label = labelInside(quote);
        if (label != null) {
            return label;
        }
        Attributed after = after(quote, false);
        if (after != null) {
            return after;
        }
        Attributed possessor = possessor(quote);
        if (possessor != null) {
            return possessor;
        }
        Attributed before = before(quote);
        if (before != null) {
            return before; // before the next sentence: "Bartiromo asked, “…?” Issa continued, “…”"
        }
        Attributed later = laterInSentence(quote);
        if (later != null) {
            return later;
        }
        Attributed next = after(quote, true);
        return next != null ? next : fromContext(quote);
    }

    /**
     * The name whose words a speech noun says the quote is: "Hillary Clinton's campaign slogan is “…”", "in Forbes'
     * words, “…”" (a few words may describe the noun), or "Obama's “…” promise" (the noun after the quote).
     */
    private Attributed possessor(Quote quote) {
        Sentence s = sentenceAt(quote.open());
        List<Token> t = s.tokens();
        int i = Tokens.indexAt(t, quote.open()) - 1;
        int after = Tokens.indexAt(t, quote.outer().end());
        if (i >= 1 && t.get(i).isPossessive() && after < t.size() && SPEECH_NOUNS.contains(t.get(after).lower())) {
            return namedPossessor(t, i, t.get(after).text()); // "Obama's “…” promise"
        }
        int noun = i;
        while (noun >= 0 && SPEECH_NOUN_TO_QUOTE.contains(t.get(noun).lower())) {
            noun--;
        }
        if (noun < 0 || !SPEECH_NOUNS.contains(t.get(noun).lower()) || s.quoted(noun)) {
            return null;
        }
        int possessive = noun - 1;
        while (possessive > noun - 3 && possessive > 0 && !t.get(possessive).isPossessive()
                && t.get(possessive).isWord() && !t.get(possessive).isCapitalized()) {
            possessive--; // "Clinton's campaign slogan"
        }
        return possessive >= 1 && t.get(possessive).isPossessive()
                ? namedPossessor(t, possessive, t.get(noun).text()) : null;
    }

    /**
     * The name holding the word before the possessive token {@code possessive}, as the speaker cued by {@code noun}:
     * the person, or the body a campaign's noun makes of it ("Hillary Clinton's campaign slogan"); or null.
     */
    private static Attributed namedPossessor(List<Token> t, int possessive, String noun) {
        int owner = possessive - 1;
        for (int j = owner; j >= Math.max(0, owner - 4); j--) {
            Mention m = Mentions.at(t, j);
            if (m != null && m.end() >= t.get(owner).end()) {
                return m.type() == Mention.Type.NAME ? attributed(m, noun, Confidence.SAME_SENTENCE) : null;
            }
        }
        return null;
    }

    /**
     * A transcript's turn opening the quoted words: "“Chris Matthews: Seriously, …”", "“RAMOS: Secretary …”". The
     * label is a full name or a name in capitals, so that "“Note: …”" is not a speaker, and a turn is longer than
     * a slogan's title ("“Chris Christie: Bad for New Jersey, bad for you”").
     */
    private Attributed labelInside(Quote quote) {
        int from = quote.inner().start();
        if (quote.wordCount() < MIN_TURN_WORDS) {
            return null;
        }
        List<Token> t = Tokens.of(body, from, Math.min(quote.inner().end(), from + 80));
        Mention m = t.isEmpty() ? null : Mentions.at(t, 0);
        if (m == null || m.type() != Mention.Type.NAME || m.kind() != ActorKind.PERSON || m.name() == null) {
            return null;
        }
        int colon = Tokens.indexAt(t, m.end());
        boolean named = m.name().indexOf(' ') > 0
                || m.name().length() >= 3 && m.name().equals(m.name().toUpperCase(Locale.ROOT));
        return named && colon < t.size() && t.get(colon).is(":")
                ? attributed(m, ":", Confidence.SAME_SENTENCE) : null;
    }

    /**
     * "“…” if she didn't win by more, said David Wasserman, an analyst.", "Clinton “drew well …” in 2008, said
     * Paul Beck.": an attribution closing the quote's sentence after a comma, when nothing before the quote
     * attributes it.
     */
    private Attributed laterInSentence(Quote quote) {
        Sentence s = sentenceAt(quote.open());
        List<Token> t = s.tokens();
        for (int v = Tokens.indexAt(t, quote.outer().end()); v < t.size(); v++) {
            if (s.quoted(v) || !s.isReportingVerb(v) || t.get(v).lower().endsWith("ing")) {
                continue; // "Guns are “…” and “…,” Howard Dean proclaimed": both quotes are his
            }
            Mention after = s.afterComma(v) && v + 1 < t.size() ? nameAfterVerb(t, v + 1) : null;
            if (after != null) {
                return attributed(after, t.get(v).text(), Confidence.SAME_SENTENCE);
            }
            Mention subject = s.subjectOf(v);
            if (closesSentence(t, v) && subject != null && setOff(s, Tokens.indexAt(t, subject.start()))) {
                return attributed(subject, t.get(v).text(), Confidence.SAME_SENTENCE); // ", Ayotte said (in …)"
            }
        }
        return null;
    }

    /** A verb that ends its sentence, or only a phrase follows it: "Ayotte said.", "Carson said after the attacks." */
    private static boolean closesSentence(List<Token> t, int v) {
        return v + 1 == t.size() || !t.get(v + 1).isWord()
                || FUNCTION_WORDS.contains(t.get(v + 1).lower()) && !t.get(v + 1).is("that", "it", "this");
    }

    /** A name after a comma, or after a comma and a few words describing it: ", Republican candidate Ben Carson". */
    private static boolean setOff(Sentence s, int name) {
        List<Token> t = s.tokens();
        for (int j = name; j > Math.max(0, name - 4); j--) {
            if (s.afterComma(j)) {
                return true;
            }
            Token word = t.get(j - 1);
            if (!word.isWord() || FUNCTION_WORDS.contains(word.lower()) || s.quoted(j - 1)) {
                return false;
            }
        }
        return false;
    }

    /** A sentence whose first reporting verb introduces a clause: "The incumbent said that …". */
    private static boolean reportsAClause(Sentence s) {
        List<Token> t = s.tokens();
        for (int v = 0; v < Math.min(t.size() - 1, 8); v++) {
            if (s.isReportingVerb(v)) {
                return t.get(v + 1).is("that", "whether") || v + 2 < t.size() && t.get(v + 2).is("that");
            }
        }
        return false;
    }

    private static Attributed attributed(Mention speaker, String cue, double level) {
        return speaker == null ? null : new Attributed(speaker, cue, Confidence.of(level, speaker));
    }

    /**
     * The attribution right after a quote, in its sentence or opening the next one: what names the speaker of a
     * quote over several paragraphs when only its last paragraph is attributed ("“…\n\n“…,” she said.").
     */
    Attributed closing(Quote quote) {
        Attributed after = after(quote, false);
        return after != null ? after : after(quote, true);
    }

    private boolean attributedAfter(Quote quote) {
        return after(quote, false) != null || after(quote, true) != null;
    }

    /** The attribution right after a quote, in its sentence or (when {@code nextSentence}) opening the next one. */
    private Attributed after(Quote quote, boolean nextSentence) {
        int close = quote.outer().end();
        Sentence s = sentenceAt(Math.max(quote.inner().end() - 1, quote.open()));
        List<Token> t = s.tokens();
        int k = Tokens.indexAt(t, close);
        if (k >= t.size() != nextSentence) {
            return null;
        }
        if (nextSentence) {
            // "“… small hands?” Trump said.": the question mark ended a sentence, the attribution is the next one;
            // after a full stop the next sentence is a new one ("“Nothing has changed.” Hale warned that …")
            Sentence next = next(s);
            boolean signed = next != null && next.tokens().get(0).is("—", "–", "-");
            if (next == null || next.span().start() - close > (signed ? 4 : 3)
                    || !signed && body.substring(close, Math.max(close, next.span().start())).indexOf('\n') >= 0
                    || "?!,".indexOf(closingPunctuation(quote)) < 0 && !isBareAttribution(next) && !signed
                    || reportsAClause(next)) {
                return null; // "“…?” The incumbent said that her position …" is a new statement, as is a new paragraph
            }
            s = next;
            t = s.tokens();
            k = 0;
        }
        // a dash after a space signs the quote ("“…” — Sanders.", as fact checks do); one glued to it is a byline
        boolean dashed = close < body.length() && Character.isWhitespace(body.charAt(close));
        int from = k;
        while (k < t.size() && (t.get(k).is(",", "—", "–", "-") )) {
            k++;
        }
        dashed &= k > from && !t.get(k - 1).is(",");
        if (k >= t.size() || s.quoted(k) || t.get(k).start() - close > (dashed ? 5 : 3)) {
            return null;
        }
        Mention signer = dashed ? Mentions.at(t, k) : null;
        if (signer != null && signer.type() == Mention.Type.NAME && Tokens.indexAt(t, signer.end()) >= t.size() - 1) {
            return attributed(signer, "—", Confidence.NEXT_TO_QUOTE);
        }
        boolean verb = s.isReportingVerb(k) || t.get(k).is("read"); // "read" alone is too often a present tense
        if (verb && Documents.nounAt(t, k + 1) >= 0 && !t.get(k).lower().endsWith("ing")) {
            return document(s, Documents.nounAt(t, k + 1), t.get(k).text(), Confidence.NEXT_TO_QUOTE); // read the email
        }
        int document = Documents.nounAt(t, k);
        if (document >= 0) {
            int v = s.afterAppositive(document + 1);
            if (v < t.size() && (s.isReportingVerb(v) || isVerbAfterComma(quote, t.get(v)))) {
                return document(s, document, t.get(v).text(), Confidence.NEXT_TO_QUOTE); // "…," the statement said
            }
        }
        if (s.isReportingVerb(k) && k + 1 < t.size() && !t.get(k).lower().endsWith("ing")) {
            // "…," said the minister / said pollster Frank Luntz
            return attributed(nameAfterVerb(t, k + 1), t.get(k).text(), Confidence.NEXT_TO_QUOTE);
        }
        Mention inverted = s.isQuotingVerb(k) && k + 1 < t.size() ? Mentions.at(t, k + 1) : null;
        if (inverted != null && inverted.type() == Mention.Type.NAME && inverted.kind() == ActorKind.PERSON) {
            return attributed(inverted, t.get(k).text(), Confidence.NEXT_TO_QUOTE); // "“…?” reacted Trump."
        }
        if (t.get(k).is("according") && k + 2 < t.size() && t.get(k + 1).is("to")) {
            return attributed(nameAfterVerb(t, k + 2), "according to", Confidence.NEXT_TO_QUOTE);
        }
        if (t.get(k).is("it") && k + 1 < t.size() && (s.isReportingVerb(k + 1) || t.get(k + 1).is("read"))) {
            return itsDocument(s, Tokens.indexAt(t, quote.open()), t.get(k + 1).text(), Confidence.NEXT_TO_QUOTE);
        }
        Mention m = Mentions.at(t, k) != null ? Mentions.at(t, k) : surnameBeforeVerb(s, k);
        int afterName = m == null ? -1 : Tokens.indexAt(t, m.end());
        if (m == null || m.type() == Mention.Type.NAME && afterName < t.size()
                && !(m.kind() == ActorKind.PERSON && t.get(afterName).is(",", "("))) {
            Mention described = describedName(quote, s, k);
            m = described != null ? described : m;
        }
        if (m == null) {
            return null;
        }
        int named = Tokens.indexAt(t, m.end());
        // "“…,” Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote"
        int v = s.afterAppositive(m.kind() == ActorKind.PERSON ? s.afterOfPhrase(named) : named);
        int partners = named < t.size() && t.get(named).is("and") ? partnersVerb(s, named) : -1; // "X and Y said"
        v = partners >= 0 ? partners : v;
        v += v + 1 < t.size() && t.get(v).is(",") && s.isReportingVerb(v + 1) ? 1 : 0; // "his wife, X, wrote"
        int first = v;
        if (m.type() != Mention.Type.PRONOUN && v < t.size() && isVerbAfterComma(quote, t.get(v))) {
            // "“…,” Maher replied", "“…,” Bennett shot back": a comma inside the marks, then who and a verb
            return attributed(m, t.get(v).text(), Confidence.NEXT_TO_QUOTE);
        }
        while (v < t.size() && !s.isReportingVerb(v) && t.get(v).isWord() && !t.get(v).isCapitalized()
                && v - first < 3) {
            v++;
        }
        return v < t.size() && s.isReportingVerb(v) ? attributed(m, t.get(v).text(), Confidence.NEXT_TO_QUOTE)
                : null;
    }

    /**
     * "“…,” Read said": a capitalised word the word lists take for an ordinary one ("Read", "From") is a surname
     * in subject position before a reporting verb when the article also writes it after a first name ("Ian Read").
     */
    private Mention surnameBeforeVerb(Sentence s, int k) {
        List<Token> t = s.tokens();
        Token word = t.get(k);
        if (!word.isWord() || !word.isCapitalized() || k + 1 >= t.size() || !s.isReportingVerb(k + 1)
                || t.get(k + 1).lower().endsWith("ing")) {
            return null;
        }
        Matcher full = Pattern.compile("\\p{Lu}\\p{Ll}+ (\\p{Lu}\\. )?" + Pattern.quote(word.text()) + "\\b")
                .matcher(body);
        return full.find() ? new Mention(word.start(), word.end(), word.text(), full.group(), null,
                ActorKind.PERSON, Mention.Gender.UNKNOWN, Mention.Type.NAME) : null;
    }

    /**
     * The speaker named after a reporting verb: the mention right there ("said the minister", "said Sen. X"), or
     * a name after a few words describing the person ("said pollster Frank Luntz", "said Ohio State University
     * professor Paul Beck").
     */
    private static Mention nameAfterVerb(List<Token> t, int k) {
        Mention first = Mentions.at(t, k);
        int next = first == null ? k : Tokens.indexAt(t, first.end());
        if (first != null && next < t.size() && t.get(next).isPossessive()) {
            return personOwnedBy(t, next); // "said Clinton's spokesman Brian Fallon", not "to say Clinton's behavior"
        }
        boolean modifier = first != null && first.type() == Mention.Type.NAME && next < t.size()
                && t.get(next).isWord() && !t.get(next).isCapitalized() // "Democratic pollster Stan Greenberg"
                && !carriesName(t.get(next)); // not "said Heiserman of the CORE Teachers"
        if (first != null && !modifier && (first.type() != Mention.Type.NAME || first.kind() == ActorKind.PERSON)) {
            return first;
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 12) && (t.get(j - 1).isWord() || t.get(j - 1).is("."))
                && !FUNCTION_WORDS.contains(t.get(j - 1).lower()); j++) {
            Mention m = Mentions.at(t, j);
            if (m != null && m.type() == Mention.Type.NAME && m.kind() == ActorKind.PERSON && !describes(t, m)) {
                return m;
            }
        }
        boolean reported = modifier && (t.get(next).lower().endsWith("ed") || FINITE.contains(t.get(next).lower()));
        return reported ? null : first; // "said Trump had “…”": Trump is the subject of the words reported
    }

    /**
     * The person a possessive at token {@code possessive} is the title of, within a few words ("Clinton's spokesman
     * Brian Fallon"), or null: the owner of what is said about ("Clinton's behavior") speaks no words.
     */
    private static Mention personOwnedBy(List<Token> t, int possessive) {
        for (int j = possessive + 1; j < Math.min(t.size(), possessive + 7) && (t.get(j).isWord() || t.get(j).is(","));
                j++) { // "Clinton's top foreign policy aide Jake Sullivan", "Rubio's campaign manager, Rich Beeson"
            Mention m = Mentions.at(t, j);
            if (m != null && m.type() == Mention.Type.NAME && m.kind() == ActorKind.PERSON) {
                return m;
            }
        }
        return null;
    }

    /** A one-word name that describes the next word: "Republican" in "said undecided Republican voter Jane Doe". */
    private static boolean describes(List<Token> t, Mention m) {
        int next = Tokens.indexAt(t, m.end());
        return m.name() != null && m.name().indexOf(' ') < 0 && next < t.size() && t.get(next).isWord()
                && !t.get(next).isCapitalized() && !FUNCTION_WORDS.contains(t.get(next).lower())
                && !carriesName(t.get(next)) && !Lexicon.isReportingVerb(t.get(next).text());
    }

    /**
     * A lower-case word after a name that carries the name on rather than being described by it: "Heiserman of the
     * CORE Teachers", "Smith and Jones", "Sanders, who": the name is the person, not a modifier of the next noun.
     */
    private static boolean carriesName(Token next) {
        return next.is("of", "and", "who");
    }

    /**
     * "“…,” Trump campaign spokeswoman Hope Hicks said": a description before the name, words only, then the
     * name right before the verb; or the name set off by commas after the description ("Sanders's campaign
     * manager, Jeff Weaver, said"). Null when no reporting verb follows within a few words.
     */
    private Mention describedName(Quote quote, Sentence s, int k) {
        List<Token> t = s.tokens();
        if (Sentence.SUBORDINATORS.contains(t.get(k).lower())) {
            return null; // "“…,” after Clinton spokesman Brian Fallon expressed …": a clause of its own
        }
        int commas = 0;
        for (int v = k + 1; v < Math.min(t.size(), k + 13); v++) {
            if (commas == 0 && !s.isReportingVerb(v) && isVerbAfterComma(quote, t.get(v))) {
                Mention m = Mentions.endingAt(t, v - 1); // "“…,” an angry Hollande retaliated"
                if (m != null && m.type() == Mention.Type.NAME && m.kind() == ActorKind.PERSON
                        && isDescription(t, k, Tokens.indexAt(t, m.start()))) {
                    return m;
                }
            }
            if (s.isReportingVerb(v)) {
                int end = s.beforeAuxiliaries(v);
                boolean setOff = commas == 2 && end >= 1 && t.get(end).is(",");
                Mention m = Mentions.endingAt(t, setOff ? end - 1 : end);
                // "Trump campaign spokeswoman Hope Hicks said", "his wife, Gabriela Lazar, wrote", "another
                // friend, Mariam Emara told"
                boolean placed = m != null && (commas == 0 || (setOff || commas == 1 && !t.get(end).is(",")
                        && isDescription(t, k, Tokens.indexAt(t, m.start()) - 1))
                        && t.get(Tokens.indexAt(t, m.start()) - 1).is(","));
                return placed && m.type() == Mention.Type.NAME && m.kind() == ActorKind.PERSON ? m : null;
            }
            if (commas == 0 && t.get(v).is("and")) {
                return jointSpeaker(s, k, v); // "state leader Phil Berger and House Speaker Tim Moore said"
            }
            commas += t.get(v).is(",") ? 1 : 0;
            if (!t.get(v).isWord() && !t.get(v).isPossessive() && !t.get(v).is(",") || commas > 2
                    || t.get(v).is("and", "or", "but", "for")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The first of two persons who speak together, joined by the "and" at token {@code and} after a quote: "“…,”
     * Phil Berger and House Speaker Tim Moore, both Republicans, said", "“…,” nuclear experts Ann Lee and Tom Roe
     * of the Institute wrote". The first name may follow a description opening at {@code k}. Null otherwise.
     */
    private static Mention jointSpeaker(Sentence s, int k, int and) {
        List<Token> t = s.tokens();
        Mention first = Mentions.endingAt(t, and - 1);
        boolean described = first != null && (Tokens.indexAt(t, first.start()) == k
                || isDescription(t, k, Tokens.indexAt(t, first.start())));
        return isPerson(first) && described && partnersVerb(s, and) >= 0 ? first : null;
    }

    /**
     * The reporting verb after the second of two persons joined by the "and" at token {@code and}, past the
     * second's description or organisation ("and Tom Roe of the Institute wrote"); -1 when there is none.
     */
    private static int partnersVerb(Sentence s, int and) {
        List<Token> t = s.tokens();
        for (int j = and + 1; j < Math.min(t.size(), and + 5) && t.get(j).isWord(); j++) {
            Mention second = Mentions.at(t, j);
            if (isPerson(second)) {
                int v = s.afterAppositive(s.afterOfPhrase(Tokens.indexAt(t, second.end())));
                return v < t.size() && s.isReportingVerb(v) ? v : -1;
            }
        }
        return -1;
    }

    private static boolean isPerson(Mention m) {
        return m != null && m.type() == Mention.Type.NAME && m.kind() == ActorKind.PERSON;
    }

    /** "Former secretary of state Hillary Rodham Clinton: “…”": a few words describing the name open the sentence. */
    private static boolean describedFromStart(Sentence s, int name) {
        int first = s.firstWord();
        for (int j = Math.max(first, 0); j < name; j++) {
            Token word = s.tokens().get(j);
            if (!word.isWord() || FUNCTION_WORDS.contains(word.lower()) || s.isReportingVerb(j) || s.quoted(j)) {
                return false;
            }
        }
        return first >= 0 && name - first <= 6;
    }

    /** Tokens [from, to) are lower-case words that describe a person ("another friend"), not "on June 3". */
    private static boolean isDescription(List<Token> t, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!t.get(j).isWord() || t.get(j).isCapitalized() || FUNCTION_WORDS.contains(t.get(j).lower())
                    || t.get(j).is("they", "we", "i", "you", "he", "she", "who", "which")) {
                return false;
            }
        }
        return to > from;
    }

    /** The last character inside a closed quote's marks ("," for "“We will,”"), or a space. */
    private char closingPunctuation(Quote quote) {
        String inside = quote.close() < 0 ? ""
                : body.substring(quote.open() + quote.width(), quote.close() + 1 - quote.width()).strip();
        return inside.isEmpty() ? ' ' : inside.charAt(inside.length() - 1);
    }

    /** A lower-case word that can be a verb, right after a quote that closes on a comma (or ? or !) inside. */
    private boolean isVerbAfterComma(Quote quote, Token word) {
        return "?!,".indexOf(closingPunctuation(quote)) >= 0 && word.isWord() && !word.isCapitalized()
                && !NOT_VERBS.contains(word.lower())
                && (word.lower().endsWith("ed") || word.lower().endsWith("s") || IRREGULAR_PAST.contains(word.lower()));
    }

    /** A sentence that only attributes: "Trump said." / "Weaver told reporters on Monday." (no "that", no quote). */
    private static boolean isBareAttribution(Sentence s) {
        List<Token> t = s.tokens();
        Mention m = t.isEmpty() ? null : Mentions.at(t, 0);
        if (m == null || m.type() != Mention.Type.NAME || !s.quotes().isEmpty()) {
            return false;
        }
        int v = Tokens.indexAt(t, m.end());
        if (v >= t.size() || !s.isReportingVerb(v) || t.size() - v > 8) {
            return false;
        }
        return t.subList(v, t.size()).stream().noneMatch(token -> token.is("that", "whether", ":"));
    }

    private Sentence next(Sentence s) {
        int index = sentences.indexOf(s);
        return index + 1 < sentences.size() ? sentences.get(index + 1) : null;
    }

    private Attributed before(Quote quote) {
        Sentence s = sentenceAt(quote.open());
        List<Token> t = s.tokens();
        int i = Tokens.indexAt(t, quote.open()) - 1;
        if (i >= 1 && t.get(i).is(":") && !s.isReportingVerb(i - 1)) {
            // "Chris Matthews: “…”" is a label; "Priebus told Fox News: “…”" is not Fox News speaking
            Mention label = Mentions.endingAt(t, s.skipParenthesis(i - 1)); // "Rep. Trey Gowdy (R-S.C.): “…”"
            int opening = s.firstWord() + (s.isReportingVerb(s.firstWord()) ? 1 : 0); // "Continued Stone: “…”"
            int at = Tokens.indexAt(t, label == null ? 0 : label.start());
            if (label != null && (at <= opening
                    || label.kind() == ActorKind.PERSON && describedFromStart(s, at))) {
                return attributed(label, at > s.firstWord() && at <= opening ? t.get(s.firstWord()).text() : ":",
                        Confidence.SAME_SENTENCE);
            }
        }
        int cue = -1;
        int participle = -1;
        for (int v : reportingVerbsBefore(s, i)) {
            Mention m = s.subjectOf(v);
            Attributed controlled = m == null && v >= 1 && t.get(v - 1).is("to") ? controlled(s, v, i) : null;
            if (controlled != null) {
                return controlled;
            }
            if (m == null && v >= 1 && t.get(v - 1).is("to")) {
                m = infinitiveSubject(s, v - 1); // "Sanders used this question to demand …"
            }
            // "Cardin said that Republicans rejected his attempts …, calling it an “…”" is Cardin's
            int over = s.reportingOver(v, m);
            m = over >= 0 ? s.subjectOf(over) : m;
            if (m == null && Documents.endsPhrase(t, s.beforeAuxiliaries(v))) {
                return document(s, s.beforeAuxiliaries(v), t.get(v).text(), Confidence.SAME_SENTENCE); // The email said
            }
            Attributed document = m == null && s.beforeAuxiliaries(v) >= 0 && t.get(s.beforeAuxiliaries(v)).is("it")
                    ? itsDocument(s, v, t.get(v).text(), Confidence.SAME_SENTENCE) : null;
            if (document != null) {
                return document; // "It added, “…”"
            }
            if (m == null && v + 1 < i && !t.get(v).lower().endsWith("ing") && s.isReportingVerb(v)
                    && !t.get(v).is(LISTENER_VERBS)) { // "— told Bill O’Reilly that “…”": the listener
                m = nameAfterVerb(t, v + 1); // "“The risk,” said Edward Leamer, an economist, “is …”" (not "blamed X")
            }
            if (m != null) {
                return attributed(m, t.get(v).text(), Confidence.SAME_SENTENCE);
            }
            cue = cue < 0 && !t.get(v).lower().endsWith("ing") ? v : cue; // "…, adding: “…”" goes on
            participle = participle < 0 && t.get(v).lower().endsWith("ing") ? v : participle;
        }
        int first = s.firstWord();
        if (first >= 0 && first + 2 < t.size() && t.get(first).is("According") && t.get(first + 1).is("to")) {
            return attributed(Mentions.at(t, first + 2), "according to", Confidence.SAME_SENTENCE);
        }
        int verb = cue >= 0 ? cue : participle;
        Attributed issued = issuedBefore(s, i, participle);
        if (issued != null) {
            return issued;
        }
        Mention opener = i >= 0 && (t.get(i).is(":") || verb >= 0 && t.get(i).is(",") || participle == i)
                ? openingSubject(s, i) : null; // "Flea shared the news, writing “…”"
        if (opener != null) {
            // "He also played up his strength: “…”", "she released a statement saying, “…”": the clause's subject
            return attributed(opener, verb >= 0 ? t.get(verb).text() : ":", Confidence.CONTEXT);
        }
        if (cue < 0 || i < 0 || !t.get(i).is(":", ",")) {
            return null;
        }
        // "The email goes on to say: “…”": the words of the document's issuer, or of no one the rules can name
        int document = Documents.nounAt(t, first);
        return document >= 0 && document < cue ? document(s, document, t.get(cue).text(), Confidence.CONTEXT)
                : new Attributed(null, t.get(cue).text(), 0);
    }

    /**
     * A quote that an infinitive after a verb of control and its object reports, up to token {@code i} before the
     * quote: the object's words ("urged Clinton to say", "leading him to counter that"), or no one's when the object
     * is a group or no one the rules can name ("a clause that requires staffers to promise “…”"), rather than those
     * of whoever controls or a speaker before. Null when the infinitive at {@code v} follows no such verb or a comma
     * stands between it and the quote.
     */
    private static Attributed controlled(Sentence s, int v, int i) {
        if (s.controlVerbBefore(v - 1) < 0) {
            return null;
        }
        Mention object = s.objectOfControl(v - 1);
        if (object != null) {
            return attributed(object, s.tokens().get(v).text(), Confidence.SAME_SENTENCE);
        }
        for (int c = v + 1; c < i; c++) {
            if (s.tokens().get(c).is(",") && !s.quoted(c)) {
                return null;
            }
        }
        return new Attributed(null, s.tokens().get(v).text(), 0);
    }

    /**
     * The subject of the clause an infinitive at token {@code to} completes: the name or pronoun right before a
     * few lower-case words ("Sanders used this question to demand", "Clinton would do better to say that"); null
     * when a capitalised word comes first, as the object who speaks does ("asked Clinton to explain").
     */
    private static Mention infinitiveSubject(Sentence s, int to) {
        List<Token> t = s.tokens();
        for (int p = to - 1; p >= Math.max(1, to - 6) && t.get(p).isWord() && !t.get(p).isCapitalized()
                && !s.quoted(p) && !t.get(p).is("that", "who", "which")
                && !Sentence.SUBORDINATORS.contains(t.get(p).lower()); p--) {
            Mention m = Mentions.endingAt(t, p - 1);
            if (m != null && (m.type() == Mention.Type.NAME || m.type() == Mention.Type.PRONOUN)) {
                return m;
            }
        }
        return null;
    }

    /**
     * "Trump issued a statement, “…”", "Black Lives Matter issued a statement saying it took the action “…”": a
     * document named before the quote, after a colon or comma or with a participle after it, speaks for its issuer.
     */
    private static Attributed issuedBefore(Sentence s, int i, int participle) {
        List<Token> t = s.tokens();
        for (int d = i - 1; d >= 0 && i >= 0; d--) {
            boolean saying = d + 1 < i && t.get(d + 1).lower().endsWith("ing") && Lexicon.isReportingVerb(
                    t.get(d + 1).text()); // "Mackler issued a statement saying his comment “…”"
            if (!s.quoted(d) && Documents.isNoun(t.get(d)) && (t.get(i).is(":", ",") || participle > d || saying)) {
                Mention issuer = Documents.issuerAt(s, d);
                return attributed(issuer, t.get(d).text(), Confidence.SAME_SENTENCE);
            }
        }
        return null;
    }

    /**
     * A quote an "it" reports ("“…,” it read", "It added, “…”"): the words of the latest document named before it
     * in a few sentences, through its issuer; null when no document is named there.
     */
    private Attributed itsDocument(Sentence s, int before, String cue, double level) {
        Mention body = bodyReporting(s, before);
        LookBack.Position at = body != null ? null : Documents.latest(sentences, sentences.indexOf(s), before);
        return at == null ? attributed(body, cue, level) : document(at.sentence(), at.token(), cue, level);
    }

    /**
     * The outlet or body that the first reporting verb of the same sentence or of the one before gave words to, which
     * an "it" then continues rather than a document named further back: "The Post reported that …. It added, “…”".
     * Null when that subject is a person, a description or no one.
     */
    private Mention bodyReporting(Sentence s, int before) {
        // the main clause's verb: each sentence read from its start
        return LookBack.positions(sentences, sentences.indexOf(s), before, 1, LookBack.Order.OPENING_FIRST)
                .filter(LookBack.Position::isReportingVerb).findFirst().map(LookBack.Position::subject)
                // "The statement said" is a document's; "the paper notes" may be a white paper's, not an outlet's
                .filter(subject -> subject.kind() != ActorKind.PERSON && subject.type() == Mention.Type.NAME)
                .orElse(null);
    }

    /**
     * The attribution of a quote a document gives ("“…,” the statement said"): to whoever issued it, with one
     * level less confidence; to no one (and not to the previous quote's speaker) when no issuer is named.
     */
    private Attributed document(Sentence s, int noun, String cue, double level) {
        Mention issuer = Documents.issuer(sentences, sentences.indexOf(s), noun);
        return issuer == null ? new Attributed(null, cue, 0)
                : new Attributed(issuer, cue, Confidence.of(level, issuer) - Confidence.THROUGH_DOCUMENT);
    }

    /**
     * The name or pronoun opening a sentence, or its main clause after an opening phrase ("At the time, she …"), as
     * the subject of its first verb (a lower-case word right after it), before token {@code i}; null when the
     * sentence opens otherwise ("The email …", "Trump's campaign …", "Here in Columbia …").
     */
    private static Mention openingSubject(Sentence s, int i) {
        List<Token> t = s.tokens();
        int first = s.firstWord();
        if (first >= 0 && first + 2 < i && t.get(first).is("Here") && (t.get(first + 1).isPossessive()
                || t.get(first + 1).is("is"))) {
            first += 2; // "Here’s Clinton in December 1992: “…”"
        }
        Mention m = null;
        for (int k = Math.max(first, 0); first >= 0 && k < i && m == null && !s.quoted(k); k++) {
            m = Mentions.at(t, k);
            if (m != null && k != first && !t.get(k - 1).is(",") && !describedFromStart(s, k)) {
                return null; // "Band member Flea shared the news, writing “…”" opens with a description
            }
        }
        if (m == null || m.type() != Mention.Type.NAME && m.type() != Mention.Type.PRONOUN
                || s.followedByPossessive(m)) {
            return null;
        }
        int next = s.afterAppositive(Tokens.indexAt(t, m.end()));
        for (int c = next + 1; next < i && t.get(next).is(",") && c < i; c++) {
            if (t.get(c).is(",")) {
                next = t.get(c + 1).is("and", "or", "but") ? i : c + 1; // "McConnell, R-Ky., delivered …: “…”"
            }
        }
        return next < i && t.get(next).isWord() && !t.get(next).isCapitalized() ? m : null;
    }

    /**
     * The reporting verbs of a sentence before token {@code i}, nearest first, finite verbs before participles:
     * "Thiel wrote in a statement to Wired explaining why …, “…”" is Thiel's through "wrote".
     */
    private static List<Integer> reportingVerbsBefore(Sentence s, int i) {
        List<Integer> finite = new ArrayList<>();
        List<Integer> participles = new ArrayList<>();
        for (int v = i; v >= 0; v--) {
            if (s.isReportingVerb(v) || s.isQuotingVerb(v)) {
                (s.tokens().get(v).lower().endsWith("ing") ? participles : finite).add(v);
            }
        }
        finite.addAll(participles);
        return finite;
    }

    /** Quotes standing alone in their paragraph: the lead-in before it, or the heading above it. */
    private Attributed fromContext(Quote quote) {
        int index = sentences.indexOf(sentenceAt(quote.open()));
        if (index <= 0) {
            return null;
        }
        Sentence previous = sentences.get(index - 1);
        List<Token> t = previous.tokens();
        boolean leadIn = !t.isEmpty() && t.get(t.size() - 1).is(":");
        if (leadIn || previous.heading()) {
            for (int v = t.size() - 1; v >= 0; v--) {
                if (previous.isReportingVerb(v) && previous.subjectOf(v) != null) {
                    return attributed(previous.subjectOf(v), t.get(v).text(), Confidence.CONTEXT);
                }
            }
            for (int d = t.size() - 1; leadIn && d >= 0; d--) {
                Mention issuer = Documents.isNoun(t.get(d)) ? Documents.issuerAt(previous, d) : null;
                if (issuer != null) { // "When Wallace died, President Clinton released the following statement:"
                    return attributed(issuer, t.get(d).text(), Confidence.CONTEXT);
                }
            }
            return attributed(previous.firstMentionBefore(t.size()), leadIn ? ":" : "heading", Confidence.CONTEXT);
        }
        if (!opensSentence(quote)) {
            return null;
        }
        Attributed continued = quotedBefore(previous);
        return continued != null ? continued : afterReport(previous);
    }

    /**
     * "“…,” Clinton said, referencing a super PAC called Future45 …. “…”": a quote standing alone after a sentence
     * that opens with a quote attributed right after it goes on with that quote's speaker, whoever else the rest of
     * the sentence names with a verb. Null when the sentence opens otherwise or its quote has no speaker there.
     */
    private Attributed quotedBefore(Sentence previous) {
        int first = previous.firstWord();
        Quote opening = first < 0 ? null : previous.quotes().stream()
                .filter(q -> q.contains(previous.tokens().get(first).start())).findFirst().orElse(null);
        Attributed attribution = opening == null ? null : after(opening, false);
        return attribution == null || attribution.speaker() == null ? null
                : attributed(attribution.speaker(), attribution.cue(), Confidence.CONTEXT);
    }

    /**
     * A quote standing as a sentence of its own after one that reports someone's words: "Howard continued his
     * remarks. “…”", "“…,” Grayson said. “…”". The subject of the last reporting verb of that sentence.
     */
    private static Attributed afterReport(Sentence previous) {
        List<Token> t = previous.tokens();
        for (int v = t.size() - 1; v >= 0; v--) {
            int subject = previous.subjectOf(v) == null ? -1 : Tokens.indexAt(t, previous.subjectOf(v).start());
            if (subject > 1 && (Sentence.SUBORDINATORS.contains(t.get(subject - 1).lower())
                    || Sentence.SUBORDINATORS.contains(t.get(subject - 2).lower()))) {
                continue; // "X told the Journal, after de Blasio stated …. “…”" is X's
            }
            if (previous.isReportingVerb(v)) {
                Mention m = previous.subjectOf(v);
                if (m == null && v + 1 < t.size() && !t.get(v).lower().endsWith("ing")) {
                    m = nameAfterVerb(t, v + 1); // "“…,” said David Wasserman, an analyst. “…”"
                }
                if (m != null) {
                    return attributed(m, t.get(v).text(), Confidence.CONTEXT);
                } // "Howard continued his scathing remarks.": "remarks" has no subject, "continued" has
            }
        }
        // "spoke" introduces the words that follow ("Trump spoke only in evasive bromides. “…”") when nothing else
        // reports words ("Weaver said after the senator spoke"), so it is no reporting verb in general
        for (int v = t.size() - 1; v >= 0; v--) {
            Mention m = t.get(v).is("spoke", "speaks") && !previous.quoted(v) ? previous.subjectOf(v) : null;
            if (m != null) {
                return attributed(m, t.get(v).text(), Confidence.CONTEXT);
            }
        }
        int first = previous.firstWord();
        Mention subject = first < 0 || previous.quotes().size() > 0 ? null : Mentions.at(t, first);
        return subject != null && subject.type() != Mention.Type.NAME || subject != null
                && subject.kind() == ActorKind.PERSON && !previous.followedByPossessive(subject)
                ? attributed(subject, "", Confidence.CONTEXT) : null;
    }

    private boolean opensSentence(Quote quote) {
        Sentence s = sentenceAt(quote.open());
        int first = s.firstWord();
        return first < 0 || s.quoted(first);
    }

    Sentence sentenceAt(int offset) {
        Sentence last = sentences.get(0);
        for (Sentence s : sentences) {
            if (s.span().start() > offset) {
                break;
            }
            last = s;
        }
        return last;
    }
}
