package dev.scopegate.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.List;

/** What the server answered. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    public JsonObject json() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    public List<String> header(String name) {
        return headers.allValues(name);
    }

    /** The {@code results} of a paged list. */
    public JsonArray results() {
        return json().getJsonArray("results");
    }

    /** One string member of each object in the {@code results} of a paged list. */
    public List<String> resultValues(String member) {
        return results().getValuesAs(JsonObject.class).stream()
                .map(object -> object.get(member) instanceof JsonString text
                        ? text.getString() : String.valueOf(object.get(member)))
                .toList();
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
