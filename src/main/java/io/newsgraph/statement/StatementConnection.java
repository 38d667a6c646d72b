package io.newsgraph.statement;

import io.newsgraph.common.Connection;
import io.newsgraph.common.Lists;
import io.newsgraph.common.PageRequest;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of statements.")
public class StatementConnection extends Connection {

    private final List<Statement> nodes;

    public StatementConnection(List<Statement> fetched, PageRequest page, long totalCount) {
        super(fetched.size(), page, totalCount);
        this.nodes = Lists.upTo(fetched, page.limit());
    }

    @NonNull
    @Description("The statements on this page.")
    public List<@NonNull Statement> getNodes() {
        return nodes;
    }

    @NonNull
    @Description("The statements on this page, each with its cursor.")
    public List<@NonNull StatementEdge> getEdges() {
        return edgesOf(nodes, StatementEdge::new);
    }

    @Description("A statement and its cursor.")
    public record StatementEdge(
            @NonNull @Description("Pass as `after` to start the next page after this statement.") String cursor,
            @NonNull @Description("The statement.") Statement node) {
    }
}
