package io.newsgraph.security;

/** The roles Newsgraph's resolvers ask for ({@code @RolesAllowed(Roles.EDITOR)} on every mutation). */
public final class Roles {

    /** May change data: every mutation needs it. */
    public static final String EDITOR = "editor";

    private Roles() {
    }
}
