package io.newsgraph.synthetic;

/** How many of each record the generator makes; {@code seed} makes the content reproducible. */
record GraphSize(int actors, int articles, int statements, int reactions, long seed) {

    static final GraphSize DEFAULT = new GraphSize(200, 10_000, 100_000, 500_000, 42);

    GraphSize {
        if (actors < 10 || articles < 1 || statements < articles || reactions < 0) {
            throw new IllegalArgumentException("need at least 10 actors, 1 article, one statement per article and"
                    + " no negative count; got " + actors + " actors, " + articles + " articles, " + statements
                    + " statements, " + reactions + " reactions");
        }
    }
}
