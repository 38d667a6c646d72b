package io.newsgraph.review;

import io.newsgraph.common.VersionedRef;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ReviewInput")
@Description("An editor's verdict on one statement, reaction or citation.")
public class ReviewInput extends VersionedRef {

    @NonNull
    @NotNull
    @Description("CONFIRM or REJECT.")
    public ReviewDecision decision;
}
