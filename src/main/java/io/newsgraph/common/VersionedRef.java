package io.newsgraph.common;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** The record an update or delete is about, with the version the client last saw. */
public abstract class VersionedRef {

    @Id
    @NonNull
    @NotNull
    @Description("Id of the record.")
    public Long id;

    @Description("If given, the change is refused with CONFLICT unless the record is still at this version.")
    public Integer expectedVersion;
}
