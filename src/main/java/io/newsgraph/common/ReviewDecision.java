package io.newsgraph.common;

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
}
