package io.newsgraph.live;

import java.util.Set;

/**
 * What the graph tells its subscribers. Writers fire these as CDI events inside their transaction;
 * subscribers observe them only after the commit succeeds, so nobody hears of a rolled-back write.
 */
public sealed interface GraphEvent {

    /** Every actor the event concerns; subscriptions filtered by actor match against this set. */
    Set<Long> actorIds();

    /** A statement was created, by hand or by ingestion. */
    record StatementAdded(long statementId, Set<Long> actorIds) implements GraphEvent {}

    /** A reaction was created, by hand or by ingestion; actorIds holds the reacting actor and the target's speaker. */
    record ReactionAdded(long reactionId, Set<Long> actorIds) implements GraphEvent {}

    /** An article was ingested (only when ingestion stored something new); actorIds holds every actor it cites. */
    record ArticleIngested(long articleId, Set<Long> actorIds) implements GraphEvent {}
}
