package io.newsgraph.actor;

import io.newsgraph.common.Batches;
import io.newsgraph.common.DeleteInput;
import io.newsgraph.common.DeletePayload;
import io.newsgraph.common.ReportsErrors;
import io.newsgraph.common.Selection;
import io.newsgraph.security.Roles;
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
public class ActorApi {

    private final ActorService actors;
    private final Context context;

    public ActorApi(ActorService actors, Context context) {
        this.actors = actors;
        this.context = context;
    }

    @Query
    @NonNull
    @Description("Actors, filtered and ordered, a page at a time.")
    public ActorConnection actors(@Description("Only these; all when omitted.") ActorFilter filter,
            @Description("Order; each type has its default.") ActorOrder orderBy,
            @Description("Page size (at most the configured maximum, 100 by default).") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        return actors.list(filter, orderBy, first, after, Selection.includesTotal(context));
    }

    @Query
    @Description("One actor by id; NOT_FOUND if there is none.")
    public Actor actor(@Id @NonNull @Description("The id to look up.") Long id) {
        return actors.get(id);
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Adds an actor. Name and kind are required.")
    public ActorPayload createActor(@NonNull @Description("The mutation's input.") ActorInput input) {
        return new ActorPayload(actors.create(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Changes an actor's fields.")
    public ActorPayload updateActor(@NonNull @Description("The mutation's input.") UpdateActorInput input) {
        return new ActorPayload(actors.update(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Deletes an actor who has no statements or reactions (merge such an actor instead).")
    public DeletePayload deleteActor(@NonNull @Description("The mutation's input.") DeleteInput input) {
        return new DeletePayload(actors.delete(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Adds another name an actor is known by; CONFLICT if the actor already has it, ignoring case and"
            + " accents (\"Szijjarto\" beside \"Szijjártó\").")
    public ActorPayload addAlias(@NonNull @Description("The mutation's input.") AliasInput input) {
        return new ActorPayload(actors.addAlias(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Removes one of an actor's aliases.")
    public ActorPayload removeAlias(@NonNull @Description("The mutation's input.") AliasInput input) {
        return new ActorPayload(actors.removeAlias(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Folds two records of the same actor into one, keeping every alias, statement and reaction.")
    public MergeActorsPayload mergeActors(@NonNull @Description("The mutation's input.") MergeActorsInput input) {
        return actors.merge(input);
    }

    @Description("The actor this one belongs to, e.g. a minister's country.")
    public List<Actor> affiliation(@Source List<Actor> sources) {
        return Batches.toOne(sources, actor -> actor.affiliation, Actor.class);
    }

    @NonNull
    @Description("Other names this actor is known by (spellings, transliterations, short forms).")
    public List<@NonNull List<@NonNull String>> aliases(@Source List<Actor> sources) {
        return Batches.values(sources,
                "select al.actor.id, al.name from ActorAlias al where any_of(al.actor.id, :ids) order by al.id",
                String.class);
    }

    @Description("Actors affiliated with this one, e.g. a country's officials, by name.")
    public List<@NonNull List<@NonNull Actor>> affiliates(@Source List<Actor> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select a.affiliation.id as pid, a.id as cid, row_number() over"
                + " (partition by a.affiliation.id order by a.name, a.id) as rn from Actor a"
                + " where any_of(a.affiliation.id, :ids)", Actor.class, Batches.limit(first));
    }
}
