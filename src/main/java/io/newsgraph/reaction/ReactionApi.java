package io.newsgraph.reaction;

import io.newsgraph.actor.Actor;
import io.newsgraph.common.Batches;
import io.newsgraph.common.DeleteInput;
import io.newsgraph.common.DeletePayload;
import io.newsgraph.common.ReportsErrors;
import io.newsgraph.common.Selection;
import io.newsgraph.review.ReviewInput;
import io.newsgraph.security.Roles;
import io.newsgraph.statement.Statement;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ReportsErrors
public class ReactionApi {

    private final ReactionService reactions;
    private final Context context;

    public ReactionApi(ReactionService reactions, Context context) {
        this.reactions = reactions;
        this.context = context;
    }

    @Query
    @NonNull
    @Description("Reactions, filtered and ordered, a page at a time.")
    public ReactionConnection reactions(@Description("Only these; all when omitted.") ReactionFilter filter,
            @Description("Order; each type has its default.") ReactionOrder orderBy,
            @Description("Page size (at most the configured maximum, 100 by default).") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        return reactions.list(filter, orderBy, first, after, Selection.includesTotal(context));
    }

    @Query
    @Description("One reaction by id; NOT_FOUND if there is none.")
    public Reaction reaction(@Id @NonNull @Description("The id to look up.") Long id) {
        return reactions.get(id);
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Changes a reaction's fields.")
    public ReactionPayload updateReaction(@NonNull @Description("The mutation's input.") UpdateReactionInput input) {
        return new ReactionPayload(reactions.update(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Deletes a reaction and its citations.")
    public DeletePayload deleteReaction(@NonNull @Description("The mutation's input.") DeleteInput input) {
        return new DeletePayload(reactions.delete(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("An editor's verdict on a reaction: CONFIRM or REJECT. A rejected one stays rejected when articles"
            + " are ingested again.")
    public ReactionPayload reviewReaction(@NonNull @Description("The mutation's input.") ReviewInput input) {
        return new ReactionPayload(reactions.review(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Corrects a reaction's stance or target where extraction got them wrong; it becomes CORRECTED, and"
            + " ingesting articles again keeps the correction.")
    public ReactionPayload correctReaction(@NonNull @Description("The mutation's input.") CorrectReactionInput input) {
        return new ReactionPayload(reactions.correct(input));
    }

    @NonNull
    @Description("Who reacted.")
    public List<@NonNull Actor> actor(@Source List<Reaction> sources) {
        return Batches.toOne(sources, reaction -> reaction.actor, Actor.class);
    }

    @NonNull
    @Description("The statement reacted to.")
    public List<@NonNull Statement> target(@Source List<Reaction> sources) {
        return Batches.toOne(sources, reaction -> reaction.target, Statement.class);
    }

    @Description("The reacting words, when reported.")
    public List<Statement> response(@Source List<Reaction> sources) {
        return Batches.toOne(sources, reaction -> reaction.response, Statement.class);
    }

    @Description("Reactions this actor gave, newest first.")
    public List<@NonNull List<@NonNull Reaction>> reactionsGiven(@Source List<Actor> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select r.actor.id as pid, r.id as cid, row_number() over"
                + " (partition by r.actor.id order by r.id desc) as rn from Reaction r where any_of(r.actor.id, :ids)",
                Reaction.class, Batches.limit(first));
    }

    @Description("Reactions to this actor's statements, newest first.")
    public List<@NonNull List<@NonNull Reaction>> reactionsReceived(@Source List<Actor> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select r.target.speaker.id as pid, r.id as cid, row_number() over"
                + " (partition by r.target.speaker.id order by r.id desc) as rn from Reaction r"
                + " where any_of(r.target.speaker.id, :ids)", Reaction.class, Batches.limit(first));
    }

    @Description("Reactions to it, oldest first.")
    @Name("reactions")
    public List<@NonNull List<@NonNull Reaction>> statementReactions(@Source List<Statement> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select r.target.id as pid, r.id as cid, row_number() over"
                + " (partition by r.target.id order by r.id) as rn from Reaction r where any_of(r.target.id, :ids)",
                Reaction.class, Batches.limit(first));
    }

    @Description("Reactions whose reacting words this statement is.")
    public List<@NonNull List<@NonNull Reaction>> expresses(@Source List<Statement> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select r.response.id as pid, r.id as cid, row_number() over"
                + " (partition by r.response.id order by r.id) as rn from Reaction r where any_of(r.response.id, :ids)",
                Reaction.class, Batches.limit(first));
    }
}
