package io.newsgraph.reaction;

import io.newsgraph.actor.Actor;
import io.newsgraph.review.ReviewedEntity;
import io.newsgraph.statement.Statement;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("An actor's response to a statement, with the stance taken and, when reported, the reacting words.")
public class Reaction extends ReviewedEntity {

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    public Actor actor;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id")
    public Statement target;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("The position taken towards the target statement.")
    public Stance stance;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "response_id")
    public Statement response;
}
