package dev.scopegate.web.roles;

import static dev.scopegate.web.support.Credentials.admin;
import static dev.scopegate.web.support.Credentials.basic;
import static dev.scopegate.web.support.Credentials.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.web.support.Api;
import dev.scopegate.web.support.ApiResponse;
import dev.scopegate.web.support.Deployments;
import dev.scopegate.web.support.Fixtures;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Basic scheme: every bad credential gets the same 401, scopes come from roles, and every
 * change to a user or role counts on the very next request, cache or not.
 */
@ExtendWith(ArquillianExtension.class)
class BasicAuthenticationIT {

    private static final String ME = "api/v1/me";
    private static final String PASSWORD = "correct-horse-battery";

    @ArquillianResource
    URL deployment;

    Api api;
    Fixtures fixtures;
    String username;
    String userGuid;
    String roleGuid;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.scopegate();
    }

    @BeforeEach
    void createUser() {
        api = Api.at(deployment);
        fixtures = new Fixtures(api);
        username = unique("kim");
        roleGuid = fixtures.createRole(unique("Readers"), "scopegate:scopes:read");
        userGuid = fixtures.createUser(username, PASSWORD, roleGuid);
    }

    @Test
    void meShowsTheCallerTheSchemeAndTheScopes() {
        fixtures.patch("api/v1/roles/" + roleGuid, admin(),
                "{\"scopeGuids\": [\"sms:manage\"]}");

        JsonObject me = api.get(ME, basic(username, PASSWORD)).json();

        assertThat(me.getString("username")).isEqualTo(username);
        assertThat(me.getString("userGuid")).isEqualTo(userGuid);
        assertThat(me.getString("authentication")).isEqualTo("Basic");
        assertThat(me.getJsonArray("grantedScopes").getValuesAs(JsonString::getString))
                .containsExactly("sms:manage");
        assertThat(me.getJsonArray("effectiveScopes").getValuesAs(JsonString::getString))
                .contains("sms:manage", "sms:message:send", "sms:logs:read");
    }

    @Test
    void everyRefusalLooksTheSame() {
        fixtures.patch("api/v1/users/" + userGuid, admin(), "{\"enabled\": false}");
        List<String> refused = List.of(
                basic(username, PASSWORD),
                basic(username, "wrong-password-here"),
                basic(unique("nobody"), PASSWORD),
                "Basic !!!not-base64!!!",
                "Basic " + Base64.getEncoder().encodeToString(
                        "no-colon-here".getBytes(StandardCharsets.UTF_8)),
                "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xC3, ':', 'x'}),
                "Basic");

        for (String authorization : refused) {
            ApiResponse response = api.get(ME, authorization);

            assertThat(response.status()).as(authorization).isEqualTo(401);
            assertThat(response.body()).isEqualTo(api.get(ME).body());
            assertThat(response.header("WWW-Authenticate"))
                    .contains("Basic realm=\"Scopegate\", charset=\"UTF-8\"");
        }
    }

    @Test
    void utf8PasswordsWork() {
        String name = unique("zoe");
        fixtures.createUser(name, "pässwörd-çà-ñ-€", roleGuid);

        assertThat(api.get(ME, basic(name, "pässwörd-çà-ñ-€")).status()).isEqualTo(200);
        assertThat(api.get(ME, basic(name, "passwort-ca-n-e")).status()).isEqualTo(401);
    }

    @Test
    void passwordChangeCountsOnTheNextRequest() {
        assertThat(api.get(ME, basic(username, PASSWORD)).status()).isEqualTo(200);

        fixtures.patch("api/v1/users/" + userGuid, admin(),
                "{\"password\": \"a-brand-new-password\"}");

        assertThat(api.get(ME, basic(username, PASSWORD)).status()).isEqualTo(401);
        assertThat(api.get(ME, basic(username, "a-brand-new-password")).status()).isEqualTo(200);
    }

    @Test
    void disablingCountsOnTheNextRequest() {
        assertThat(api.get(ME, basic(username, PASSWORD)).status()).isEqualTo(200);

        fixtures.patch("api/v1/users/" + userGuid, admin(), "{\"enabled\": false}");

        assertThat(api.get(ME, basic(username, PASSWORD)).status()).isEqualTo(401);
    }

    @Test
    void roleChangesCountOnTheNextRequest() {
        String caller = basic(username, PASSWORD);
        assertThat(api.get("api/v1/scopes", caller).status()).isEqualTo(200);

        fixtures.patch("api/v1/roles/" + roleGuid, admin(), "{\"scopeGuids\": [\"numbers:read\"]}");
        int afterRoleLostScope = api.get("api/v1/scopes", caller).status();
        fixtures.patch("api/v1/roles/" + roleGuid, admin(),
                "{\"scopeGuids\": [\"scopegate:scopes:read\"]}");
        int afterRoleRegainedIt = api.get("api/v1/scopes", caller).status();
        fixtures.patch("api/v1/users/" + userGuid, admin(), "{\"roleGuids\": []}");
        int afterUserLostRole = api.get("api/v1/scopes", caller).status();

        assertThat(afterRoleLostScope).isEqualTo(403);
        assertThat(afterRoleRegainedIt).isEqualTo(200);
        assertThat(afterUserLostRole).isEqualTo(403);
    }

    @Test
    void refusedSignInsAreAuditedWithoutThePassword() {
        api.get(ME, basic(username, "guessed-password-1"));

        ApiResponse trail = api.get("api/v1/audit?type=authentication.refused&size=100",
                admin());

        assertThat(trail.body()).contains("wrong password for user '" + username + "'")
                .doesNotContain("guessed-password-1");
    }
}
