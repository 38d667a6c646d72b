package io.newsgraph.statement;

import static io.newsgraph.common.Writes.blankToNull;

import io.newsgraph.actor.Actor;
import io.newsgraph.actor.ActorService;
import io.newsgraph.common.BadUserInputException;
import io.newsgraph.common.ConflictException;
import io.newsgraph.common.DeleteInput;
import io.newsgraph.common.InputValidator;
import io.newsgraph.common.ListQuery;
import io.newsgraph.common.PageRequest;
import io.newsgraph.common.PaginationConfig;
import io.newsgraph.common.Writes;
import io.newsgraph.event.ChangeKind;
import io.newsgraph.event.GraphEvent;
import io.newsgraph.review.ReviewDecision;
import io.newsgraph.review.ReviewInput;
import io.newsgraph.review.ReviewStatus;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;

@ApplicationScoped
public class StatementService {

    private final InputValidator validator;
    private final PaginationConfig pagination;
    private final Event<GraphEvent> events;
    private final ActorService actors;

    public StatementService(InputValidator validator, PaginationConfig pagination, Event<GraphEvent> events,
            ActorService actors) {
        this.actors = actors;
        this.validator = validator;
        this.pagination = pagination;
        this.events = events;
    }

    @Transactional
    public Statement get(Long id) {
        return Writes.found(Statement.findById(id), "statement", id, "id");
    }

    @Transactional
    public StatementConnection list(StatementFilter filter, StatementOrder order, Integer first, String after,
            boolean withTotal) {
        StatementFilter f = filter == null ? new StatementFilter() : filter;
        StatementOrder o = order == null ? new StatementOrder() : order;
        PageRequest page = PageRequest.of(first, after, pagination);
        ListQuery query = f.narrow(new ListQuery("Statement", "s"))
                .where("s.speaker.id = :speakerId", "speakerId", f.speakerId)
                .where("s.kind = :kind", "kind", f.kind)
                .between("s.saidOn", "said", f.saidAfter, f.saidBefore)
                .where("exists (select 1 from Citation c where c.statement = s and c.article.id = :articleId)",
                        "articleId", f.articleId)
                .where("exists (select 1 from Citation c where c.statement = s"
                        + " and lower(c.article.outlet) = lower(:outlet))",
                        "outlet", blankToNull(f.outlet))
                .containing("text", f.text, List.of("lower(s.text)"));
        return new StatementConnection(query.page(Statement.class, o.field.attribute, o.direction, page), page,
                query.countIf(withTotal));
    }

    /**
     * Records a new statement; {@code cite} writes its citations (the citation feature's, which sits above this one)
     * before the statement is flushed and announced.
     */
    @Transactional
    public Statement create(StatementInput input, Consumer<Statement> cite) {
        validator.check(input);
        Writes.required(input.speakerId, "speakerId");
        Writes.required(input.text, "text");
        Writes.required(input.kind, "kind");
        Statement statement = new Statement();
        apply(statement, input, "input");
        statement.persist();
        cite.accept(statement);
        Writes.flush();
        events.fire(GraphEvent.of(ChangeKind.STATEMENT_ADDED, statement.id, statement.speaker.id));
        return statement;
    }

    /**
     * Stores a statement extraction found: EXTRACTED, with the extractor's confidence and cue; {@code speaker} null
     * for a quote nobody is named for. Ingestion's one way to add a statement, inside its transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Statement createExtracted(Actor speaker, StatementKind kind, String text, double confidence, String cue) {
        Statement statement = new Statement();
        statement.speaker = speaker;
        statement.kind = kind;
        statement.text = text.strip();
        statement.extracted(confidence, cue);
        statement.persist();
        events.fire(GraphEvent.of(ChangeKind.STATEMENT_ADDED, statement.id, statement.speakerId()));
        return statement;
    }

    /** Another outlet's fuller wording of an extracted statement; one an editor decided on keeps its words. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rewordExtracted(Statement statement, String fullerText) {
        if (!statement.reviewStatus.decidedByEditor()) {
            statement.text = fullerText.strip();
        }
    }

    @Transactional
    public Statement update(UpdateStatementInput input) {
        validator.check(input);
        Statement statement = Writes.loadForChange(Statement.class, input, "statement");
        Writes.notBlankIfGiven(input.set.text, "set.text");
        if (input.set.citations != null) {
            throw new BadUserInputException("citations are changed with addCitation and deleteCitation",
                    "input.set.citations");
        }
        apply(statement, input.set, "input.set");
        Writes.flush();
        events.fire(GraphEvent.of(ChangeKind.STATEMENT_UPDATED, statement.id, statement.speakerId()));
        return statement;
    }

    /** An editor's verdict: CONFIRMED or REJECTED, which re-ingesting never changes. */
    @Transactional
    public Statement review(ReviewInput input) {
        validator.check(input);
        return ReviewDecision.apply(Statement.class, input, "statement");
    }

    /** An editor's correction of the speaker: the statement becomes CORRECTED, which re-ingesting keeps. */
    @Transactional
    public Statement correct(CorrectStatementInput input) {
        validator.check(input);
        Statement statement = Writes.loadForChange(Statement.class, input, "statement");
        statement.speaker = actors.lock(input.speakerId, "input.speakerId");
        statement.reviewStatus = ReviewStatus.CORRECTED;
        Writes.flush();
        return statement;
    }

    /** Deletes a statement and its citations; refused while a reaction targets it or answers with it. */
    @Transactional
    public Long delete(DeleteInput input) {
        validator.check(input);
        Statement statement = Writes.loadForChange(Statement.class, input, "statement");
        var em = Panache.getEntityManager();
        long reactions = em.createQuery(
                "select count(r) from Reaction r where r.target = :s or r.response = :s", Long.class)
                .setParameter("s", statement).getSingleResult();
        if (reactions > 0) {
            throw new ConflictException("statement " + statement.id + " is the target or response of " + reactions
                    + " reactions; delete those first", "input.id");
        }
        em.createQuery("update Statement s set s.variantOf = null where s.variantOf = :s")
                .setParameter("s", statement).executeUpdate();
        em.createQuery("delete from Citation c where c.statement = :s").setParameter("s", statement).executeUpdate();
        statement.delete();
        Writes.flush();
        events.fire(GraphEvent.of(ChangeKind.STATEMENT_DELETED, statement.id, statement.speakerId()));
        return statement.id;
    }

    private void apply(Statement statement, StatementInput input, String prefix) {
        if (input.speakerId != null) {
            // locked: a merge deleting the speaker meanwhile waits, or goes first and this answers NOT_FOUND
            statement.speaker = actors.lock(input.speakerId, prefix + ".speakerId");
        }
        if (input.text != null) {
            statement.text = input.text.strip();
        }
        if (input.kind != null) {
            statement.kind = input.kind;
        }
        if (input.saidOn != null) {
            statement.saidOn = input.saidOn;
            statement.saidOnPrecision = input.saidOnPrecision == null ? DatePrecision.DAY : input.saidOnPrecision;
        } else if (input.saidOnPrecision != null) {
            if (statement.saidOn == null) {
                throw new BadUserInputException("saidOnPrecision needs a saidOn date", prefix + ".saidOnPrecision");
            }
            statement.saidOnPrecision = input.saidOnPrecision;
        }
        if (input.venue != null) {
            statement.venue = blankToNull(input.venue);
        }
        if (Boolean.TRUE.equals(input.clearVariantOf)) {
            statement.variantOf = null;
        } else if (input.variantOfId != null) {
            Statement variantOf = Writes.found(Statement.findById(input.variantOfId), "statement", input.variantOfId,
                    prefix + ".variantOfId");
            if (variantOf == statement) {
                throw new BadUserInputException("a statement cannot be a variant of itself", prefix + ".variantOfId");
            }
            statement.variantOf = variantOf;
        }
    }
}
