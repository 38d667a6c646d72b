package io.newsgraph.live;

import org.eclipse.microprofile.graphql.Description;

/** What changed; each kind names the type of the node it is about. */
@Description("What a change did, to which type of node. *_DELETED (and ACTOR_MERGED, for the actor merged away) "
        + "carry only the node's id: the node is gone.")
public enum ChangeKind {
    ARTICLE_CREATED(NodeType.ARTICLE),
    /** Ingestion stored a new article and wrote what it says into the graph (after its ARTICLE_CREATED). */
    ARTICLE_INGESTED(NodeType.ARTICLE),
    ARTICLE_UPDATED(NodeType.ARTICLE),
    ARTICLE_DELETED(NodeType.ARTICLE),
    STATEMENT_ADDED(NodeType.STATEMENT),
    STATEMENT_UPDATED(NodeType.STATEMENT),
    STATEMENT_DELETED(NodeType.STATEMENT),
    REACTION_ADDED(NodeType.REACTION),
    REACTION_UPDATED(NodeType.REACTION),
    REACTION_DELETED(NodeType.REACTION),
    ACTOR_CREATED(NodeType.ACTOR),
    ACTOR_UPDATED(NodeType.ACTOR),
    ACTOR_DELETED(NodeType.ACTOR),
    /** The node is the actor merged away (deleted); the first of the change's actor ids is the actor kept. */
    ACTOR_MERGED(NodeType.ACTOR);

    /** The types of node a change can be about. */
    public enum NodeType { ARTICLE, STATEMENT, REACTION, ACTOR }

    private final NodeType nodeType;

    ChangeKind(NodeType nodeType) {
        this.nodeType = nodeType;
    }

    public NodeType nodeType() {
        return nodeType;
    }

    /** Whether the node no longer exists after this change. */
    public boolean removesNode() {
        return this == ARTICLE_DELETED || this == STATEMENT_DELETED || this == REACTION_DELETED
                || this == ACTOR_DELETED || this == ACTOR_MERGED;
    }
}
