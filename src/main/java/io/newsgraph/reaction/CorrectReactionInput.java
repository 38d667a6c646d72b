package io.newsgraph.reaction;

import io.newsgraph.common.VersionedRef;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("CorrectReactionInput")
@Description("An editor's correction of what extraction got wrong in a reaction: give the stance, the target, or both.")
public class CorrectReactionInput extends VersionedRef {

    @Description("The position really taken.")
    public Stance stance;

    @Id
    @Description("The statement really reacted to.")
    public Long targetStatementId;
}
