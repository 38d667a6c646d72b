package io.newsgraph.reaction;

import org.eclipse.microprofile.graphql.Description;

@Description("The position a reaction takes towards the statement it answers.")
public enum Stance {
    @Description("Agrees with or backs it.")
    SUPPORTS,
    @Description("Welcomes or thanks the speaker for it.")
    PRAISES,
    @Description("Repeats or shares its sentiment.")
    ECHOES,
    @Description("Takes note of it without taking a side.")
    ACKNOWLEDGES,
    @Description("Voices scepticism about it.")
    DOUBTS,
    @Description("Finds fault with it.")
    CRITICIZES,
    @Description("Argues against it.")
    OPPOSES,
    @Description("Refuses it outright.")
    REJECTS,
    @Description("Warns of its consequences.")
    WARNS
}
