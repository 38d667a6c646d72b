package io.newsgraph.live;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of the change feed, oldest change first.")
public class ChangePage {

    @NonNull
    @Description("The changes after the requested cursor, in cursor order.")
    public List<@NonNull GraphChange> nodes;

    @NonNull
    @Description("Pass this as after to get the next page (the last change's cursor; when the page is empty, the "
            + "newest cursor, so an empty page never skips a change).")
    public String endCursor;

    @NonNull
    @Description("Whether more changes were already committed after this page.")
    public Boolean hasNextPage;

    ChangePage(List<GraphChange> nodes, String endCursor, boolean hasNextPage) {
        this.nodes = nodes;
        this.endCursor = endCursor;
        this.hasNextPage = hasNextPage;
    }
}
