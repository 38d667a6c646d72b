package io.newsgraph.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.CreationTimestamp;

/** Identity, audit timestamps and the optimistic-lock version shared by every stored node. */
@MappedSuperclass
public abstract class TrackedEntity extends PanacheEntityBase {

    /** One sequence per table ({@code <entity>_seq}, step 50), created by the Flyway migrations. */
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("Stable identifier.")
    public Long id;

    @CreationTimestamp
    @NonNull
    @Description("When this record was created.")
    public OffsetDateTime createdAt;

    @Version
    @NonNull
    @Description("Optimistic-lock version; pass it as `expectedVersion` to an update or delete to refuse "
            + "overwriting someone else's change.")
    public Integer version;
}
