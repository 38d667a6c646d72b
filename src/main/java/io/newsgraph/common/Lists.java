package io.newsgraph.common;

import java.util.List;

/** List helpers the API's bounded lists share. */
public final class Lists {

    private Lists() {
    }

    /** The first {@code n} items (all of them when there are fewer), e.g. a page without its look-ahead row. */
    public static <T> List<T> upTo(List<T> items, int n) {
        return items.size() > n ? List.copyOf(items.subList(0, n)) : items;
    }
}
