package io.newsgraph.article;

import io.newsgraph.actor.Actor;
import io.newsgraph.citation.Citation;
import io.newsgraph.common.Batches;
import io.newsgraph.common.DeleteInput;
import io.newsgraph.common.ReportsErrors;
import io.newsgraph.common.Selection;
import io.newsgraph.reaction.Reaction;
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
public class ArticleApi {

    private final ArticleService articles;
    private final Context context;

    public ArticleApi(ArticleService articles, Context context) {
        this.articles = articles;
        this.context = context;
    }

    @Query
    @NonNull
    @Description("Articles, filtered and ordered, a page at a time.")
    public ArticleConnection articles(@Description("Only these; all when omitted.") ArticleFilter filter,
            @Description("Order; each type has its default.") ArticleOrder orderBy,
            @Description("Page size (at most the configured maximum, 100 by default).") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        return articles.list(filter, orderBy, first, after, Selection.includesTotal(context));
    }

    @Query
    @Description("One article by id; NOT_FOUND if there is none.")
    public Article article(@Id @NonNull @Description("The id to look up.") Long id) {
        return articles.get(id);
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Stores a new article. Title and body are required; url and body must be new.")
    public ArticlePayload createArticle(@NonNull @Description("The mutation's input.") ArticleInput input) {
        return new ArticlePayload(articles.create(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Changes an article's fields. The body is frozen once citations point into it.")
    public ArticlePayload updateArticle(@NonNull @Description("The mutation's input.") UpdateArticleInput input) {
        return new ArticlePayload(articles.update(input));
    }

    @Mutation
    @RolesAllowed(Roles.EDITOR)
    @NonNull
    @Description("Deletes an article with its citations, and the statements and reactions only it reported.")
    public DeleteArticlePayload deleteArticle(@NonNull @Description("The mutation's input.") DeleteInput input) {
        return articles.delete(input);
    }

    @NonNull
    @Description("Clean article text. Citation offsets index into this string (UTF-16 code units).")
    public List<@NonNull String> body(@Source List<Article> sources) {
        return Batches.lazyValue(sources, Article.class, "body", article -> article.body);
    }

    @Description("Statements this article reports, in order of first appearance in the body.")
    public List<@NonNull List<@NonNull Statement>> statements(@Source List<Article> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select c.article.id as pid, c.statement.id as cid,"
                + " row_number() over (partition by c.article.id order by min(c.startOffset), c.statement.id) as rn"
                + " from Citation c where any_of(c.article.id, :ids) and c.statement is not null"
                + " group by c.article.id, c.statement.id", Statement.class, Batches.limit(first));
    }

    @Description("Reactions this article reports, in order of first appearance in the body.")
    public List<@NonNull List<@NonNull Reaction>> reactions(@Source List<Article> sources,
            @Name("first") @DefaultValue("20") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select c.article.id as pid, c.reaction.id as cid,"
                + " row_number() over (partition by c.article.id order by min(c.startOffset), c.reaction.id) as rn"
                + " from Citation c where any_of(c.article.id, :ids) and c.reaction is not null"
                + " group by c.article.id, c.reaction.id", Reaction.class, Batches.limit(first));
    }

    @Description("Actors this article quotes, paraphrases or reports reacting, in order of first appearance.")
    public List<@NonNull List<@NonNull Actor>> actors(@Source List<Article> sources,
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
    public List<@NonNull List<@NonNull Citation>> citations(@Source List<Article> sources,
            @Name("first") @DefaultValue("50") @Description("At most this many (max 100).") int first) {
        return Batches.toMany(sources, "select c.article.id as pid, c.id as cid,"
                + " row_number() over (partition by c.article.id order by c.startOffset, c.id) as rn"
                + " from Citation c where any_of(c.article.id, :ids)", Citation.class, Batches.limit(first));
    }
}
