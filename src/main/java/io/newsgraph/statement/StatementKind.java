package io.newsgraph.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("How a statement is reported.")
public enum StatementKind {
    @Description("The speaker's own words, verbatim within quotation marks.")
    DIRECT_QUOTE,
    @Description("Reported speech: the gist of what was said, in the outlet's words.")
    PARAPHRASE
}
