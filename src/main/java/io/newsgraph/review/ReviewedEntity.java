package io.newsgraph.review;

import io.newsgraph.common.MutableEntity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A record extraction can write and editors review: statements, reactions and citations. */
@MappedSuperclass
public abstract class ReviewedEntity extends MutableEntity {

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Where it stands in review: EXTRACTED until an editor confirms, corrects or rejects it.")
    public ReviewStatus reviewStatus = ReviewStatus.CONFIRMED;

    @Description("How sure extraction was of it, from 0 to 1 (two decimals); null when a person entered it.")
    public Double confidence;

    @Description("The words of the article that made extraction find it (\"said\", \"according to\", \":\"); "
            + "null when a person entered it.")
    public String cue;

    /** Marks it as extraction's, with how sure the extractor was and the words that produced it. */
    public void extracted(double confidence, String cue) {
        this.reviewStatus = ReviewStatus.EXTRACTED;
        this.confidence = Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100.0;
        this.cue = cue == null || cue.isBlank() ? null : cue.strip();
    }
}
