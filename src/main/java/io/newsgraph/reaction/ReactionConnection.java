package io.newsgraph.reaction;

import io.newsgraph.common.Connection;
import io.newsgraph.common.Lists;
import io.newsgraph.common.PageRequest;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of reactions.")
public class ReactionConnection extends Connection {

    private final List<Reaction> nodes;

    public ReactionConnection(List<Reaction> fetched, PageRequest page, long totalCount) {
        super(fetched.size(), page, totalCount);
        this.nodes = Lists.upTo(fetched, page.limit());
    }

    @NonNull
    @Description("The reactions on this page.")
    public List<@NonNull Reaction> getNodes() {
        return nodes;
    }

    @NonNull
    @Description("The reactions on this page, each with its cursor.")
    public List<@NonNull ReactionEdge> getEdges() {
        return edgesOf(nodes, ReactionEdge::new);
    }

    @Description("A reaction and its cursor.")
    public record ReactionEdge(
            @NonNull @Description("Pass as `after` to start the next page after this reaction.") String cursor,
            @NonNull @Description("The reaction.") Reaction node) {
    }
}
