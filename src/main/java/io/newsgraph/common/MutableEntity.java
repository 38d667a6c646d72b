package io.newsgraph.common;

import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.UpdateTimestamp;

/** A node that can be edited after creation. */
@MappedSuperclass
public abstract class MutableEntity extends TrackedEntity {

    @UpdateTimestamp
    @NonNull
    @Description("When this record was last changed.")
    public OffsetDateTime updatedAt;
}
