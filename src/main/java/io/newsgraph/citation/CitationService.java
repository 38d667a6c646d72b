package io.newsgraph.citation;

import io.newsgraph.article.Article;
import io.newsgraph.article.CitationInput;
import io.newsgraph.common.BadUserInputException;
import io.newsgraph.common.DeleteInput;
import io.newsgraph.common.InputValidator;
import io.newsgraph.common.Writes;
import io.newsgraph.reaction.Reaction;
import io.newsgraph.reaction.ReactionInput;
import io.newsgraph.reaction.ReactionService;
import io.newsgraph.review.ReviewDecision;
import io.newsgraph.review.ReviewInput;
import io.newsgraph.statement.Statement;
import io.newsgraph.statement.StatementInput;
import io.newsgraph.statement.StatementService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;

@ApplicationScoped
public class CitationService {

    private final InputValidator validator;
    private final StatementService statements;
    private final ReactionService reactions;

    public CitationService(InputValidator validator, StatementService statements, ReactionService reactions) {
        this.validator = validator;
        this.statements = statements;
        this.reactions = reactions;
    }

    /** Records a statement with the citations its input gives, in one transaction. */
    @Transactional
    public Statement createStatement(StatementInput input) {
        return statements.create(input, statement -> citeAll(input.citations, "input.citations",
                citation -> citation.statement = statement));
    }

    /** Records a reaction with the citations its input gives, in one transaction. */
    @Transactional
    public Reaction createReaction(ReactionInput input) {
        return reactions.create(input, reaction -> citeAll(input.citations, "input.citations",
                citation -> citation.reaction = reaction));
    }

    @Transactional
    public Citation add(AddCitationInput input) {
        validator.check(input);
        if ((input.statementId == null) == (input.reactionId == null)) {
            throw new BadUserInputException("give exactly one of input.statementId and input.reactionId",
                    "input.statementId");
        }
        Citation citation;
        if (input.statementId != null) {
            Statement statement = Writes.found(Statement.findById(input.statementId), "statement",
                    input.statementId, "input.statementId");
            citation = cite(input.citation, "input.citation", c -> c.statement = statement);
        } else {
            Reaction reaction = Writes.found(Reaction.findById(input.reactionId), "reaction", input.reactionId,
                    "input.reactionId");
            citation = cite(input.citation, "input.citation", c -> c.reaction = reaction);
        }
        Writes.flush();
        return citation;
    }

    @Transactional
    public Long delete(DeleteInput input) {
        validator.check(input);
        Citation citation = Writes.loadForChange(Citation.class, input, "citation");
        citation.delete();
        return citation.id;
    }

    /** An editor's verdict on the excerpt: CONFIRMED or REJECTED, which re-ingesting never changes. */
    @Transactional
    public Citation review(ReviewInput input) {
        validator.check(input);
        return ReviewDecision.apply(Citation.class, input, "citation");
    }

    /** Stores a citation of whatever {@code subject} attaches it to (a statement or a reaction). */
    public Citation cite(CitationInput input, String field, Consumer<Citation> subject) {
        Citation citation = locate(input, field);
        subject.accept(citation);
        citation.persist();
        return citation;
    }

    /** Cites each input in turn; {@code field} names the list in error messages. */
    public void citeAll(List<CitationInput> inputs, String field, Consumer<Citation> subject) {
        for (int i = 0; inputs != null && i < inputs.size(); i++) {
            if (inputs.get(i) == null) {
                throw new BadUserInputException(field + "[" + i + "] cannot be null", field + "[" + i + "]");
            }
            cite(inputs.get(i), field + "[" + i + "]", subject);
        }
    }

    /** Resolves the input's offsets and excerpt against the article body, refusing anything that does not cut it. */
    private static Citation locate(CitationInput input, String field) {
        Article article = Writes.found(Article.findById(input.articleId), "article", input.articleId,
                field + ".articleId");
        String body = article.body;
        int start;
        int end;
        if (input.startOffset != null || input.endOffset != null) {
            if (input.startOffset == null || input.endOffset == null) {
                throw new BadUserInputException("give both startOffset and endOffset, or neither",
                        field + ".startOffset");
            }
            start = input.startOffset;
            end = input.endOffset;
            if (start >= end) {
                throw new BadUserInputException("offsets [" + start + ", " + end + ") are in the wrong order:"
                        + " startOffset must be less than endOffset", field + ".endOffset");
            }
            if (end > body.length()) {
                throw new BadUserInputException("offsets [" + start + ", " + end + ") are outside article "
                        + article.id + "'s body of " + body.length() + " characters", field + ".endOffset");
            }
            if (input.excerpt != null && !body.substring(start, end).equals(input.excerpt)) {
                throw new BadUserInputException("the excerpt is not the text at [" + start + ", " + end
                        + ") of article " + article.id + ", which reads \"" + body.substring(start, end) + "\"",
                        field + ".excerpt");
            }
        } else if (input.excerpt != null) {
            start = body.indexOf(input.excerpt);
            if (start < 0) {
                throw new BadUserInputException("article " + article.id + " does not contain the excerpt",
                        field + ".excerpt");
            }
            if (body.indexOf(input.excerpt, start + 1) >= 0) {
                throw new BadUserInputException("the excerpt occurs more than once in article " + article.id
                        + "; give startOffset and endOffset", field + ".excerpt");
            }
            end = start + input.excerpt.length();
        } else {
            throw new BadUserInputException("give the excerpt, its offsets, or both", field + ".excerpt");
        }
        return at(article, start, end);
    }

    /**
     * The one place a citation is built: {@code article.body[start, end)} as its excerpt, attached by
     * {@code subject} to a statement or reaction, and stored. The API, ingestion and the seed all cite through it.
     */
    public Citation cite(Article article, int start, int end, Consumer<Citation> subject) {
        if (start < 0 || end <= start || end > article.body.length()) {
            throw new IllegalArgumentException("[" + start + ", " + end + ") is not a span of article " + article.id);
        }
        Citation citation = at(article, start, end);
        subject.accept(citation);
        citation.persist();
        return citation;
    }

    private static Citation at(Article article, int start, int end) {
        Citation citation = new Citation();
        citation.article = article;
        citation.startOffset = start;
        citation.endOffset = end;
        citation.excerpt = article.body.substring(start, end);
        return citation;
    }
}
