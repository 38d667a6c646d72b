package io.newsgraph.ingest.extract;

import io.newsgraph.ingest.extract.Tokens.Token;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The token positions a look-back over sentences reads: those before a token of one sentence, then every token of a
 * few sentences before it, each sentence read from its end (the nearest word first) or from its start (its main
 * clause first). Looking back for a document's issuer, the announcement it stands for and the outlet an "it"
 * continues all walk the same way; only their span, order and test differ.
 */
final class LookBack {

    /** How a sentence is read: from the token nearest the start of the walk, or from the sentence's first. */
    enum Order { NEAREST_FIRST, OPENING_FIRST }

    /** Token {@code token} of {@code sentence}, the article's sentence number {@code index}. */
    record Position(int index, Sentence sentence, int token) {

        Token word() {
            return sentence.tokens().get(token);
        }

        boolean quoted() {
            return sentence.quoted(token);
        }

        boolean isReportingVerb() {
            return sentence.isReportingVerb(token);
        }

        Mention subject() {
            return sentence.subjectOf(token);
        }
    }

    private LookBack() {}

    /**
     * The positions before token {@code before} of sentence {@code index}, then of the {@code span} sentences before
     * it, the later sentence first, each read in the given order.
     */
    static Stream<Position> positions(List<Sentence> sentences, int index, int before, int span, Order order) {
        return IntStream.iterate(index, i -> i >= Math.max(0, index - span), i -> i - 1).boxed().flatMap(i -> {
            int end = i == index ? before : sentences.get(i).tokens().size();
            IntStream tokens = order == Order.NEAREST_FIRST ? IntStream.iterate(end - 1, d -> d >= 0, d -> d - 1)
                    : IntStream.range(0, end);
            return tokens.mapToObj(d -> new Position(i, sentences.get(i), d));
        });
    }
}
