package io.newsgraph.ingest.extract;

import io.newsgraph.ingest.extract.LookBack.Order;
import io.newsgraph.ingest.extract.LookBack.Position;
import io.newsgraph.ingest.extract.Tokens.Token;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Quotes a document gives ("“…,” the statement said", "read the email", "Trump issued a statement: “…”"). A
 * document has no voice of its own: its words are those of whoever issued it, named where the article introduces
 * it ("a statement from Ryan's office", "Sanders' fundraising email", "Cook provided a written statement"). Without
 * an issuer the quote keeps no speaker rather than passing to the speaker of the quote before.
 */
final class Documents {

    /** How many sentences back the introduction of "the statement" is looked for. */
    private static final int LOOK_BACK = 6;
    /**
     * Documents that announce or claim for whoever the article has just reported doing so; not a column, an
     * editorial or a report, whose author is someone other than the last speaker.
     */
    private static final Set<String> ANNOUNCEMENTS = Set.of("statement", "release", "announcement", "lawsuit", "suit",
            "complaint", "filing", "letter", "memo", "email", "e-mail");
    /** How many sentences before a document's first naming the announcement it stands for is looked for. */
    private static final int ANNOUNCEMENT_BACK = 2;
    /** Lower-case words allowed between a determiner and the document's noun: "a written statement". */
    private static final int MODIFIERS = 2;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "this",
            "that", "our", "one");
    /** Verbs by which a subject issues a document: "Trump issued a statement", "his campaign sent out an email". */
    private static final Set<String> ISSUING = Set.of("issued", "issues", "released", "releases", "sent", "sends",
            "put", "puts", "provided", "posted", "posts", "published", "wrote", "penned", "filed", "files", "tweeted",
            "emailed", "shared", "circulated", "distributed", "signed", "aired", "launched", "unveiled", "issuing",
            "releasing", "sending", "posting", "publishing", "filing", "airing", "launching", "unveiling", "ran",
            "runs", "running");

    private Documents() {}

    /** The index of the document noun of a phrase opening at token k ("the email", "a fundraising email"), or -1. */
    static int nounAt(List<Token> t, int k) {
        if (k >= t.size() || !DETERMINERS.contains(t.get(k).lower())) {
            return -1;
        }
        for (int j = k + 1; j < t.size() && j <= k + 1 + MODIFIERS && t.get(j).isWord()
                && !t.get(j).isCapitalized(); j++) {
            if (isNoun(t.get(j))) {
                return j;
            }
        }
        return -1;
    }

    /** Whether token j is the noun of a document phrase ending there ("the statement" before its verb). */
    static boolean endsPhrase(List<Token> t, int j) {
        for (int k = j - 1; j >= 0 && j < t.size() && k >= Math.max(0, j - 1 - MODIFIERS); k--) {
            if (nounAt(t, k) == j) {
                return true;
            }
        }
        return false;
    }

    static boolean isNoun(Token token) {
        return Lexicon.DOCUMENT_NOUNS.contains(token.lower());
    }

    /**
     * Who issued the document named at token {@code noun} of sentence {@code index}: said beside it ("the email,
     * sent by X", "a statement from X", "the statement, which was attributed to X", "X's statement", "X released a
     * statement"), else where the article last named a document of that noun (or sent it: "X emailed") within a few
     * sentences before. Null when no one is named.
     */
    static Mention issuer(List<Sentence> sentences, int index, int noun) {
        String word = sentences.get(index).tokens().get(noun).lower();
        Mention named = LookBack.positions(sentences, index, noun + 1, LOOK_BACK, Order.NEAREST_FIRST).map(p -> {
            Token token = p.word();
            // "Abedin emailed supporters …. The email goes on": the verb made of the noun names its sender
            boolean sent = token.is(word + "ed") && ISSUING.contains(token.lower());
            if (p.quoted() || !(token.lower().endsWith(word) && isNoun(token) || sent)) {
                return null;
            }
            return sent ? issued(p.subject()) : issuerAt(p.sentence(), p.token());
        }).filter(Objects::nonNull).findFirst().orElse(null);
        return named != null || !ANNOUNCEMENTS.contains(word) ? named
                : announcer(sentences, firstNamed(sentences, index, noun, word));
    }

    /** Where the article first names a document of this noun within the look-back: the earliest such token. */
    private static Position firstNamed(List<Sentence> sentences, int index, int noun, String word) {
        return LookBack.positions(sentences, index, noun, LOOK_BACK, Order.NEAREST_FIRST)
                .filter(p -> !p.quoted() && p.word().is(word))
                .reduce((later, earlier) -> earlier).orElse(new Position(index, sentences.get(index), noun));
    }

    /**
     * "The company confirmed he was aboard. … “…,” the statement added": a document the article names with no
     * issuer is the announcement it has just reported, so its issuer is the subject of the reporting verb nearest
     * before its first naming, in that sentence or the two before, reported in prose (a sentence quoting words
     * reports them, not the document). Null when no one named or described reports.
     */
    private static Mention announcer(List<Sentence> sentences, Position first) {
        return LookBack.positions(sentences, first.index(), first.token(), ANNOUNCEMENT_BACK, Order.NEAREST_FIRST)
                // "“…,” Adler said. The email goes on": words quoted are no announcement of a document
                .filter(p -> p.sentence().quotes().isEmpty() && p.isReportingVerb())
                .map(p -> issued(p.subject()))
                .filter(subject -> subject != null && subject.type() != Mention.Type.PRONOUN)
                .findFirst().orElse(null);
    }

    /**
     * Where the latest document before token {@code before} of sentence {@code index} is named, within a few
     * sentences: what an "it" reporting words stands for ("The letter cited … “…,” it read").
     * Null when none is.
     */
    static Position latest(List<Sentence> sentences, int index, int before) {
        return LookBack.positions(sentences, index, before, LOOK_BACK, Order.NEAREST_FIRST)
                .filter(p -> !p.quoted() && isNoun(p.word()))
                .findFirst().orElse(null);
    }

    /**
     * The issuer named beside a document noun: after "from", "by" or "attributed to", before a possessive, as the
     * subject of the verb that issued it ("Cook provided a written statement"; not "Cook denied the report"), or of
     * the verb it was said in ("In a statement, Trump announced").
     */
    static Mention issuerAt(Sentence s, int d) {
        List<Token> t = s.tokens();
        for (int j = d + 1; j < Math.min(t.size() - 1, d + 7) && !s.quoted(j); j++) {
            if (t.get(j).is("from", "by") || t.get(j).is("to") && t.get(j - 1).is("attributed")) {
                Mention m = Mentions.at(t, j + 1);
                return m != null && m.type() == Mention.Type.NAME ? m : null;
            }
            if (!t.get(j).isWord() && !t.get(j).is(",")) {
                break;
            }
        }
        int k = d - 1;
        while (k >= 0 && d - k <= MODIFIERS && t.get(k).isWord() && !t.get(k).isCapitalized()
                && !DETERMINERS.contains(t.get(k).lower())) {
            k--;
        }
        if (k >= 1 && t.get(k).isPossessive()) {
            Mention owner = Mentions.endingAt(t, k - 1); // "Sanders’ fundraising email"
            return owner != null && owner.type() == Mention.Type.NAME ? owner : null;
        }
        for (int v = d - 1; v >= 0 && !s.quoted(v); v--) {
            if (ISSUING.contains(t.get(v).lower())) {
                // "When Wallace died, President Clinton released the following statement", "X's campaign sent"
                return issued(s.subjectOf(v));
            }
        }
        if (k >= 1 && DETERMINERS.contains(t.get(k).lower()) && t.get(k - 1).is("in")) {
            return speakerOf(s, d); // "In a statement, the business mogul announced …", "X said in a statement"
        }
        return null;
    }

    /** The subject of the reporting verb nearest a document's noun ("In a statement, X said"), or null. */
    private static Mention speakerOf(Sentence s, int d) {
        for (int distance = 1; distance < s.tokens().size(); distance++) {
            for (int v : new int[] {d + distance, d - distance}) {
                if (v >= 0 && v < s.tokens().size() && s.isReportingVerb(v)) {
                    return issued(s.subjectOf(v));
                }
            }
        }
        return null;
    }

    /** A subject that may have issued a document: not an indefinite one ("a spokesman released"). */
    private static Mention issued(Mention subject) {
        return subject != null && subject.type() != Mention.Type.INDEFINITE_DESCRIPTION ? subject : null;
    }
}
