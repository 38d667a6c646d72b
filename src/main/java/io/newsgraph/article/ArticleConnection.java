package io.newsgraph.article;

import io.newsgraph.common.Connection;
import io.newsgraph.common.Lists;
import io.newsgraph.common.PageRequest;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of articles.")
public class ArticleConnection extends Connection {

    private final List<Article> nodes;

    public ArticleConnection(List<Article> fetched, PageRequest page, long totalCount) {
        super(fetched.size(), page, totalCount);
        this.nodes = Lists.upTo(fetched, page.limit());
    }

    @NonNull
    @Description("The articles on this page.")
    public List<@NonNull Article> getNodes() {
        return nodes;
    }

    @NonNull
    @Description("The articles on this page, each with its cursor.")
    public List<@NonNull ArticleEdge> getEdges() {
        return edgesOf(nodes, ArticleEdge::new);
    }

    @Description("An article and its cursor.")
    public record ArticleEdge(
            @NonNull @Description("Pass as `after` to start the next page after this article.") String cursor,
            @NonNull @Description("The article.") Article node) {
    }
}
