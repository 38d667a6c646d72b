package io.newsgraph.ingest.extract;

import io.newsgraph.actor.ActorKind;

/**
 * A place where the body refers to an actor: a name with any title before it ("French President Emmanuel
 * Macron"), a pronoun ("he"), or a description ("the French leader", "a senior Ukrainian lawmaker").
 * For a description, name is null and role holds its words; so for a pronoun's body ("his campaign": kind
 * ORGANISATION, role "campaign"), the body of whoever the pronoun stands for.
 */
record Mention(int start, int end, String surface, String name, String role, ActorKind kind, Gender gender, Type type) {

    enum Type { NAME, PRONOUN, DEFINITE_DESCRIPTION, INDEFINITE_DESCRIPTION }

    enum Gender {
        MALE, FEMALE, UNKNOWN;

        boolean compatible(Gender other) {
            return this == UNKNOWN || other == UNKNOWN || this == other;
        }
    }

    boolean isPerson() {
        return kind == ActorKind.PERSON;
    }
}
