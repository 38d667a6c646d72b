package io.newsgraph.citation;

import io.newsgraph.actor.Actor;
import io.newsgraph.article.Article;
import io.newsgraph.common.Batches;
import io.newsgraph.common.DeleteInput;
import io.newsgraph.common.DeletePayload;
import io.newsgraph.common.ReportsErrors;
import io.newsgraph.reaction.Reaction;
import io.newsgraph.reaction.ReactionInput;
import io.newsgraph.reaction.ReactionPayload;
import io.newsgraph.review.ReviewInput;
import io.newsgraph.security.Roles;
import io.newsgraph.statement.Statement;
import io.newsgraph.statement.StatementInput;
import io.newsgraph.statement.StatementPayload;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@ReportsErrors
public class CitationApi {

    private final CitationService citations;

    public CitationApi(CitationService citations) {
        this.citations = citations;
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Records a statement, optionally with the citations of the articles reporting it.")
    public StatementPayload createStatement(@NonNull @Description("The mutation's input.") StatementInput input) {
        return new StatementPayload(citations.createStatement(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Records an actor's reaction to a statement, optionally with its citations.")
    public ReactionPayload createReaction(@NonNull @Description("The mutation's input.") ReactionInput input) {
        return new ReactionPayload(citations.createReaction(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Records that an article reports a statement or a reaction, at an exact excerpt.")
    public CitationPayload addCitation(@NonNull @Description("The mutation's input.") AddCitationInput input) {
        return new CitationPayload(citations.add(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Removes one citation; the statement or reaction stays.")
    public DeletePayload deleteCitation(@NonNull @Description("The mutation's input.") DeleteInput input) {
        return new DeletePayload(citations.delete(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("An editor's verdict on a citation (is this excerpt where the article reports it?): CONFIRM or"
            + " REJECT.")
    public CitationPayload reviewCitation(@NonNull @Description("The mutation's input.") ReviewInput input) {
        return new CitationPayload(citations.review(input));
    }

    @NonNull
    @Description("The article that reports it.")
    public List<@NonNull Article> article(@Source List<Citation> sources) {
        return Batches.toOne(sources, citation -> citation.article, Article.class);
    }

    @Description("The statement reported, when the citation backs a statement.")
    public List<Statement> statement(@Source List<Citation> sources) {
        return Batches.toOne(sources, citation -> citation.statement, Statement.class);
    }

    @Description("The reaction reported, when the citation backs a reaction.")
    public List<Reaction> reaction(@Source List<Citation> sources) {
        return Batches.toOne(sources, citation -> citation.reaction, Reaction.class);
    }

    @Description("Articles reporting this actor's statements or reactions, most recently added first.")
    @Name("articles")
    public List<@NonNull List<@NonNull Article>> actorArticles(@Source List<Actor> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        // Distinct (actor, article) pairs first: H2 cannot group by the coalesce expression itself.
        return Batches.toMany(sources, "select y.pid as pid, y.cid as cid, row_number() over"
                + " (partition by y.pid order by y.cid desc) as rn from (select distinct"
                + " coalesce(s.speaker.id, r.actor.id) as pid, c.article.id as cid from Citation c"
                + " left join c.statement s left join c.reaction r"
                + " where any_of(coalesce(s.speaker.id, r.actor.id), :ids)) y",
                Article.class, Batches.limit(first));
    }

    @Description("Statements this article reports, in order of first appearance in the body.")
    @Name("statements")
    public List<@NonNull List<@NonNull Statement>> articleStatements(@Source List<Article> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select c.article.id as pid, c.statement.id as cid,"
                + " row_number() over (partition by c.article.id order by min(c.startOffset), c.statement.id) as rn"
                + " from Citation c where any_of(c.article.id, :ids) and c.statement is not null"
                + " group by c.article.id, c.statement.id", Statement.class, Batches.limit(first));
    }

    @Description("Reactions this article reports, in order of first appearance in the body.")
    @Name("reactions")
    public List<@NonNull List<@NonNull Reaction>> articleReactions(@Source List<Article> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select c.article.id as pid, c.reaction.id as cid,"
                + " row_number() over (partition by c.article.id order by min(c.startOffset), c.reaction.id) as rn"
                + " from Citation c where any_of(c.article.id, :ids) and c.reaction is not null"
                + " group by c.article.id, c.reaction.id", Reaction.class, Batches.limit(first));
    }

    @Description("Actors this article quotes, paraphrases or reports reacting, in order of first appearance.")
    @Name("actors")
    public List<@NonNull List<@NonNull Actor>> articleActors(@Source List<Article> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        // Each actor's first citation offset first: H2 cannot group by the coalesce expression itself.
        return Batches.toMany(sources, "select y.pid as pid, y.cid as cid, row_number() over"
                + " (partition by y.pid order by min(y.pos), y.cid) as rn from (select c.article.id as pid,"
                + " coalesce(s.speaker.id, r.actor.id) as cid, c.startOffset as pos from Citation c"
                + " left join c.statement s left join c.reaction r where any_of(c.article.id, :ids)) y"
                + " group by y.pid, y.cid",
                Actor.class, Batches.limit(first));
    }

    @Description("Citations pointing into this article, in body order.")
    @Name("citations")
    public List<@NonNull List<@NonNull Citation>> articleCitations(@Source List<Article> sources,
            @Name("first") @DefaultValue("50") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select c.article.id as pid, c.id as cid,"
                + " row_number() over (partition by c.article.id order by c.startOffset, c.id) as rn"
                + " from Citation c where any_of(c.article.id, :ids)", Citation.class, Batches.limit(first));
    }

    @Description("Where articles report it, earliest article first.")
    @Name("citations")
    public List<@NonNull List<@NonNull Citation>> statementCitations(@Source List<Statement> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select c.statement.id as pid, c.id as cid, row_number() over"
                + " (partition by c.statement.id order by c.article.publishedAt nulls last, c.article.id,"
                + " c.startOffset)"
                + " as rn from Citation c where any_of(c.statement.id, :ids)", Citation.class, Batches.limit(first));
    }

    @Description("Articles that report it, earliest first.")
    @Name("articles")
    public List<@NonNull List<@NonNull Article>> statementArticles(@Source List<Statement> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select c.statement.id as pid, a.id as cid, row_number() over"
                + " (partition by c.statement.id order by a.publishedAt nulls last, a.id) as rn"
                + " from Citation c join c.article a where any_of(c.statement.id, :ids)"
                + " group by c.statement.id, a.id, a.publishedAt",
                Article.class, Batches.limit(first));
    }

    @Description("Where articles report it, earliest article first.")
    @Name("citations")
    public List<@NonNull List<@NonNull Citation>> reactionCitations(@Source List<Reaction> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select c.reaction.id as pid, c.id as cid, row_number() over"
                + " (partition by c.reaction.id order by c.article.publishedAt nulls last, c.article.id, c.startOffset)"
                + " as rn from Citation c where any_of(c.reaction.id, :ids)", Citation.class, Batches.limit(first));
    }
}
