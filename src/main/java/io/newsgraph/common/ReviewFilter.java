package io.newsgraph.common;

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
}
