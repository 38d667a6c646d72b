package io.newsgraph.review;

import io.newsgraph.common.ListQuery;
import io.newsgraph.common.VersionedRef;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.graphql.Description;

/**
 * The review criteria of a list of extracted records (statements, reactions): a fact-checker's queue. Registered
 * for reflection, as {@link VersionedRef} is: GraphQL sets these inherited fields on the filter subclasses.
 */
@RegisterForReflection
public abstract class ReviewFilter {

    @Description("Only those at this stage of review (EXTRACTED: the queue nobody has reviewed yet).")
    public ReviewStatus reviewStatus;

    @Description("Extraction's confidence is below this (records a person entered, with no confidence, never are).")
    public Double confidenceBelow;

    @Description("Extraction's confidence is above this.")
    public Double confidenceAbove;

    /** Adds these criteria to {@code query}, over the reviewed records it lists. */
    public ListQuery narrow(ListQuery query) {
        String alias = query.alias();
        return query.where(alias + ".reviewStatus = :reviewStatus", "reviewStatus", reviewStatus)
                .where(alias + ".confidence < :confidenceBelow", "confidenceBelow", confidenceBelow)
                .where(alias + ".confidence > :confidenceAbove", "confidenceAbove", confidenceAbove);
    }
}
