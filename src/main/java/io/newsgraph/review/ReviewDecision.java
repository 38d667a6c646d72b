package io.newsgraph.review;

import io.newsgraph.common.Writes;
import org.eclipse.microprofile.graphql.Description;

@Description("An editor's verdict on an extracted item as it stands.")
public enum ReviewDecision {
    @Description("It is right: the status becomes CONFIRMED.")
    CONFIRM,
    @Description("It is wrong: the status becomes REJECTED, and re-ingesting never brings it back.")
    REJECT;

    public ReviewStatus status() {
        return this == CONFIRM ? ReviewStatus.CONFIRMED : ReviewStatus.REJECTED;
    }

    /** Applies the verdict {@code input} carries to the record it names, refused at a stale version. */
    public static <T extends ReviewedEntity> T apply(Class<T> type, ReviewInput input, String what) {
        T entity = Writes.loadForChange(type, input, what);
        entity.reviewStatus = input.decision.status();
        Writes.flush();
        return entity;
    }
}
