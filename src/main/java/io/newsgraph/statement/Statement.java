package io.newsgraph.statement;

import io.newsgraph.actor.Actor;
import io.newsgraph.review.ReviewedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Entity
@Description("Something an actor said, as reported by one or more articles (see `citations`).")
public class Statement extends ReviewedEntity {

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    public Actor speaker;

    @NonNull
    @Description("The words, verbatim for a DIRECT_QUOTE; the gist for a PARAPHRASE.")
    public String text;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("Whether this is a direct quote or a paraphrase.")
    public StatementKind kind;

    @Description("When it was said, as precisely as `saidOnPrecision` says.")
    public LocalDate saidOn;

    @Enumerated(EnumType.STRING)
    @Description("How precisely `saidOn` is known.")
    public DatePrecision saidOnPrecision;

    @Description("Where it was said, e.g. \"interview with LCI\".")
    public String venue;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "variant_of_id")
    public Statement variantOf;

    /** The speaker's id; null for a quote nobody is named for (events and matching must allow for it). */
    @Ignore
    public Long speakerId() {
        return speaker == null ? null : speaker.id;
    }
}
