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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Users over the REST API: changes, refusals, escalation and the bootstrap administrator. */
@ExtendWith(ArquillianExtension.class)
class UserApiIT {

    private static final String USERS = "api/v1/users";
    private static final String ACCOUNT_ADMINISTRATOR = "7a3c2f0e-1d4b-4e6a-9c1f-0a1b2c3d4e01";
    private static final String PASSWORD = "correct-horse-battery";

    @ArquillianResource
    URL deployment;

    Api api;
    Fixtures fixtures;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.scopegate();
    }

    @BeforeEach
    void connect() {
        api = Api.at(deployment);
        fixtures = new Fixtures(api);
    }

    @Test
    void bootstrapAdministratorHoldsTheAccountAdministratorRole() {
        ApiResponse found = api.get(USERS + "?username=admin", admin());

        JsonObject administrator = found.results().getValuesAs(JsonObject.class).stream()
                .filter(user -> user.getString("username").equals("admin"))
                .findFirst().orElseThrow();
        assertThat(administrator.getBoolean("enabled")).isTrue();
        assertThat(administrator.getJsonArray("roleGuids").getValuesAs(JsonString::getString))
                .containsExactly(ACCOUNT_ADMINISTRATOR);
    }

    @Test
    void userIsCreatedWithoutEverShowingThePassword() {
        String role = fixtures.createRole(unique("Sender"), "sms:message:send");
        String username = unique("ana");

        ApiResponse created = api.postJson(USERS, admin(), "{\"username\": \"" + username
                + "\", \"displayName\": \"Ana Lima\", \"password\": \"" + PASSWORD
                + "\", \"roleGuids\": [\"" + role + "\"]}");
        String guid = created.json().getString("guid");
        ApiResponse read = api.get(USERS + "/" + guid, admin());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location").getFirst()).endsWith("/api/v1/users/" + guid);
        assertThat(read.json().getString("displayName")).isEqualTo("Ana Lima");
        assertThat(read.json().getBoolean("enabled")).isTrue();
        assertThat(read.json().getJsonArray("roleGuids").getString(0)).isEqualTo(role);
        assertThat(created.body() + read.body()).doesNotContain(PASSWORD)
                .doesNotContainIgnoringCase("hash").doesNotContain("PBKDF2");
        assertThat(api.get("api/v1/me", basic(username, PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void usersAreListedInPagesAndFiltered() {
        String prefix = unique("page");
        for (int i = 0; i < 3; i++) {
            fixtures.createUser(prefix + "-" + i, PASSWORD);
        }
        fixtures.patch(USERS + "/" + guidOf(prefix + "-2"), admin(), "{\"enabled\": false}");

        ApiResponse firstPage = api.get(USERS + "?username=" + prefix + "&size=2", admin());
        ApiResponse disabled = api.get(USERS + "?username=" + prefix + "&enabled=false", admin());

        assertThat(firstPage.resultValues("username")).containsExactly(prefix + "-0",
                prefix + "-1");
        assertThat(firstPage.json().getJsonObject("paging").getInt("totalCount")).isEqualTo(3);
        assertThat(firstPage.json().getJsonObject("paging").getInt("totalPages")).isEqualTo(2);
        assertThat(disabled.resultValues("username")).containsExactly(prefix + "-2");
        assertThat(api.get(USERS + "?enabled=maybe", admin()).status()).isEqualTo(400);
    }

    @Test
    void patchChangesOnlyWhatIsSentAndRolesAreReplaced() {
        String first = fixtures.createRole(unique("First"), "numbers:read");
        String second = fixtures.createRole(unique("Second"), "sms:logs:read");
        String guid = fixtures.createUser(unique("bo"), PASSWORD, first);

        ApiResponse renamed = fixtures.patch(USERS + "/" + guid, admin(),
                "{\"displayName\": \"Bo\"}");
        ApiResponse reassigned = api.send("PUT", USERS + "/" + guid, admin(), "application/json",
                "{\"roleGuids\": [\"" + second + "\"]}");

        assertThat(renamed.json().getString("displayName")).isEqualTo("Bo");
        assertThat(renamed.json().getJsonArray("roleGuids").getString(0)).isEqualTo(first);
        assertThat(reassigned.json().getJsonArray("roleGuids").getValuesAs(JsonString::getString))
                .containsExactly(second);
        assertThat(reassigned.json().getString("displayName")).isEqualTo("Bo");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"password\": \"correct-horse-battery\"}|username",
        "{\"username\": \"cy\"}|password",
        "{\"username\": \"cy\", \"password\": \"short\"}|password",
        "{\"username\": \"c y!\", \"password\": \"correct-horse-battery\"}|username",
        "{\"username\": \"cy\", \"password\": \"correct-horse-battery\", \"age\": 3}|age",
        "{\"username\": \"cy\", \"password\": \"correct-horse-battery\", \"enabled\": \"yes\"}"
                + "|enabled",
        "{\"username\": \"cy\", \"password\": \"correct-horse-battery\", \"roleGuids\": [\"x\"]}"
                + "|roleGuids",
        "{\"username\": \"cy\", \"password\": \"correct-horse-battery\","
                + " \"roleGuids\": [\"00000000-0000-4000-8000-00000000dead\"]}|roleGuids",
        "{\"username\": \"cy\", \"password\": \"correct-horse-battery\", \"guid\": \"x\"}|guid",
    })
    void badInputIs400NamingThePropertyAndCreatesNothing(String caseText) {
        String body = caseText.substring(0, caseText.lastIndexOf('|'));
        String property = caseText.substring(caseText.lastIndexOf('|') + 1);

        ApiResponse response = api.postJson(USERS, admin(), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("property"))
                .contains(property);
        assertThat(api.get(USERS + "?username=cy", admin()).resultValues("username"))
                .doesNotContain("cy");
    }

    @Test
    void shortPasswordIsRefusedWithAClearMessage() {
        ApiResponse response = api.postJson(USERS, admin(),
                "{\"username\": \"" + unique("dee") + "\", \"password\": \"elevenchars\"}");

        assertThat(response.json().getString("detail"))
                .isEqualTo("password: must be at least 12 characters long");
    }

    @Test
    void duplicateUsernameIs409() {
        String username = unique("eve");
        fixtures.createUser(username, PASSWORD);

        ApiResponse second = api.postJson(USERS, admin(), "{\"username\": \"" + username
                + "\", \"password\": \"" + PASSWORD + "\"}");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().getString("property")).isEqualTo("username");
    }

    @Test
    void deletedUserIsGoneAndCanNoLongerSignIn() {
        String username = unique("fay");
        String guid = fixtures.createUser(username, PASSWORD);

        ApiResponse deleted = api.send("DELETE", USERS + "/" + guid, admin(), null, null);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(USERS + "/" + guid, admin()).status()).isEqualTo(404);
        assertThat(api.get("api/v1/me", basic(username, PASSWORD)).status()).isEqualTo(401);
    }

    @Test
    void usersNeedTheirScopes() {
        String reader = fixtures.userWithScopes("scopegate:users:read");
        String body = "{\"username\": \"" + unique("gus") + "\", \"password\": \"" + PASSWORD
                + "\"}";

        assertThat(api.get(USERS).status()).isEqualTo(401);
        assertThat(api.get(USERS, fixtures.userWithScopes("numbers:read")).status())
                .isEqualTo(403);
        assertThat(api.get(USERS, reader).status()).isEqualTo(200);
        assertThat(api.postJson(USERS, reader, body).status()).isEqualTo(403);
    }

    @Test
    void nobodyGivesARoleWhoseScopesTheyDoNotHold() {
        String manager = fixtures.userWithScopes("scopegate:users:write", "numbers:read");

        ApiResponse escalation = api.postJson(USERS, manager, "{\"username\": \""
                + unique("hal") + "\", \"password\": \"" + PASSWORD + "\", \"roleGuids\": [\""
                + ACCOUNT_ADMINISTRATOR + "\"]}");

        assertThat(escalation.status()).isEqualTo(403);
        assertThat(escalation.json().getJsonArray("missingScopes").getValuesAs(
                JsonString::getString)).contains("scopegate:manage", "sms:manage");
    }

    @Test
    void nobodyTakesOverAUserHoldingMoreThanThey() {
        String manager = fixtures.userWithScopes("scopegate:users:write");
        String adminGuid = guidOf("admin");

        ApiResponse passwordReset = fixtures.patch(USERS + "/" + adminGuid, manager,
                "{\"password\": \"i-own-you-now-123\"}");
        ApiResponse delete = api.send("DELETE", USERS + "/" + adminGuid, manager, null, null);

        assertThat(passwordReset.status()).isEqualTo(403);
        assertThat(delete.status()).isEqualTo(403);
        assertThat(api.get("api/v1/me", basic("admin", "i-own-you-now-123")).status())
                .isEqualTo(401);
    }

    @Test
    void nobodyDisablesOrDeletesThemselves() {
        String username = unique("ida");
        String role = fixtures.createRole(unique("Managers"), "scopegate:users:write",
                "scopegate:users:read");
        String guid = fixtures.createUser(username, PASSWORD, role);
        String self = basic(username, PASSWORD);

        ApiResponse disable = fixtures.patch(USERS + "/" + guid, self, "{\"enabled\": false}");
        ApiResponse delete = api.send("DELETE", USERS + "/" + guid, self, null, null);

        assertThat(disable.status()).isEqualTo(409);
        assertThat(delete.status()).isEqualTo(409);
        assertThat(api.get(USERS + "/" + guid, admin()).json().getBoolean("enabled")).isTrue();
    }

    @Test
    void userChangesAreAuditedWithoutThePassword() {
        String guid = fixtures.createUser(unique("jo"), PASSWORD);
        fixtures.patch(USERS + "/" + guid, admin(), "{\"password\": \"another-secret-value\"}");

        ApiResponse trail = api.get("api/v1/audit?target=" + guid, admin());

        assertThat(trail.resultValues("type")).containsExactlyInAnyOrder("user.created",
                "user.updated");
        assertThat(trail.body()).contains("\"password\":\"changed\"")
                .doesNotContain(PASSWORD).doesNotContain("another-secret-value");
    }

    private String guidOf(String username) {
        return api.get(USERS + "?username=" + username + "&size=100", admin()).results()
                .getValuesAs(JsonObject.class).stream()
                .filter(user -> user.getString("username").equals(username))
                .map(user -> user.getString("guid"))
                .findFirst().orElseThrow();
    }
}
