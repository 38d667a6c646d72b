package io.newsgraph.common;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The shared half of every cursor connection: paging state and the total. Subclasses add typed {@code nodes}
 * and {@code edges}. The class is deliberately not generic: SmallRye names a type extending
 * {@code Connection<Article>} "ArticleConnection_Article".
 * <p>
 * Registered for reflection because GraphQL reads the inherited getters through the subclasses, and a native
 * executable keeps a superclass's methods only when the superclass itself is registered.
 */
@RegisterForReflection
public abstract class Connection {

    private final PageRequest page;
    private final int size;
    private final boolean hasNextPage;
    private final long totalCount;

    /**
     * @param fetchedSize rows fetched: up to {@code page.limit() + 1}, the extra one only tells that more follow
     * @param totalCount the total, counted only when the client selected it (property getters run on the event
     *        loop, where no query may block, so it cannot be counted lazily here)
     */
    protected Connection(int fetchedSize, PageRequest page, long totalCount) {
        this.hasNextPage = fetchedSize > page.limit();
        this.size = Math.min(fetchedSize, page.limit());
        this.page = page;
        this.totalCount = totalCount;
    }

    protected <N, E> List<E> edgesOf(List<N> nodes, BiFunction<String, N, E> edge) {
        return IntStream.range(0, nodes.size())
                .mapToObj(i -> edge.apply(PageRequest.cursor(page.offset() + i), nodes.get(i)))
                .toList();
    }

    @NonNull
    @Description("Total number of items matching the filter, across all pages.")
    public long getTotalCount() {
        return totalCount;
    }

    @NonNull
    @Description("Paging state and cursors.")
    public PageInfo getPageInfo() {
        return new PageInfo(hasNextPage, page.offset() > 0,
                size == 0 ? null : PageRequest.cursor(page.offset()),
                size == 0 ? null : PageRequest.cursor(page.offset() + size - 1));
    }
}
