package io.newsgraph.review;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a statement, reaction or citation stands in editors' review.")
public enum ReviewStatus {
    @Description("Written by extraction; nobody has reviewed it.")
    EXTRACTED,
    @Description("An editor checked it against the article and kept it as it is.")
    CONFIRMED,
    @Description("An editor changed what extraction got wrong (a speaker, a stance, a target).")
    CORRECTED,
    @Description("An editor found it wrong; re-ingesting never brings it back.")
    REJECTED;

    /** Whether a person decided on it, so extraction must leave it as it is. */
    public boolean decidedByEditor() {
        return this != EXTRACTED;
    }
}
