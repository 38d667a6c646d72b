package io.newsgraph.reaction;

import io.newsgraph.review.ReviewFilter;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ReactionFilter")
@Description("Narrows a list of reactions; every given criterion must hold.")
public class ReactionFilter extends ReviewFilter {

    @Id
    @Description("Given by this actor.")
    public Long actorId;

    @Id
    @Description("Reacting to this statement.")
    public Long targetStatementId;

    @Id
    @Description("Reacting to a statement by this actor.")
    public Long targetSpeakerId;

    @Description("Taking this stance.")
    public Stance stance;

    @Id
    @Description("Reported by this article.")
    public Long articleId;

    @Description("Reported by this outlet (exact name, ignoring case).")
    public String outlet;

    @Description("Reported by an article published at or after this time.")
    public OffsetDateTime reportedAfter;

    @Description("Reported by an article published at or before this time.")
    public OffsetDateTime reportedBefore;
}
