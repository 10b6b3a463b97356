package dev.scopegate.keys.oauth;

import dev.scopegate.scopes.catalog.CatalogService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * RFC 8414 metadata, so that OAuth2 client libraries find the endpoints themselves. The issuer
 * is {@code scopegate.oauth.issuer} when set, else the address the request came to.
 */
@Path("/.well-known/oauth-authorization-server")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@RequestScoped
public class AuthorizationServerMetadataResource {

    static final String ISSUER_PROPERTY = "scopegate.oauth.issuer";
    private static final List<String> CLIENT_AUTH = List.of("client_secret_basic",
            "client_secret_post");

    @Inject
    CatalogService catalog;

    @Inject
    Config config;

    @GET
    public JsonObject metadata(@Context UriInfo uri) {
        String issuer = config.getOptionalValue(ISSUER_PROPERTY, String.class)
                .filter(value -> !value.isBlank())
                .orElseGet(() -> uri.getBaseUri().toString())
                .replaceAll("/+$", "");
        JsonArrayBuilder scopes = Json.createArrayBuilder();
        catalog.catalog().scopes().forEach(scope -> scopes.add(scope.name().value()));
        return Json.createObjectBuilder()
                .add("issuer", issuer)
                .add("token_endpoint", issuer + "/oauth2/token")
                .add("revocation_endpoint", issuer + "/oauth2/revoke")
                .add("introspection_endpoint", issuer + "/oauth2/introspect")
                .add("grant_types_supported", Json.createArrayBuilder(
                        List.of("client_credentials")))
                .add("response_types_supported", Json.createArrayBuilder())
                .add("token_endpoint_auth_methods_supported", Json.createArrayBuilder(CLIENT_AUTH))
                .add("revocation_endpoint_auth_methods_supported",
                        Json.createArrayBuilder(CLIENT_AUTH))
                .add("introspection_endpoint_auth_methods_supported", Json.createArrayBuilder(
                        List.of("client_secret_basic")))
                .add("scopes_supported", scopes)
                .build();
    }
}
