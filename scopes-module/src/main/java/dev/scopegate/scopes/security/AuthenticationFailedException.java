package dev.scopegate.scopes.security;

/**
 * Credentials that were refused. The reason goes to the audit trail and never to the client, who
 * sees the same 401 for every refusal; it must not contain the credentials.
 */
public class AuthenticationFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String challenge;

    public AuthenticationFailedException(String reason) {
        this(reason, null);
    }

    /** @param challenge a {@code WWW-Authenticate} value that replaces the scheme's plain one */
    public AuthenticationFailedException(String reason, String challenge) {
        super(reason);
        this.challenge = challenge;
    }

    public String challenge() {
        return challenge;
    }
}
