package dev.scopegate.web.keys;

import static dev.scopegate.web.support.Credentials.admin;
import static dev.scopegate.web.support.Fixtures.app;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.web.support.Api;
import dev.scopegate.web.support.ApiResponse;
import dev.scopegate.web.support.Deployments;
import dev.scopegate.web.support.Fixtures;
import dev.scopegate.web.support.Fixtures.Person;
import dev.scopegate.web.support.ProbeResource;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.CRC32;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The App scheme: every reason a key is refused, and what a key may do, which is never more
 * than its owner's roles allow now. The probe endpoint accepts {@code sms:message:send}.
 */
@ExtendWith(ArquillianExtension.class)
class AppAuthenticationIT {

    private static final String PROBE = "test/probe";
    private static final String WELL_FORMED_BUT_UNKNOWN = "sgk_"
            + "0123456789abcdefghijABCDEFGHIJ01";

    @ArquillianResource
    URL deployment;

    Api api;
    Fixtures fixtures;
    Person owner;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.scopegate().addClass(ProbeResource.class);
    }

    @BeforeEach
    void createOwner() {
        api = Api.at(deployment);
        fixtures = new Fixtures(api);
        owner = fixtures.person("scopegate:own-keys:manage", "sms:manage", "numbers:read");
    }

    @Test
    void keyWithTheScopeIsLetThroughAndMeShowsTheKey() {
        JsonObject key = key("{\"name\": \"sender\", \"scopeGuids\": [\"sms:message:send\"]}");

        JsonObject me = api.get("api/v1/me", app(key)).json();

        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(200);
        assertThat(me.getString("authentication")).isEqualTo("App");
        assertThat(me.getString("credentialId")).isEqualTo(key.getString("id"));
        assertThat(me.getString("username")).isEqualTo(owner.username());
    }

    @Test
    void manageScopeOfTheProductCoversTheEndpoint() {
        JsonObject key = key("{\"name\": \"manager\", \"scopeGuids\": [\"sms:manage\"]}");

        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(200);
    }

    @Test
    void keyScopeThatDoesNotCoverTheEndpointIs403NamingTheAcceptedScopes() {
        JsonObject key = key("{\"name\": \"numbers\", \"scopeGuids\": [\"numbers:read\"]}");

        ApiResponse response = api.get(PROBE, app(key));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().getJsonArray("requiredScopes").getString(0))
                .isEqualTo("sms:message:send");
    }

    @Test
    void clientSideKeyReachesNoServerEndpoint() {
        fixtures.patch("api/v1/roles/" + owner.roleGuid(), admin(), "{\"scopeGuids\":"
                + " [\"scopegate:own-keys:manage\", \"sms:manage\", \"web:sdk\"]}");
        JsonObject key = key("{\"name\": \"browser\", \"scopeGuids\": [\"web:sdk\"]}");

        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(403);
    }

    @Test
    void malformedUnknownAndMistypedKeysAre401() {
        JsonObject key = key("{\"name\": \"typo\"}");
        String secret = key.getString("apiKeySecret");
        char last = secret.charAt(secret.length() - 1);
        String badChecksum = secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A');
        String mistyped = secret.substring(0, 10) + (secret.charAt(10) == 'x' ? 'y' : 'x')
                + secret.substring(11);

        for (String credentials : new String[] {"not-a-key", "sgk_short", badChecksum,
                mistyped, secret + "0", "sgx_" + secret.substring(4), withChecksum(
                        WELL_FORMED_BUT_UNKNOWN)}) {
            ApiResponse response = api.get(PROBE, "App " + credentials);

            assertThat(response.status()).as(credentials).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).contains("App realm=\"Scopegate\"");
        }
        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(200);
    }

    @Test
    void disabledKeyIs401() {
        JsonObject key = key("{\"name\": \"off\", \"enabled\": false}");

        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(401);
    }

    @Test
    void keyBeforeItsValidityIs401() {
        JsonObject key = key("{\"name\": \"later\", \"validFrom\": \""
                + Instant.now().plusSeconds(3600) + "\"}");

        assertThat(key.getString("status")).isEqualTo("not-yet-valid");
        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(401);
    }

    @Test
    void expiredKeyIs401() throws InterruptedException {
        JsonObject key = key("{\"name\": \"brief\", \"validTo\": \""
                + Instant.now().plusSeconds(2) + "\"}");
        int whileValid = api.get(PROBE, app(key)).status();

        Thread.sleep(2_500);

        assertThat(whileValid).isEqualTo(200);
        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(401);
        assertThat(api.get("api/v1/keys/" + key.getString("id"), owner.basic()).json()
                .getString("status")).isEqualTo("expired");
    }

    @Test
    void keyFromAnAddressOutsideItsRangesIs401() {
        JsonObject elsewhere = key("{\"name\": \"office\", \"allowedIPs\": [\"10.0.0.0/8\","
                + " \"2001:db8::/32\"]}");
        JsonObject local = key("{\"name\": \"local\", \"allowedIPs\": [\"127.0.0.0/8\"]}");

        assertThat(api.get(PROBE, app(elsewhere)).status()).isEqualTo(401);
        assertThat(api.get(PROBE, app(local)).status()).isEqualTo(200);
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() {
        JsonObject key = key("{\"name\": \"proxied\", \"allowedIPs\": [\"203.0.113.0/24\"]}");

        ApiResponse spoofed = api.sendWithHeader(PROBE, app(key), "X-Forwarded-For",
                "203.0.113.7");

        assertThat(spoofed.status()).isEqualTo(401);
    }

    @Test
    void disabledOwnerDisablesTheKey() {
        JsonObject key = key("{\"name\": \"orphan\"}");
        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(200);

        fixtures.patch("api/v1/users/" + owner.guid(), admin(), "{\"enabled\": false}");

        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(401);
    }

    @Test
    void ownerWhoLostTheScopeTakesItFromTheirKeyAtOnce() {
        JsonObject key = key("{\"name\": \"bounded\", \"scopeGuids\": [\"sms:message:send\"]}");
        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(200);

        fixtures.patch("api/v1/roles/" + owner.roleGuid(), admin(),
                "{\"scopeGuids\": [\"scopegate:own-keys:manage\", \"numbers:read\"]}");

        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(403);
        assertThat(api.get("api/v1/me", app(key)).json().getJsonArray("effectiveScopes"))
                .isEmpty();
    }

    @Test
    void ownerWhoLostTheRoleTakesEverythingFromTheirKeys() {
        JsonObject key = key("{\"name\": \"roleless\"}");

        fixtures.patch("api/v1/users/" + owner.guid(), admin(), "{\"roleGuids\": []}");

        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(403);
    }

    @Test
    void refusedKeysAreAuditedWithoutTheSecret() {
        JsonObject key = key("{\"name\": \"audited\", \"enabled\": false}");

        api.get(PROBE, app(key));
        ApiResponse trail = api.get("api/v1/audit?type=authentication.refused&size=100",
                admin());

        assertThat(trail.body()).contains("API key " + key.getString("id") + " is disabled")
                .doesNotContain(key.getString("apiKeySecret"));
    }

    private JsonObject key(String json) {
        return fixtures.createKey(owner.basic(), json);
    }

    /**
     * A well-formed key with a valid checksum that nobody issued: computed the way the format
     * defines it, base62 CRC32 of everything before.
     */
    private static String withChecksum(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        long value = crc.getValue();
        char[] digits = new char[6];
        for (int i = 5; i >= 0; i--) {
            digits[i] = alphabet.charAt((int) (value % 62));
            value /= 62;
        }
        return body + new String(digits);
    }
}
