package dev.scopegate.scopes.problem;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** A request body beyond the configured limit: 413, naming the body as the property at fault. */
public class PayloadTooLargeException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(long limitBytes) {
        super("The request body is larger than " + limitBytes + " bytes.");
    }

    @Override
    public int status() {
        return 413;
    }

    @Override
    public String title() {
        return "Payload Too Large";
    }

    @Override
    public void addExtensions(JsonObjectBuilder problem) {
        problem.add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("property", "body")
                .add("message", getMessage())));
    }
}
