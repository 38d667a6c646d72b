package io.newsgraph.security;

/** What a refused caller reads: why, and how to sign in (HTTP Basic, from GraphiQL's Headers pane). */
final class SignIn {

    private static final String HOW = "send HTTP Basic credentials: in GraphiQL, open Headers and enter "
            + "{\"Authorization\": \"Basic <base64 of user:password>\"}";

    static final String MUTATIONS = "mutations need an editor's credentials: " + HOW;
    static final String QUERIES = "this server answers signed-in callers only: " + HOW;
    static final String WRONG = "the user name or password is wrong: check the Authorization header, or "
            + "leave it out to read as a guest";

    private SignIn() {
    }

    static String forbidden(String user) {
        return "user " + user + " may not change data: mutations need the " + Roles.EDITOR + " role";
    }
}
