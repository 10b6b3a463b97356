package dev.scopegate.scopes.domain;

/** A text that is not a well-formed scope name or scope pattern; the message says why. */
public class InvalidScopeNameException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidScopeNameException(String text, String reason) {
        super("'" + text + "' is not a valid scope name: " + reason);
    }
}
