package io.newsgraph.ingest.extract;

import io.newsgraph.ingest.extract.Extraction.Statement;
import io.newsgraph.statement.StatementKind;

import java.util.List;

/** Runs the extractor on a hand-made text and answers the questions the component tests ask of the result. */
record Extracted(String body, Extraction extraction) {

    private static final ArticleExtractor EXTRACTOR = new RuleBasedExtractor();

    static Extracted from(String text) {
        String body = EXTRACTOR.clean(text);
        return new Extracted(body, EXTRACTOR.extract(body));
    }

    List<Statement> quotes() {
        return of(StatementKind.DIRECT_QUOTE);
    }

    List<Statement> paraphrases() {
        return of(StatementKind.PARAPHRASE);
    }

    String speaker(Statement statement) {
        return statement.speaker() < 0 ? null : extraction.actors().get(statement.speaker()).name();
    }

    String excerpt(Statement statement) {
        return body.substring(statement.excerpt().start(), statement.excerpt().end());
    }

    /** Each reaction as "actor STANCE target-speaker". */
    List<String> reactions() {
        return extraction.reactions().stream().map(r -> extraction.actors().get(r.actor()).name() + " " + r.stance()
                + " " + speaker(extraction.statements().get(r.target()))).toList();
    }

    private List<Statement> of(StatementKind kind) {
        return extraction.statements().stream().filter(s -> s.kind() == kind).toList();
    }
}
