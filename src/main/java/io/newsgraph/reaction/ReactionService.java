package io.newsgraph.reaction;

import static io.newsgraph.common.Writes.blankToNull;

import io.newsgraph.actor.Actor;
import io.newsgraph.actor.ActorService;
import io.newsgraph.common.BadUserInputException;
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
import io.newsgraph.statement.Statement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

@ApplicationScoped
public class ReactionService {

    private final InputValidator validator;
    private final PaginationConfig pagination;
    private final Event<GraphEvent> events;
    private final ActorService actors;

    public ReactionService(InputValidator validator, PaginationConfig pagination, Event<GraphEvent> events,
            ActorService actors) {
        this.actors = actors;
        this.validator = validator;
        this.pagination = pagination;
        this.events = events;
    }

    @Transactional
    public Reaction get(Long id) {
        return Writes.found(Reaction.findById(id), "reaction", id, "id");
    }

    @Transactional
    public ReactionConnection list(ReactionFilter filter, ReactionOrder order, Integer first, String after,
            boolean withTotal) {
        ReactionFilter f = filter == null ? new ReactionFilter() : filter;
        ReactionOrder o = order == null ? new ReactionOrder() : order;
        PageRequest page = PageRequest.of(first, after, pagination);
        ListQuery query = f.narrow(new ListQuery("Reaction", "r"))
                .where("r.actor.id = :actorId", "actorId", f.actorId)
                .where("r.target.id = :targetId", "targetId", f.targetStatementId)
                .where("r.target.speaker.id = :targetSpeakerId", "targetSpeakerId", f.targetSpeakerId)
                .where("r.stance = :stance", "stance", f.stance)
                .where("exists (select 1 from Citation c where c.reaction = r and c.article.id = :articleId)",
                        "articleId", f.articleId)
                .where("exists (select 1 from Citation c where c.reaction = r"
                        + " and lower(c.article.outlet) = lower(:outlet))",
                        "outlet", blankToNull(f.outlet))
                .where("exists (select 1 from Citation c where c.reaction = r"
                        + " and c.article.publishedInstant >= :reportedAfter)",
                        "reportedAfter", f.reportedAfter == null ? null : f.reportedAfter.toInstant())
                .where("exists (select 1 from Citation c where c.reaction = r"
                        + " and c.article.publishedInstant <= :reportedBefore)",
                        "reportedBefore", f.reportedBefore == null ? null : f.reportedBefore.toInstant());
        return new ReactionConnection(query.page(Reaction.class, o.field.attribute, o.direction, page), page,
                query.countIf(withTotal));
    }

    /**
     * Records a new reaction; {@code cite} writes its citations (the citation feature's, which sits above this one)
     * before the reaction is flushed and announced.
     */
    @Transactional
    public Reaction create(ReactionInput input, Consumer<Reaction> cite) {
        validator.check(input);
        Writes.required(input.actorId, "actorId");
        Writes.required(input.targetStatementId, "targetStatementId");
        Writes.required(input.stance, "stance");
        Reaction reaction = new Reaction();
        apply(reaction, input, "input");
        reaction.persist();
        cite.accept(reaction);
        Writes.flush();
        events.fire(added(reaction));
        return reaction;
    }

    /**
     * Stores a reaction extraction found: EXTRACTED, with the extractor's confidence and cue. Ingestion's one way
     * to add a reaction, inside its transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Reaction createExtracted(Actor actor, Statement target, Stance stance, Statement response,
            double confidence, String cue) {
        Reaction reaction = new Reaction();
        reaction.actor = actor;
        reaction.target = target;
        reaction.stance = stance;
        reaction.response = response == target ? null : response;
        reaction.extracted(confidence, cue);
        reaction.persist();
        events.fire(added(reaction));
        return reaction;
    }

    /** The reacting words another article reports for a reaction that had none; an editor's decision stands. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addExtractedResponse(Reaction reaction, Statement response) {
        if (!reaction.reviewStatus.decidedByEditor() && reaction.response == null && response != null
                && response != reaction.target) {
            reaction.response = response;
        }
    }

    @Transactional
    public Reaction update(UpdateReactionInput input) {
        validator.check(input);
        Reaction reaction = Writes.loadForChange(Reaction.class, input, "reaction");
        if (input.set.citations != null) {
            throw new BadUserInputException("citations are changed with addCitation and deleteCitation",
                    "input.set.citations");
        }
        apply(reaction, input.set, "input.set");
        Writes.flush();
        events.fire(GraphEvent.of(ChangeKind.REACTION_UPDATED, reaction.id, reaction.actor.id,
                reaction.target.speakerId()));
        return reaction;
    }

    /** An editor's verdict: CONFIRMED or REJECTED, which re-ingesting never changes. */
    @Transactional
    public Reaction review(ReviewInput input) {
        validator.check(input);
        return ReviewDecision.apply(Reaction.class, input, "reaction");
    }

    /** An editor's correction of the stance or the target: the reaction becomes CORRECTED, which re-ingesting keeps. */
    @Transactional
    public Reaction correct(CorrectReactionInput input) {
        validator.check(input);
        if (input.stance == null && input.targetStatementId == null) {
            throw new BadUserInputException("give the corrected stance, targetStatementId, or both", "input.stance");
        }
        Reaction reaction = Writes.loadForChange(Reaction.class, input, "reaction");
        ReactionInput set = new ReactionInput();
        set.stance = input.stance;
        set.targetStatementId = input.targetStatementId;
        apply(reaction, set, "input");
        reaction.reviewStatus = ReviewStatus.CORRECTED;
        Writes.flush();
        return reaction;
    }

    /** Deletes a reaction with its citations; its target and response statements stay. */
    @Transactional
    public Long delete(DeleteInput input) {
        validator.check(input);
        Reaction reaction = Writes.loadForChange(Reaction.class, input, "reaction");
        Reaction.getEntityManager().createQuery("delete from Citation c where c.reaction = :r")
                .setParameter("r", reaction).executeUpdate();
        reaction.delete();
        Writes.flush();
        events.fire(GraphEvent.of(ChangeKind.REACTION_DELETED, reaction.id, reaction.actor.id));
        return reaction.id;
    }

    /** The event of a new reaction: its actor and the target's speaker (a target may have none) hear of it. */
    private static GraphEvent added(Reaction reaction) {
        return GraphEvent.of(ChangeKind.REACTION_ADDED, reaction.id, reaction.actor.id, reaction.target.speakerId());
    }

    private void apply(Reaction reaction, ReactionInput input, String prefix) {
        if (input.actorId != null) {
            // locked: a merge deleting the actor meanwhile waits, or goes first and this answers NOT_FOUND
            reaction.actor = actors.lock(input.actorId, prefix + ".actorId");
        }
        if (input.targetStatementId != null) {
            reaction.target = Writes.found(Statement.findById(input.targetStatementId), "statement",
                    input.targetStatementId, prefix + ".targetStatementId");
        }
        if (input.stance != null) {
            reaction.stance = input.stance;
        }
        if (Boolean.TRUE.equals(input.clearResponse)) {
            reaction.response = null;
        } else if (input.responseStatementId != null) {
            reaction.response = Writes.found(Statement.findById(input.responseStatementId), "statement",
                    input.responseStatementId, prefix + ".responseStatementId");
        }
        if (reaction.response != null && reaction.response == reaction.target) {
            throw new BadUserInputException("a reaction's response cannot be its own target",
                    prefix + ".responseStatementId");
        }
    }
}
