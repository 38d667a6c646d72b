package io.newsgraph.common;

/**
 * A failure the caller can act on. Its message is shown to the client and its {@link #code()} becomes
 * {@code extensions.code}; {@link #field()} names the offending input field when there is one.
 */
public abstract class ApiException extends RuntimeException {

    private final String field;

    protected ApiException(String message, String field) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public abstract String code();
}
