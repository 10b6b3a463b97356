package dev.scopegate.keys.oauth;

import jakarta.json.Json;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Errors of the OAuth2 endpoints in RFC 6749's JSON form ({@code error},
 * {@code error_description}), which OAuth2 client libraries expect instead of problem+json.
 */
final class OAuthErrors {

    private OAuthErrors() {
    }

    static Response invalidRequest(String description) {
        return error(400, "invalid_request", description);
    }

    static Response invalidClient(String description) {
        return Response.fromResponse(error(401, "invalid_client", description))
                .header(HttpHeaders.WWW_AUTHENTICATE,
                        "Basic realm=\"Scopegate\", charset=\"UTF-8\"")
                .build();
    }

    static Response unsupportedGrantType(String description) {
        return error(400, "unsupported_grant_type", description);
    }

    static Response invalidScope(String description) {
        return error(400, "invalid_scope", description);
    }

    private static Response error(int status, String error, String description) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .entity(Json.createObjectBuilder()
                        .add("error", error)
                        .add("error_description", description)
                        .build())
                .build();
    }
}
