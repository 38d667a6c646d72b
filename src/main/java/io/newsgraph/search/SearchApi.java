package io.newsgraph.search;

import io.newsgraph.actor.Actor;
import io.newsgraph.actor.NameKey;
import io.newsgraph.article.Article;
import io.newsgraph.common.BadUserInputException;
import io.newsgraph.common.Batches;
import io.newsgraph.common.ListQuery;
import io.newsgraph.common.Lists;
import io.newsgraph.common.OrderDirection;
import io.newsgraph.common.PageRequest;
import io.newsgraph.common.ReportsErrors;
import io.newsgraph.statement.Statement;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ReportsErrors
public class SearchApi {

    static final int MAX_PHRASE = 200;

    @Query
    @NonNull
    @Transactional
    @Description("Statements, articles and actors containing a phrase, ignoring case (and accents, for actors).")
    public SearchResults search(
            @NonNull @Name("text") @Description("The phrase, 1 to 200 characters.") String text,
            @Name("first") @DefaultValue("10") @Description("At most this many of each type (max 100).") int first) {
        if (text.isBlank() || text.length() > MAX_PHRASE) {
            throw new BadUserInputException("text must be 1 to " + MAX_PHRASE + " characters", "text");
        }
        PageRequest page = new PageRequest(0, Batches.limit(first));
        return new SearchResults(
                Lists.upTo(new ListQuery("Statement", "s").containing("text", text, List.of("lower(s.text)"))
                        .page(Statement.class, "saidOn", OrderDirection.DESC, page), first),
                Lists.upTo(new ListQuery("Article", "a")
                        .containing("text", text, Article.SEARCHED_TEXT)
                        .page(Article.class, "publishedAt", OrderDirection.DESC, page), first),
                Lists.upTo(new ListQuery("Actor", "a")
                        .where("(" + Actor.NAME_OR_ALIAS_LIKE + " or lower(a.role) like :role escape '\\')",
                                Map.of("name", NameKey.likePattern(text, "text"),
                                        "role", ListQuery.likePattern(text, "text")))
                        .page(Actor.class, "name", OrderDirection.ASC, page), first));
    }
}
