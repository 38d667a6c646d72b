package io.newsgraph.event;

import org.eclipse.microprofile.graphql.Description;

/** What changed; each kind names the type of the node it is about. */
@Description("What a change did, to which type of node. *_DELETED (and ACTOR_MERGED, for the actor merged away) "
        + "carry only the node's id: the node is gone.")
public enum ChangeKind {
    @Description("An article was stored (by createArticle or by ingestion).")
    ARTICLE_CREATED(NodeType.ARTICLE),
    @Description("Ingestion stored a new article and wrote what it says into the graph (after its ARTICLE_CREATED).")
    ARTICLE_INGESTED(NodeType.ARTICLE),
    @Description("An article's fields changed.")
    ARTICLE_UPDATED(NodeType.ARTICLE),
    @Description("An article was deleted.")
    ARTICLE_DELETED(NodeType.ARTICLE),
    @Description("A statement was created (by createStatement or by ingestion).")
    STATEMENT_ADDED(NodeType.STATEMENT),
    @Description("A statement changed, or gained a citation from an ingested article reporting it.")
    STATEMENT_UPDATED(NodeType.STATEMENT),
    @Description("A statement was deleted (by deleteStatement, or with the only article reporting it).")
    STATEMENT_DELETED(NodeType.STATEMENT),
    @Description("A reaction was created (by createReaction or by ingestion).")
    REACTION_ADDED(NodeType.REACTION),
    @Description("A reaction changed, or gained a citation from an ingested article reporting it.")
    REACTION_UPDATED(NodeType.REACTION),
    @Description("A reaction was deleted (by deleteReaction, or with the only article reporting it).")
    REACTION_DELETED(NodeType.REACTION),
    @Description("An actor was created (by createActor or by ingestion).")
    ACTOR_CREATED(NodeType.ACTOR),
    @Description("An actor's fields or aliases changed.")
    ACTOR_UPDATED(NodeType.ACTOR),
    @Description("An actor was deleted.")
    ACTOR_DELETED(NodeType.ACTOR),
    @Description("An actor was merged into another: the node is the actor merged away (deleted); the first of the "
            + "change's actorIds is the actor kept.")
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
