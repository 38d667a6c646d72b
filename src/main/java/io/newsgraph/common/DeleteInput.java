package io.newsgraph.common;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Which record to delete.")
public class DeleteInput {

    @Id
    @NonNull
    @NotNull
    @Description("Id of the record to delete.")
    public Long id;

    @Description("If given, the delete is refused with CONFLICT unless the record is still at this version.")
    public Integer expectedVersion;
}
