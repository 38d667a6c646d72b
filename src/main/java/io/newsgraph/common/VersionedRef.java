package io.newsgraph.common;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The record an update or delete is about, with the version the client last saw. Registered for reflection:
 * GraphQL sets these inherited fields on the input subclasses, which a native executable only allows when the
 * superclass itself is registered.
 */
@RegisterForReflection
public abstract class VersionedRef {

    @Id
    @NonNull
    @NotNull
    @Description("Id of the record.")
    public Long id;

    @Description("If given, the change is refused with CONFLICT unless the record is still at this version.")
    public Integer expectedVersion;
}
