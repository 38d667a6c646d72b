package io.newsgraph.statement;

import static io.newsgraph.common.Writes.blankToNull;

import io.newsgraph.actor.Actor;
import io.newsgraph.citation.CitationService;
import io.newsgraph.common.BadUserInputException;
import io.newsgraph.common.ConflictException;
import io.newsgraph.common.DeleteInput;
import io.newsgraph.common.InputValidator;
import io.newsgraph.common.ListQuery;
import io.newsgraph.common.PageRequest;
import io.newsgraph.common.PaginationConfig;
import io.newsgraph.common.Writes;
import io.quarkus.hibernate.orm.panache.Panache;
import io.newsgraph.live.ChangeKind;
import io.newsgraph.live.GraphEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class StatementService {

    private final InputValidator validator;
    private final PaginationConfig pagination;
    private final CitationService citations;
    private final Event<GraphEvent> events;

    public StatementService(InputValidator validator, PaginationConfig pagination, CitationService citations,
            Event<GraphEvent> events) {
        this.validator = validator;
        this.pagination = pagination;
        this.citations = citations;
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
        ListQuery query = new ListQuery("Statement", "s")
                .where("s.speaker.id = :speakerId", "speakerId", f.speakerId)
                .where("s.kind = :kind", "kind", f.kind)
                .between("s.saidOn", "said", f.saidAfter, f.saidBefore)
                .where("exists (select 1 from Citation c where c.statement = s and c.article.id = :articleId)",
                        "articleId", f.articleId)
                .where("exists (select 1 from Citation c where c.statement = s"
                        + " and lower(c.article.outlet) = lower(:outlet))",
                        "outlet", blankToNull(f.outlet))
                .containing("text", f.text, "s.text");
        return new StatementConnection(query.page(Statement.class, o.field.attribute, o.direction, page), page,
                query.countIf(withTotal));
    }

    @Transactional
    public Statement create(StatementInput input) {
        validator.check(input);
        Writes.required(input.speakerId, "speakerId");
        Writes.required(input.text, "text");
        Writes.required(input.kind, "kind");
        Statement statement = new Statement();
        apply(statement, input, "input");
        statement.persist();
        citations.citeAll(input.citations, "input.citations", citation -> citation.statement = statement);
        Writes.flush();
        events.fire(GraphEvent.of(ChangeKind.STATEMENT_ADDED, statement.id, statement.speaker.id));
        return statement;
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
        events.fire(GraphEvent.of(ChangeKind.STATEMENT_UPDATED, statement.id, statement.speaker.id));
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
        events.fire(GraphEvent.of(ChangeKind.STATEMENT_DELETED, statement.id, statement.speaker.id));
        return statement.id;
    }

    private static void apply(Statement statement, StatementInput input, String prefix) {
        if (input.speakerId != null) {
            statement.speaker = Writes.found(Actor.findById(input.speakerId), "actor", input.speakerId,
                    prefix + ".speakerId");
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
