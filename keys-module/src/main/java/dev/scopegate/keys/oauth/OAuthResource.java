package dev.scopegate.keys.oauth;

import dev.scopegate.keys.domain.SecretFormat;
import dev.scopegate.keys.oauth.ClientAuthentication.ClientRefusedException;
import dev.scopegate.keys.oauth.TokenService.InvalidScopeException;
import dev.scopegate.keys.oauth.TokenService.IssuedToken;
import dev.scopegate.roles.application.UserAccounts.Account;
import dev.scopegate.scopes.security.RequiresScope;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The OAuth2 endpoints: tokens by the client credentials grant (RFC 6749, 4.4), where the
 * client is a user; revocation (RFC 7009); introspection (RFC 7662).
 */
@Path("/oauth2")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OAuthResource {

    private static final String CLIENT_CREDENTIALS = "client_credentials";

    @Inject
    ClientAuthentication clients;

    @Inject
    TokenService tokens;

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    public Response token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            MultivaluedMap<String, String> form) {
        Optional<Response> repeated = repeatedParameter(form);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        String grantType = form.getFirst("grant_type");
        if (grantType == null || grantType.isBlank()) {
            return OAuthErrors.invalidRequest("grant_type is required");
        }
        Account client;
        try {
            client = clients.authenticate(authorization, form);
        } catch (ClientRefusedException refused) {
            return refused.response();
        }
        if (!CLIENT_CREDENTIALS.equals(grantType)) {
            return OAuthErrors.unsupportedGrantType("Only client_credentials is supported");
        }

        IssuedToken issued;
        try {
            issued = tokens.issue(client, scopesOf(form.getFirst("scope")));
        } catch (InvalidScopeException refused) {
            return OAuthErrors.invalidScope(refused.getMessage());
        }

        JsonObject body = Json.createObjectBuilder()
                .add("access_token", issued.secret())
                .add("token_type", BearerAuthenticator.SCHEME)
                .add("expires_in", issued.expiresInSeconds())
                .add("scope", String.join(" ", issued.scopes()))
                .build();
        return noStore(Response.ok(body)).build();
    }

    /** Always 200 for an authenticated client, whether or not the token was its own. */
    @POST
    @Path("/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            MultivaluedMap<String, String> form) {
        Optional<Response> repeated = repeatedParameter(form);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        String token = form.getFirst("token");
        if (token == null || token.isBlank()) {
            return OAuthErrors.invalidRequest("token is required");
        }
        Account client;
        try {
            client = clients.authenticate(authorization, form);
        } catch (ClientRefusedException refused) {
            return refused.response();
        }

        tokens.revoke(client, token.strip());

        return noStore(Response.ok()).build();
    }

    /** Inactive, unknown and foreign tokens all answer {@code {"active": false}}. */
    @POST
    @Path("/introspect")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresScope("scopegate:tokens:introspect")
    public Response introspect(MultivaluedMap<String, String> form) {
        String token = Optional.ofNullable(form.getFirst("token")).map(String::strip).orElse("");
        if (token.isEmpty()) {
            return OAuthErrors.invalidRequest("token is required");
        }
        Optional<VerifiedToken> found = SecretFormat.ACCESS_TOKEN.isWellFormed(token)
                ? tokens.load(SecretFormat.hash(token)) : Optional.empty();
        Optional<VerifiedToken> active = found
                .filter(verified -> verified.refusalAt(Instant.now()) == null);

        JsonObject body = active.map(OAuthResource::describe)
                .orElseGet(() -> Json.createObjectBuilder().add("active", false).build());
        return noStore(Response.ok(body)).build();
    }

    private static JsonObject describe(VerifiedToken token) {
        return Json.createObjectBuilder()
                .add("active", true)
                .add("scope", String.join(" ", token.grantedScopes().stream().sorted().toList()))
                .add("client_id", token.username())
                .add("username", token.username())
                .add("sub", token.userGuid().toString())
                .add("token_type", BearerAuthenticator.SCHEME)
                .add("iat", token.issuedAt().getEpochSecond())
                .add("exp", token.expiresAt().getEpochSecond())
                .build();
    }

    private static List<String> scopesOf(String scope) {
        if (scope == null || scope.isBlank()) {
            return List.of();
        }
        return Arrays.stream(scope.strip().split(" +")).distinct().toList();
    }

    private static Optional<Response> repeatedParameter(MultivaluedMap<String, String> form) {
        return form.entrySet().stream()
                .filter(parameter -> parameter.getValue().size() > 1)
                .findFirst()
                .map(parameter -> OAuthErrors.invalidRequest(parameter.getKey()
                        + " is repeated"));
    }

    private static Response.ResponseBuilder noStore(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache");
    }
}
