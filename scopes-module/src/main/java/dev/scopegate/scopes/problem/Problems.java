package dev.scopegate.scopes.problem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.function.Consumer;

/** Builds RFC 9457 problem responses; every error of the API goes out through here. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response response(int status, String type, String title, String detail,
            Consumer<JsonObjectBuilder> extensions) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        extensions.accept(body);
        return Response.status(status).type(MEDIA_TYPE).entity(body.build()).build();
    }

    public static Response response(int status, String title, String detail) {
        return response(status, "about:blank", title, detail, body -> { });
    }

    public static Response of(ProblemException problem) {
        return response(problem.status(), problem.type(), problem.title(), problem.getMessage(),
                problem::addExtensions);
    }

    /** The body alone, for writers outside JAX-RS such as the servlet error page. */
    public static JsonObject body(int status, String title, String detail) {
        return (JsonObject) response(status, title, detail).getEntity();
    }
}
