package dev.scopegate.scopes.problem;

import jakarta.json.JsonObjectBuilder;

/**
 * A refusal that the API reports as an RFC 9457 problem. Subclasses name the failure; the one
 * exception mapper turns each into {@code application/problem+json} and rolls nothing forward.
 */
public abstract class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected ProblemException(String detail) {
        super(detail);
    }

    public abstract int status();

    public abstract String title();

    /** A URI naming the problem type; {@code about:blank} where the status says it all. */
    public String type() {
        return "about:blank";
    }

    /** Adds the members that this problem carries besides the standard ones. */
    public void addExtensions(JsonObjectBuilder problem) {
    }
}
