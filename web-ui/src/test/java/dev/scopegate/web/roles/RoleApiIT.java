package dev.scopegate.web.roles;

import static dev.scopegate.web.support.Credentials.admin;
import static dev.scopegate.web.support.Credentials.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.web.support.Api;
import dev.scopegate.web.support.ApiResponse;
import dev.scopegate.web.support.Deployments;
import dev.scopegate.web.support.Fixtures;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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

/** Roles over the REST API: the role-to-scopes table, changes, refusals and escalation. */
@ExtendWith(ArquillianExtension.class)
class RoleApiIT {

    private static final String ROLES = "api/v1/roles";

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
    void roleTableListsTheBuiltInRolesWithTheirScopes() {
        ApiResponse table = api.get(ROLES + "?size=100", admin());

        List<JsonObject> builtIn = table.results().getValuesAs(JsonObject.class).stream()
                .filter(role -> role.getBoolean("builtIn"))
                .toList();
        assertThat(table.status()).isEqualTo(200);
        assertThat(builtIn).extracting(role -> role.getString("name")).containsExactlyInAnyOrder(
                "Account administrator", "Integrations manager", "Communication manager",
                "Analyst");
        JsonObject communication = builtIn.stream()
                .filter(role -> role.getString("name").equals("Communication manager"))
                .findFirst().orElseThrow();
        assertThat(scopes(communication)).contains("message:send", "logs:read");
        assertThat(communication.getJsonArray("scopeGuids")).hasSameSizeAs(scopes(communication));
    }

    @Test
    void customRoleIsCreatedWithScopesByGuidOrName() {
        String smsSendGuid = api.get("api/v1/scopes/sms:message:send", admin()).json()
                .getString("guid");
        String name = unique("Support");

        ApiResponse created = api.postJson(ROLES, admin(), "{\"name\": \"" + name + "\","
                + " \"description\": \"Answers customers\","
                + " \"scopeGuids\": [\"" + smsSendGuid + "\", \"numbers:read\"]}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location").getFirst())
                .endsWith("/api/v1/roles/" + created.json().getString("guid"));
        assertThat(created.json().getBoolean("builtIn")).isFalse();
        assertThat(scopes(created.json())).containsExactly("numbers:read", "sms:message:send");
        assertThat(api.get(ROLES + "/" + created.json().getString("guid"), admin()).json())
                .isEqualTo(created.json());
    }

    @Test
    void patchChangesOnlyWhatIsSentAndAPresentListReplaces() {
        String guid = fixtures.createRole(unique("Ops"), "sms:logs:read", "numbers:read");
        String path = ROLES + "/" + guid;

        ApiResponse renamed = fixtures.patch(path, admin(), "{\"description\": \"Night shift\"}");
        ApiResponse replaced = api.send("PUT", path, admin(), "application/json",
                "{\"scopeGuids\": [\"voice:calls:read\"]}");

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().getString("description")).isEqualTo("Night shift");
        assertThat(scopes(renamed.json())).containsExactly("numbers:read", "sms:logs:read");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(scopes(replaced.json())).containsExactly("voice:calls:read");
        assertThat(replaced.json().getString("description")).isEqualTo("Night shift");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"scopeGuids\": []}|name",
        "{\"name\": \"x\"}|scopeGuids",
        "{\"name\": \"x\", \"scopeGuids\": [], \"colour\": \"red\"}|colour",
        "{\"name\": 42, \"scopeGuids\": []}|name",
        "{\"name\": \"x\", \"scopeGuids\": \"sms:manage\"}|scopeGuids",
        "{\"name\": \"x\", \"scopeGuids\": [\"sms:teleport\"]}|scopeGuids",
        "{\"name\": \"x\", \"scopeGuids\": [\"sms:manage\", \"sms:manage\"]}|scopeGuids",
        "{\"name\": \"x\", \"scopeGuids\": [], \"builtIn\": true}|builtIn",
        "{\"name\": \"   \", \"scopeGuids\": []}|name",
    })
    void badInputIs400NamingThePropertyAndCreatesNothing(String caseText) {
        String body = caseText.substring(0, caseText.lastIndexOf('|'));
        String property = caseText.substring(caseText.lastIndexOf('|') + 1);
        long before = totalRoles();

        ApiResponse response = api.postJson(ROLES, admin(), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("property"))
                .contains(property);
        assertThat(totalRoles()).isEqualTo(before);
    }

    @Test
    void unknownScopesAreNamed() {
        ApiResponse response = api.postJson(ROLES, admin(),
                "{\"name\": \"x\", \"scopeGuids\": [\"sms:teleport\", \"numbers:read\"]}");

        assertThat(response.json().getString("detail")).contains("sms:teleport")
                .doesNotContain("numbers:read");
    }

    @Test
    void duplicateNameIs409AndChangesNothing() {
        String name = unique("Twin");
        String first = fixtures.createRole(name, "numbers:read");

        ApiResponse second = api.postJson(ROLES, admin(),
                "{\"name\": \"" + name + "\", \"scopeGuids\": [\"sms:manage\"]}");
        String other = fixtures.createRole(unique("Other"), "numbers:read");
        ApiResponse rename = fixtures.patch(ROLES + "/" + other, admin(),
                "{\"name\": \"" + name + "\", \"scopeGuids\": [\"sms:manage\"]}");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().getString("property")).isEqualTo("name");
        assertThat(rename.status()).isEqualTo(409);
        assertThat(scopes(api.get(ROLES + "/" + other, admin()).json()))
                .as("the refused update wrote nothing, not even its valid part")
                .containsExactly("numbers:read");
        assertThat(scopes(api.get(ROLES + "/" + first, admin()).json()))
                .containsExactly("numbers:read");
    }

    @Test
    void builtInRolesCanNeitherBeChangedNorDeleted() {
        String analyst = "7a3c2f0e-1d4b-4e6a-9c1f-0a1b2c3d4e04";

        ApiResponse change = fixtures.patch(ROLES + "/" + analyst, admin(),
                "{\"description\": \"mine now\"}");
        ApiResponse delete = api.send("DELETE", ROLES + "/" + analyst, admin(), null, null);

        assertThat(change.status()).isEqualTo(409);
        assertThat(delete.status()).isEqualTo(409);
        assertThat(api.get(ROLES + "/" + analyst, admin()).json().getString("description"))
                .isNotEqualTo("mine now");
    }

    @Test
    void roleInUseCantBeDeletedAndTheAnswerNamesItsHolders() {
        String role = fixtures.createRole(unique("Held"), "numbers:read");
        String holder = unique("holder");
        fixtures.createUser(holder, "password-of-holder", role);

        ApiResponse refused = api.send("DELETE", ROLES + "/" + role, admin(), null, null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains(holder);
        assertThat(api.get(ROLES + "/" + role, admin()).status()).isEqualTo(200);
    }

    @Test
    void unusedCustomRoleIsDeleted() {
        String role = fixtures.createRole(unique("Brief"), "numbers:read");

        ApiResponse deleted = api.send("DELETE", ROLES + "/" + role, admin(), null, null);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(ROLES + "/" + role, admin()).status()).isEqualTo(404);
    }

    @Test
    void unknownRoleIs404() {
        assertThat(api.get(ROLES + "/00000000-0000-4000-8000-00000000dead", admin()).status())
                .isEqualTo(404);
        assertThat(api.get(ROLES + "/not-a-guid", admin()).status()).isEqualTo(404);
    }

    @Test
    void rolesNeedTheirScopes() {
        String reader = fixtures.userWithScopes("scopegate:roles:read");
        String body = "{\"name\": \"" + unique("x") + "\", \"scopeGuids\": []}";

        assertThat(api.get(ROLES).status()).isEqualTo(401);
        assertThat(api.get(ROLES, fixtures.userWithScopes("numbers:read")).status())
                .isEqualTo(403);
        assertThat(api.get(ROLES, reader).status()).isEqualTo(200);
        assertThat(api.postJson(ROLES, reader, body).status()).isEqualTo(403);
    }

    @Test
    void nobodyGivesARoleScopesTheyDoNotHold() {
        String manager = fixtures.userWithScopes("scopegate:roles:write", "sms:message:send");

        ApiResponse escalation = api.postJson(ROLES, manager, "{\"name\": \"" + unique("Up")
                + "\", \"scopeGuids\": [\"sms:manage\", \"sms:message:send\"]}");
        ApiResponse allowed = api.postJson(ROLES, manager, "{\"name\": \"" + unique("Same")
                + "\", \"scopeGuids\": [\"sms:message:send\"]}");

        assertThat(escalation.status()).isEqualTo(403);
        assertThat(escalation.json().getJsonArray("missingScopes").getValuesAs(
                JsonString::getString)).containsExactly("sms:manage");
        assertThat(allowed.status()).isEqualTo(201);
    }

    @Test
    void nobodyChangesOrDeletesARoleHoldingMoreThanThey() {
        String strong = fixtures.createRole(unique("Strong"), "sms:manage");
        String manager = fixtures.userWithScopes("scopegate:roles:write", "sms:message:send");

        ApiResponse change = fixtures.patch(ROLES + "/" + strong, manager,
                "{\"scopeGuids\": [\"sms:message:send\"]}");
        ApiResponse delete = api.send("DELETE", ROLES + "/" + strong, manager, null, null);

        assertThat(change.status()).isEqualTo(403);
        assertThat(delete.status()).isEqualTo(403);
        assertThat(scopes(api.get(ROLES + "/" + strong, admin()).json()))
                .containsExactly("sms:manage");
    }

    @Test
    void roleChangesAreAudited() {
        String name = unique("Audited");
        String role = fixtures.createRole(name, "numbers:read");
        fixtures.patch(ROLES + "/" + role, admin(), "{\"scopeGuids\": [\"sms:logs:read\"]}");

        ApiResponse trail = api.get("api/v1/audit?target=" + role, admin());

        List<JsonObject> rows = trail.results().getValuesAs(JsonObject.class);
        assertThat(rows).extracting(row -> row.getString("type"))
                .containsExactlyInAnyOrder("role.created", "role.updated");
        JsonObject update = rows.stream()
                .filter(row -> row.getString("type").equals("role.updated"))
                .findFirst().orElseThrow();
        assertThat(update.getString("actor")).isEqualTo("admin");
        assertThat(update.getString("clientAddress")).isEqualTo("127.0.0.1");
        assertThat(update.getJsonObject("changes").getJsonObject("scopes").toString())
                .contains("numbers:read", "sms:logs:read");
    }

    private long totalRoles() {
        return api.get(ROLES, admin()).json().getJsonObject("paging").getJsonNumber("totalCount")
                .longValue();
    }

    private static List<String> scopes(JsonObject role) {
        return role.getJsonArray("scopes").getValuesAs(JsonString::getString);
    }
}
