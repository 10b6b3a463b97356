package dev.scopegate.web.oauth;

import static dev.scopegate.web.support.Credentials.admin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.web.support.Api;
import dev.scopegate.web.support.ApiResponse;
import dev.scopegate.web.support.Credentials;
import dev.scopegate.web.support.Deployments;
import dev.scopegate.web.support.Fixtures;
import dev.scopegate.web.support.Fixtures.Person;
import dev.scopegate.web.support.ProbeResource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The token endpoint and the Bearer scheme over hand-built requests, so that each RFC 6749 and
 * RFC 6750 answer can be checked exactly. Tokens live {@value #LIFETIME} seconds here.
 */
@ExtendWith(ArquillianExtension.class)
class OAuthTokenIT {

    static final int LIFETIME = 4;
    private static final String TOKEN = "oauth2/token";
    private static final String PROBE = "test/probe";

    @ArquillianResource
    URL deployment;

    Api api;
    Fixtures fixtures;
    Person client;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.scopegate().addClass(ProbeResource.class)
                .addAsLibrary(Deployments.configuration(Map.of(
                        "scopegate.oauth.token-lifetime-seconds", String.valueOf(LIFETIME))));
    }

    @BeforeEach
    void createClient() {
        api = Api.at(deployment);
        fixtures = new Fixtures(api);
        client = fixtures.person("sms:message:send", "numbers:read");
    }

    @Test
    void clientCredentialsGrantIssuesATokenWithTheUsersScopes() {
        ApiResponse response = api.postForm(TOKEN, client.basic(),
                "grant_type", "client_credentials");

        JsonObject token = response.json();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).contains("no-store");
        assertThat(token.getString("token_type")).isEqualTo("Bearer");
        assertThat(token.getInt("expires_in")).isEqualTo(LIFETIME);
        assertThat(token.getString("scope")).isEqualTo("numbers:read sms:message:send");
        assertThat(token.getString("access_token")).startsWith("sgt_");
        assertThat(api.get(PROBE, bearer(token)).status()).isEqualTo(200);
    }

    @Test
    void clientMayAuthenticateWithFormFields() {
        ApiResponse response = api.postForm(TOKEN, null, "grant_type", "client_credentials",
                "client_id", client.username(), "client_secret", "password-of-"
                        + client.username());

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void scopeParameterNarrowsTheToken() {
        JsonObject token = api.postForm(TOKEN, client.basic(), "grant_type",
                "client_credentials", "scope", "numbers:read").json();

        ApiResponse me = api.get("api/v1/me", bearer(token));
        ApiResponse probe = api.get(PROBE, bearer(token));

        assertThat(token.getString("scope")).isEqualTo("numbers:read");
        assertThat(me.json().getJsonArray("effectiveScopes").getValuesAs(JsonString::getString))
                .containsExactly("numbers:read");
        assertThat(probe.status()).isEqualTo(403);
        assertThat(probe.json().getJsonArray("requiredScopes").getString(0))
                .isEqualTo("sms:message:send");
        assertThat(probe.header("WWW-Authenticate").getFirst())
                .startsWith("Bearer realm=\"Scopegate\", error=\"insufficient_scope\"")
                .contains("scope=\"sms:message:send\"");
    }

    @Test
    void scopeTheUserLacksIsInvalidScope() {
        ApiResponse lacking = api.postForm(TOKEN, client.basic(), "grant_type",
                "client_credentials", "scope", "numbers:read sms:manage");
        ApiResponse unknown = api.postForm(TOKEN, client.basic(), "grant_type",
                "client_credentials", "scope", "sms:teleport");

        assertThat(lacking.status()).isEqualTo(400);
        assertThat(lacking.json().getString("error")).isEqualTo("invalid_scope");
        assertThat(lacking.json().getString("error_description")).contains("sms:manage");
        assertThat(unknown.json().getString("error")).isEqualTo("invalid_scope");
    }

    @Test
    void badClientsAreInvalidClientWithAChallenge() {
        fixtures.patch("api/v1/users/" + client.guid(), admin(), "{\"enabled\": false}");

        for (String authorization : new String[] {null, client.basic(),
                Credentials.basic("nobody-at-all", "whatever-it-is"),
                "Basic not-base64!"}) {
            ApiResponse response = api.postForm(TOKEN, authorization,
                    "grant_type", "client_credentials");

            assertThat(response.status()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/json");
            assertThat(response.json().getString("error")).isEqualTo("invalid_client");
            assertThat(response.header("WWW-Authenticate").getFirst()).startsWith("Basic");
        }
    }

    @Test
    void malformedRequestsAreInvalidRequest() {
        ApiResponse noGrant = api.postForm(TOKEN, client.basic());
        ApiResponse twoWays = api.postForm(TOKEN, client.basic(), "grant_type",
                "client_credentials", "client_id", client.username());
        ApiResponse repeated = api.postForm(TOKEN, client.basic(), "grant_type",
                "client_credentials", "grant_type", "client_credentials");

        assertThat(noGrant.json().getString("error")).isEqualTo("invalid_request");
        assertThat(twoWays.json().getString("error")).isEqualTo("invalid_request");
        assertThat(repeated.json().getString("error")).isEqualTo("invalid_request");
        assertThat(noGrant.status()).isEqualTo(400);
    }

    @Test
    void otherGrantsAreUnsupported() {
        ApiResponse response = api.postForm(TOKEN, client.basic(), "grant_type", "password",
                "username", client.username(), "password", "x");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().getString("error")).isEqualTo("unsupported_grant_type");
    }

    @Test
    void badTokensAre401WithTheInvalidTokenChallenge() {
        for (String token : new String[] {"not-a-token", "sgt_" + "a".repeat(38),
                issue().getString("access_token") + "x"}) {
            ApiResponse response = api.get(PROBE, "Bearer " + token);

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).anyMatch(challenge ->
                    challenge.startsWith("Bearer realm=\"Scopegate\", error=\"invalid_token\""));
        }
    }

    @Test
    void tokenExpires() throws InterruptedException {
        JsonObject token = issue();
        assertThat(api.get(PROBE, bearer(token)).status()).isEqualTo(200);

        Thread.sleep(LIFETIME * 1000L + 500);

        assertThat(api.get(PROBE, bearer(token)).status()).isEqualTo(401);
    }

    @Test
    void roleChangeCountsForATokenAlreadyIssued() {
        JsonObject token = issue();
        assertThat(api.get(PROBE, bearer(token)).status()).isEqualTo(200);

        fixtures.patch("api/v1/roles/" + client.roleGuid(), admin(),
                "{\"scopeGuids\": [\"numbers:read\"]}");

        assertThat(api.get(PROBE, bearer(token)).status()).isEqualTo(403);
    }

    @Test
    void disabledUserTakesTheirTokensWithThem() {
        JsonObject token = issue();

        fixtures.patch("api/v1/users/" + client.guid(), admin(), "{\"enabled\": false}");

        assertThat(api.get(PROBE, bearer(token)).status()).isEqualTo(401);
    }

    @Test
    void revokedTokenStopsAtOnceAndOnlyItsOwnerCanRevokeIt() {
        JsonObject token = issue();
        Person stranger = fixtures.person("numbers:read");

        ApiResponse byStranger = api.postForm("oauth2/revoke", stranger.basic(), "token",
                token.getString("access_token"));
        int afterStranger = api.get(PROBE, bearer(token)).status();
        ApiResponse byOwner = api.postForm("oauth2/revoke", client.basic(), "token",
                token.getString("access_token"));
        ApiResponse unknown = api.postForm("oauth2/revoke", client.basic(), "token",
                "sgt_unknown");

        assertThat(byStranger.status()).isEqualTo(200);
        assertThat(afterStranger).isEqualTo(200);
        assertThat(byOwner.status()).isEqualTo(200);
        assertThat(api.get(PROBE, bearer(token)).status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(api.postForm("oauth2/revoke", null, "token", "x").status()).isEqualTo(401);
    }

    @Test
    void introspectionDescribesActiveTokensOnly() {
        JsonObject token = issue();
        String secret = token.getString("access_token");

        JsonObject active = api.postForm("oauth2/introspect", admin(), "token", secret).json();
        api.postForm("oauth2/revoke", client.basic(), "token", secret);
        JsonObject revoked = api.postForm("oauth2/introspect", admin(), "token", secret).json();
        JsonObject unknown = api.postForm("oauth2/introspect", admin(), "token",
                "sgt_" + "b".repeat(38)).json();
        JsonObject foreign = api.postForm("oauth2/introspect", admin(), "token",
                "eyJhbGciOiJIUzI1NiJ9.e30.x").json();

        assertThat(active.getBoolean("active")).isTrue();
        assertThat(active.getString("scope")).isEqualTo("numbers:read sms:message:send");
        assertThat(active.getString("client_id")).isEqualTo(client.username());
        assertThat(active.getString("token_type")).isEqualTo("Bearer");
        assertThat(active.getJsonNumber("exp").longValue())
                .isGreaterThan(active.getJsonNumber("iat").longValue());
        for (JsonObject inactive : new JsonObject[] {revoked, unknown, foreign}) {
            assertThat(inactive).isEqualTo(Json.createObjectBuilder()
                    .add("active", false).build());
        }
    }

    @Test
    void introspectionNeedsTheIntrospectionScope() {
        String secret = issue().getString("access_token");

        assertThat(api.postForm("oauth2/introspect", null, "token", secret).status())
                .isEqualTo(401);
        assertThat(api.postForm("oauth2/introspect", client.basic(), "token", secret).status())
                .isEqualTo(403);
    }

    @Test
    void metadataDescribesTheServer() {
        JsonObject metadata = api.get(".well-known/oauth-authorization-server").json();
        String issuer = api.base().toString().replaceAll("/$", "");

        assertThat(metadata.getString("issuer")).isEqualTo(issuer);
        assertThat(metadata.getString("token_endpoint")).isEqualTo(issuer + "/oauth2/token");
        assertThat(metadata.getJsonArray("grant_types_supported").getString(0))
                .isEqualTo("client_credentials");
        assertThat(metadata.getJsonArray("scopes_supported").getValuesAs(JsonString::getString))
                .contains("sms:message:send", "scopegate:manage");
    }

    @Test
    void issuingRevokingAndRefusalsAreAuditedWithoutSecrets() {
        JsonObject token = issue();
        String secret = token.getString("access_token");
        api.postForm("oauth2/revoke", client.basic(), "token", secret);
        api.postForm(TOKEN, null, "grant_type", "client_credentials", "client_id",
                client.username(), "client_secret", "a-wrong-client-secret");

        ApiResponse trail = api.get("api/v1/audit?size=100&actor=" + client.username(),
                admin());
        ApiResponse refusals = api.get("api/v1/audit?type=authentication.refused&size=100",
                admin());

        assertThat(trail.resultValues("type")).contains("token.issued", "token.revoked");
        assertThat(refusals.body()).contains("wrong password for user '" + client.username());
        assertThat(trail.body() + refusals.body()).doesNotContain(secret)
                .doesNotContain("a-wrong-client-secret");
    }

    private JsonObject issue() {
        return api.postForm(TOKEN, client.basic(), "grant_type", "client_credentials").json();
    }

    private static String bearer(JsonObject token) {
        return "Bearer " + token.getString("access_token");
    }
}
