package dev.scopegate.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.web.support.Api;
import dev.scopegate.web.support.ApiResponse;
import dev.scopegate.web.support.Deployments;
import dev.scopegate.web.support.ProbeResource;
import dev.scopegate.web.support.TestAuthenticator;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The enforcement filter, the authenticator SPI and the problem format, over real HTTP. */
@ExtendWith(ArquillianExtension.class)
class ScopeEnforcementIT {

    private static final String PROBE = "test/probe";
    private static final String SENDER = "Test sms:message:send";

    @ArquillianResource
    URL deployment;

    Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.scopegateWithTestAuthenticator().addClass(ProbeResource.class);
    }

    @BeforeEach
    void connect() {
        api = Api.at(deployment);
    }

    @Test
    void missingCredentialsAre401WithAChallengePerScheme() {
        ApiResponse response = api.get(PROBE);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().getInt("status")).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate"))
                .contains("Test realm=\"scopegate-tests\"");
    }

    @Test
    void unknownSchemeIs401() {
        ApiResponse response = api.get(PROBE, "Digest username=\"x\"");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isNotEmpty();
    }

    @Test
    void malformedCredentialsAre401() {
        ApiResponse response = api.get(PROBE, "Test <not valid>");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().getString("title")).isEqualTo("Unauthorized");
    }

    @Test
    void callerWithoutAnAcceptedScopeIs403NamingTheAcceptedScopes() {
        ApiResponse response = api.get(PROBE, "Test numbers:read");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().getJsonArray("requiredScopes").getString(0))
                .isEqualTo("sms:message:send");
        assertThat(response.json().getString("detail")).contains("sms:message:send");
        assertThat(response.header("WWW-Authenticate"))
                .containsExactly("Test error=\"insufficient_scope\", scope=\"sms:message:send\"");
    }

    @Test
    void callerHoldingTheScopeIsLetThrough() {
        ApiResponse response = api.get(PROBE, SENDER);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().getString("caller")).isEqualTo("tester");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sms:manage", "message:send"})
    void aCoveringScopeIsEnough(String coveringScope) {
        ApiResponse response = api.get(PROBE, "Test " + coveringScope);

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void aSiblingProductsManageScopeIsNotEnough() {
        assertThat(api.get(PROBE, "Test whatsapp:manage").status()).isEqualTo(403);
    }

    @Test
    void aClientSideScopeCoversNothing() {
        assertThat(api.get(PROBE, "Test web:sdk").status()).isEqualTo(403);
    }

    @Test
    void publicEndpointNeedsNoCredentials() {
        ApiResponse response = api.get(PROBE + "/public");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().getBoolean("public")).isTrue();
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() {
        ApiResponse response = api.get(PROBE, SENDER);
        ApiResponse spoofed = api.sendWithHeader(PROBE, SENDER, "X-Forwarded-For", "203.0.113.9");

        assertThat(spoofed.json().getString("clientAddress"))
                .isEqualTo(response.json().getString("clientAddress"))
                .isEqualTo("127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "test/probe/",
        "test/probe;scope=sms:manage",
        "test//probe",
        "test/probe/public/../",
        "test/probe/public/..%2F",
        "test/probe%2Fpublic/..",
        "test/./probe",
        "test/PROBE/../probe",
    })
    void pathTricksNeverReachAnEndpointWithoutItsCheck(String trickPath) {
        ApiResponse anonymous = api.getRaw(trickPath, null);
        ApiResponse withoutScope = api.getRaw(trickPath, "Test numbers:read");

        assertThat(anonymous.status()).isIn(400, 401, 404);
        assertThat(withoutScope.status()).isIn(400, 403, 404);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(withoutScope.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownPathIs404Problem() {
        ApiResponse response = api.get("api/v1/nothing-here", SENDER);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().getInt("status")).isEqualTo(404);
    }

    @Test
    void wrongMethodIs405ProblemWithAllow() {
        ApiResponse response = api.send("DELETE", PROBE + "/public", null, null, null);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Allow").toString()).contains("GET");
    }

    @Test
    void wrongContentTypeIs415Problem() {
        ApiResponse response = api.send("POST", PROBE + "/echo", SENDER, "text/plain", "hello");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void malformedJsonIs400Problem() {
        ApiResponse response = api.postJson(PROBE + "/echo", SENDER, "{\"name\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().getString("title")).isEqualTo("Malformed JSON");
    }

    @Test
    void oversizedBodyIs413BeforeAnythingIsParsed() {
        String big = "{\"name\": \"" + "x".repeat(70 * 1024) + "\"}";

        ApiResponse declared = api.postJson(PROBE + "/echo", SENDER, big);
        ApiResponse chunked = api.postChunked(PROBE + "/echo", SENDER, big);

        for (ApiResponse response : List.of(declared, chunked)) {
            assertThat(response.status()).isEqualTo(413);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().getJsonArray("errors").getJsonObject(0)
                    .getString("property")).isEqualTo("body");
        }
    }

    @Test
    void wellFormedJsonReachesTheEndpoint() {
        ApiResponse response = api.postJson(PROBE + "/echo", SENDER, "{\"name\": \"x\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().getString("name")).isEqualTo("x");
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() {
        ApiResponse response = api.get(PROBE + "/failure");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonObject problem = response.json();
        assertThat(problem.getString("incident")).isNotBlank();
        assertThat(response.body())
                .doesNotContain(ProbeResource.INTERNAL_DETAIL)
                .doesNotContain("Exception")
                .doesNotContain("at dev.scopegate");
    }

    @Test
    void schemesMatchCaseInsensitively() {
        String lowerCase = TestAuthenticator.SCHEME.toLowerCase(java.util.Locale.ROOT);

        assertThat(api.get(PROBE, lowerCase + " sms:message:send").status()).isEqualTo(200);
    }
}
