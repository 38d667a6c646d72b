package io.newsgraph.coverage;

import org.eclipse.microprofile.graphql.Description;

@Description("What two accounts of the same utterance disagree on.")
public enum DisagreementAspect {
    @Description("Who said it.")
    SPEAKER,
    @Description("The words quoted.")
    WORDING
}
