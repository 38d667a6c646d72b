package io.newsgraph.graphql;

/**
 * Thrown while planning or binding when the planned path would not answer exactly as SmallRye would: a field or
 * argument the planner does not know, or a value that must produce an error (a page too large, an unknown cursor,
 * an id with no row). The request then goes to SmallRye, which answers it, errors included.
 */
final class Unplanned extends RuntimeException {

    private static final long serialVersionUID = 1L;

    Unplanned(String reason) {
        super(reason, null, false, false);
    }
}
