package io.newsgraph.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in its list, and the cursors to move on from it.")
public record PageInfo(
        @NonNull @Description("Whether more items follow this page.") boolean hasNextPage,
        @NonNull @Description("Whether items precede this page.") boolean hasPreviousPage,
        @Description("Cursor of the first item on this page; null when the page is empty.") String startCursor,
        @Description("Cursor of the last item on this page: pass it as `after` for the next page.") String endCursor) {
}
