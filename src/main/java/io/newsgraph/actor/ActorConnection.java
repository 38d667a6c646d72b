package io.newsgraph.actor;

import io.newsgraph.common.Connection;
import io.newsgraph.common.Lists;
import io.newsgraph.common.PageRequest;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of actors.")
public class ActorConnection extends Connection {

    private final List<Actor> nodes;

    public ActorConnection(List<Actor> fetched, PageRequest page, long totalCount) {
        super(fetched.size(), page, totalCount);
        this.nodes = Lists.upTo(fetched, page.limit());
    }

    @NonNull
    @Description("The actors on this page.")
    public List<@NonNull Actor> getNodes() {
        return nodes;
    }

    @NonNull
    @Description("The actors on this page, each with its cursor.")
    public List<@NonNull ActorEdge> getEdges() {
        return edgesOf(nodes, ActorEdge::new);
    }

    @Description("An actor and its cursor.")
    public record ActorEdge(
            @NonNull @Description("Pass as `after` to start the next page after this actor.") String cursor,
            @NonNull @Description("The actor.") Actor node) {
    }
}
