package io.newsgraph.ingest;

import io.newsgraph.ingest.extract.Extraction;
import java.util.List;

/**
 * Refuses an extraction that does not fit its body before anything is written: a span outside the body or an
 * index pointing nowhere is an extractor bug, reported as an internal error (the whole ingestion rolls back).
 */
final class ExtractionCheck {

    private ExtractionCheck() {
    }

    static void check(Extraction extraction, String body) {
        List<Extraction.Actor> actors = extraction.actors();
        for (int i = 0; i < actors.size(); i++) {
            Extraction.Actor actor = actors.get(i);
            require(actor.name() != null && !actor.name().isBlank() && actor.kind() != null,
                    "actor " + i + " has no name or kind");
        }
        int statements = extraction.statements().size();
        for (int i = 0; i < statements; i++) {
            Extraction.Statement statement = extraction.statements().get(i);
            require(statement.speaker() >= -1 && statement.speaker() < actors.size(),
                    "statement " + i + " names speaker " + statement.speaker() + " of " + actors.size());
            require(statement.kind() != null && statement.text() != null && !statement.text().isBlank(),
                    "statement " + i + " has no kind or text");
            require(statement.confidence() >= 0 && statement.confidence() <= 1,
                    "statement " + i + " has confidence " + statement.confidence() + " outside 0..1");
            span(statement.excerpt(), body, "statement " + i);
        }
        for (int i = 0; i < extraction.reactions().size(); i++) {
            Extraction.Reaction reaction = extraction.reactions().get(i);
            require(reaction.actor() >= 0 && reaction.actor() < actors.size(),
                    "reaction " + i + " names actor " + reaction.actor() + " of " + actors.size());
            require(reaction.target() >= -1 && reaction.target() < statements
                    && reaction.response() >= -1 && reaction.response() < statements,
                    "reaction " + i + " names a statement that is not there");
            require(reaction.stance() != null, "reaction " + i + " has no stance");
            require(reaction.confidence() >= 0 && reaction.confidence() <= 1,
                    "reaction " + i + " has confidence " + reaction.confidence() + " outside 0..1");
            span(reaction.excerpt(), body, "reaction " + i);
        }
    }

    private static void span(Extraction.Span span, String body, String what) {
        require(span != null && span.start() >= 0 && span.start() < span.end() && span.end() <= body.length(),
                what + " has span " + span + " outside the body of " + body.length() + " characters");
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("the extractor returned an inconsistent extraction: " + problem);
        }
    }
}
