package dev.scopegate.scopes.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request whose input is wrong: 400, naming each property at fault. */
public class InvalidInputException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> errors;

    public InvalidInputException(String property, String message) {
        this(Map.of(property, message));
    }

    public InvalidInputException(Map<String, String> errors) {
        super(describe(errors));
        this.errors = new LinkedHashMap<>(errors);
    }

    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid input";
    }

    @Override
    public String type() {
        return "urn:scopegate:problem:invalid-input";
    }

    @Override
    public void addExtensions(JsonObjectBuilder problem) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        errors.forEach((property, message) -> list.add(Json.createObjectBuilder()
                .add("property", property)
                .add("message", message)));
        problem.add("errors", list);
    }

    private static String describe(Map<String, String> errors) {
        StringBuilder detail = new StringBuilder();
        errors.forEach((property, message) -> detail.append(detail.isEmpty() ? "" : "; ")
                .append(property).append(": ").append(message));
        return detail.toString();
    }
}
