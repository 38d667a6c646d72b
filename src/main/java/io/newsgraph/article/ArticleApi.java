package io.newsgraph.article;

import io.newsgraph.common.Batches;
import io.newsgraph.common.DeleteInput;
import io.newsgraph.common.ReportsErrors;
import io.newsgraph.common.Selection;
import io.newsgraph.security.Roles;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
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
}
