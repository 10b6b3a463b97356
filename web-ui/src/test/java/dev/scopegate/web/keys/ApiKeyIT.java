package dev.scopegate.web.keys;

import static dev.scopegate.web.support.Credentials.admin;
import static dev.scopegate.web.support.Credentials.unique;
import static dev.scopegate.web.support.Fixtures.app;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.web.support.Api;
import dev.scopegate.web.support.ApiResponse;
import dev.scopegate.web.support.Deployments;
import dev.scopegate.web.support.Fixtures;
import dev.scopegate.web.support.Fixtures.Person;
import dev.scopegate.web.support.ProbeResource;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
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

/** Managing API keys over the REST API, every rule of DESIGN.md's "API keys" section. */
@ExtendWith(ArquillianExtension.class)
class ApiKeyIT {

    private static final String KEYS = "api/v1/keys";
    private static final String PROBE = "test/probe";

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
        owner = fixtures.person("scopegate:own-keys:manage", "sms:message:send", "numbers:read");
    }

    @Test
    void keyWithoutScopesInheritsItsOwnersRoleScopesAndFollowsThem() {
        ApiResponse created = api.postJson(KEYS, owner.basic(), "{\"name\": \"inherits\"}");
        JsonObject key = created.json();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location").getFirst()).endsWith("/api/v1/keys/"
                + key.getString("id"));
        assertThat(key.getBoolean("inheritsRoleScopes")).isTrue();
        assertThat(names(key)).containsExactly("numbers:read", "scopegate:own-keys:manage",
                "sms:message:send");
        assertThat(key.getString("apiKeySecret")).startsWith("sgk_");
        assertThat(key.getString("hint")).isEqualTo("sgk_..."
                + key.getString("apiKeySecret").substring(38));
        assertThat(Duration.between(Instant.parse(key.getString("validFrom")),
                Instant.parse(key.getString("validTo"))).toDays()).isEqualTo(365);
        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(200);

        fixtures.patch("api/v1/roles/" + owner.roleGuid(), admin(),
                "{\"scopeGuids\": [\"scopegate:own-keys:manage\", \"numbers:read\"]}");

        assertThat(names(api.get(KEYS + "/" + key.getString("id"), owner.basic()).json()))
                .containsExactly("numbers:read", "scopegate:own-keys:manage");
        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(403);
    }

    @Test
    void keyWithScopesHoldsExactlyThemByGuidOrName() {
        String numbersGuid = api.get("api/v1/scopes/numbers:read", admin()).json()
                .getString("guid");

        JsonObject key = fixtures.createKey(owner.basic(), "{\"name\": \"explicit\","
                + " \"scopeGuids\": [\"sms:message:send\", \"" + numbersGuid + "\"],"
                + " \"validFrom\": \"2026-01-01T00:00:00Z\","
                + " \"validTo\": \"2099-01-01T00:00:00+01:00\","
                + " \"allowedIPs\": [\"127.0.0.1\", \"10.0.0.0/8\", \"::1\", \"2001:db8::/32\"]}");

        assertThat(key.getBoolean("inheritsRoleScopes")).isFalse();
        assertThat(names(key)).containsExactly("numbers:read", "sms:message:send");
        assertThat(key.getJsonArray("scopeGuids").getValuesAs(JsonString::getString))
                .contains(numbersGuid);
        assertThat(key.getString("validTo")).isEqualTo("2098-12-31T23:00:00Z");
        assertThat(key.getJsonArray("allowedIPs").getValuesAs(JsonString::getString))
                .containsExactly("127.0.0.1", "10.0.0.0/8", "::1", "2001:db8::/32");
        assertThat(key.getString("status")).isEqualTo("active");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"scopeGuids\": [\"sms:message:send\"]}|name",
        "{\"name\": \"\"}|name",
        "{\"name\": \"x\", \"scopeGuids\": []}|scopeGuids",
        "{\"name\": \"x\", \"scopeGuids\": [\"sms:teleport\", \"fax:send\"]}|scopeGuids",
        "{\"name\": \"x\", \"scopeGuids\": [\"numbers:read\", \"numbers:read\"]}|scopeGuids",
        "{\"name\": \"x\", \"scopeGuids\": [\"web:sdk\", \"sms:message:send\"]}|scopeGuids",
        "{\"name\": \"x\", \"validFrom\": \"2030-01-01T00:00:00Z\","
                + " \"validTo\": \"2029-01-01T00:00:00Z\"}|validTo",
        "{\"name\": \"x\", \"validTo\": \"2020-01-01T00:00:00Z\"}|validTo",
        "{\"name\": \"x\", \"validTo\": \"next year\"}|validTo",
        "{\"name\": \"x\", \"allowedIPs\": [\"10.0.0.0/33\"]}|allowedIPs",
        "{\"name\": \"x\", \"allowedIPs\": [\"example.com\"]}|allowedIPs",
        "{\"name\": \"x\", \"allowedIPs\": \"10.0.0.1\"}|allowedIPs",
        "{\"name\": \"x\", \"enabled\": \"no\"}|enabled",
        "{\"name\": \"x\", \"colour\": \"red\"}|colour",
        "{\"name\": \"x\", \"apiKeySecret\": \"sgk_mine\"}|apiKeySecret",
    })
    void badInputIs400NamingThePropertyAndCreatesNothing(String caseText) {
        String body = caseText.substring(0, caseText.lastIndexOf('|'));
        String property = caseText.substring(caseText.lastIndexOf('|') + 1);
        long before = keyCount();

        ApiResponse response = api.postJson(KEYS, owner.basic(), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("property"))
                .contains(property);
        assertThat(keyCount()).isEqualTo(before);
    }

    @Test
    void nameLongerThan100CharactersIsRefused() {
        ApiResponse response = api.postJson(KEYS, owner.basic(),
                "{\"name\": \"" + "k".repeat(101) + "\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().getString("detail")).contains("name")
                .contains("at most 100");
    }

    @Test
    void eachUnknownScopeIsNamed() {
        ApiResponse response = api.postJson(KEYS, owner.basic(),
                "{\"name\": \"x\", \"scopeGuids\": [\"sms:teleport\", \"fax:send\"]}");

        assertThat(response.json().getString("detail")).contains("sms:teleport", "fax:send");
    }

    @Test
    void nobodyPutsScopesTheyDoNotHoldIntoAKey() {
        long before = keyCount();

        ApiResponse response = api.postJson(KEYS, owner.basic(),
                "{\"name\": \"x\", \"scopeGuids\": [\"sms:manage\", \"sms:message:send\"]}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().getJsonArray("missingScopes").getValuesAs(
                JsonString::getString)).containsExactly("sms:manage");
        assertThat(keyCount()).isEqualTo(before);
    }

    @Test
    void updateChangesOnlyWhatIsSentAndScopesAreReplaced() {
        JsonObject key = fixtures.createKey(owner.basic(), "{\"name\": \"before\","
                + " \"scopeGuids\": [\"sms:message:send\", \"numbers:read\"],"
                + " \"allowedIPs\": [\"127.0.0.1\"]}");
        String path = KEYS + "/" + key.getString("id");

        ApiResponse renamed = fixtures.patch(path, owner.basic(), "{\"name\": \"after\"}");
        ApiResponse replaced = api.send("PUT", path, owner.basic(), "application/json",
                "{\"scopeGuids\": [\"numbers:read\"]}");
        ApiResponse emptied = fixtures.patch(path, owner.basic(), "{\"scopeGuids\": []}");

        assertThat(renamed.json().getString("name")).isEqualTo("after");
        assertThat(names(renamed.json())).containsExactly("numbers:read", "sms:message:send");
        assertThat(renamed.json().getJsonArray("allowedIPs")).hasSize(1);
        assertThat(names(replaced.json())).containsExactly("numbers:read");
        assertThat(replaced.json().getString("name")).isEqualTo("after");
        assertThat(emptied.status()).isEqualTo(400);
        assertThat(names(api.get(path, owner.basic()).json())).containsExactly("numbers:read");
        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(403);
    }

    @Test
    void keysNeverShowTheirSecretAgain() {
        JsonObject key = fixtures.createKey(owner.basic(), "{\"name\": \"quiet\"}");
        String secret = key.getString("apiKeySecret");

        ApiResponse one = api.get(KEYS + "/" + key.getString("id"), owner.basic());
        ApiResponse list = api.get(KEYS + "?size=100", owner.basic());
        ApiResponse updated = fixtures.patch(KEYS + "/" + key.getString("id"), owner.basic(),
                "{\"name\": \"still quiet\"}");
        ApiResponse trail = api.get("api/v1/audit?size=100", admin());

        assertThat(one.json().containsKey("apiKeySecret")).isFalse();
        assertThat(one.body() + list.body() + updated.body() + trail.body())
                .doesNotContain(secret).doesNotContain(secret.substring(4, 20));
    }

    @Test
    void disabledKeyStopsAtOnceAndEnabledWorksAgain() {
        JsonObject key = fixtures.createKey(owner.basic(), "{\"name\": \"switch\"}");
        String path = KEYS + "/" + key.getString("id");
        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(200);

        fixtures.patch(path, owner.basic(), "{\"enabled\": false}");
        int whileDisabled = api.get(PROBE, app(key)).status();
        String status = api.get(path, owner.basic()).json().getString("status");
        fixtures.patch(path, owner.basic(), "{\"enabled\": true}");

        assertThat(whileDisabled).isEqualTo(401);
        assertThat(status).isEqualTo("disabled");
        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(200);
    }

    @Test
    void deletedKeyIsGone() {
        JsonObject key = fixtures.createKey(owner.basic(), "{\"name\": \"brief\"}");
        String path = KEYS + "/" + key.getString("id");

        ApiResponse deleted = api.send("DELETE", path, owner.basic(), null, null);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(path, owner.basic()).status()).isEqualTo(404);
        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(401);
    }

    @Test
    void rotationWithoutGraceStopsTheOldSecretAtOnce() {
        JsonObject key = fixtures.createKey(owner.basic(), "{\"name\": \"rotate-now\"}");

        ApiResponse rotated = api.send("POST", KEYS + "/" + key.getString("id") + "/rotate",
                owner.basic(), null, null);

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.header("Cache-Control")).contains("no-store");
        assertThat(rotated.json().getString("apiKeySecret"))
                .isNotEqualTo(key.getString("apiKeySecret"));
        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(401);
        assertThat(api.get(PROBE, app(rotated.json())).status()).isEqualTo(200);
    }

    @Test
    void rotationWithGraceKeepsTheOldSecretUntilTheGraceEnds() throws InterruptedException {
        JsonObject key = fixtures.createKey(owner.basic(), "{\"name\": \"rotate-gently\"}");

        JsonObject rotated = api.postJson(KEYS + "/" + key.getString("id") + "/rotate",
                owner.basic(), "{\"gracePeriodSeconds\": 3}").json();
        int oldDuringGrace = api.get(PROBE, app(key)).status();
        int newDuringGrace = api.get(PROBE, app(rotated)).status();
        Thread.sleep(4_000);

        assertThat(oldDuringGrace).isEqualTo(200);
        assertThat(newDuringGrace).isEqualTo(200);
        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(401);
        assertThat(api.get(PROBE, app(rotated)).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"gracePeriodSeconds\": -1}", "{\"gracePeriodSeconds\": 2592001}",
        "{\"gracePeriodSeconds\": \"soon\"}", "{\"grace\": 5}", "[1]"})
    void badRotationIs400AndKeepsTheSecret(String body) {
        JsonObject key = fixtures.createKey(owner.basic(), "{\"name\": \"stays\"}");

        ApiResponse refused = api.postJson(KEYS + "/" + key.getString("id") + "/rotate",
                owner.basic(), body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(api.get(PROBE, app(key)).status()).isEqualTo(200);
    }

    @Test
    void usersSeeAndManageOnlyTheirOwnKeys() {
        JsonObject mine = fixtures.createKey(owner.basic(), "{\"name\": \"mine\"}");
        Person other = fixtures.person("scopegate:own-keys:manage", "numbers:read");
        String path = KEYS + "/" + mine.getString("id");

        ApiResponse othersList = api.get(KEYS + "?size=100", other.basic());
        ApiResponse othersRead = api.get(path, other.basic());
        ApiResponse othersDelete = api.send("DELETE", path, other.basic(), null, null);
        ApiResponse forSomeoneElse = api.postJson(KEYS, other.basic(),
                "{\"name\": \"x\", \"ownerGuid\": \"" + owner.guid() + "\"}");

        assertThat(othersList.resultValues("id")).doesNotContain(mine.getString("id"));
        assertThat(othersRead.status()).isEqualTo(404);
        assertThat(othersDelete.status()).isEqualTo(404);
        assertThat(forSomeoneElse.status()).isEqualTo(403);
        assertThat(api.get(PROBE, app(mine)).status()).isEqualTo(200);
    }

    @Test
    void keyAdministratorsManageEveryonesKeys() {
        JsonObject mine = fixtures.createKey(owner.basic(), "{\"name\": \"managed\"}");

        ApiResponse byOwner = api.get(KEYS + "?owner=" + owner.guid(), admin());
        ApiResponse forOwner = api.postJson(KEYS, admin(), "{\"name\": \"issued\","
                + " \"ownerGuid\": \"" + owner.guid() + "\", \"scopeGuids\": [\"numbers:read\"]}");
        ApiResponse disabled = fixtures.patch(KEYS + "/" + mine.getString("id"), admin(),
                "{\"enabled\": false}");

        assertThat(byOwner.resultValues("id")).contains(mine.getString("id"));
        assertThat(forOwner.status()).isEqualTo(201);
        assertThat(forOwner.json().getString("ownerGuid")).isEqualTo(owner.guid());
        assertThat(disabled.json().getBoolean("enabled")).isFalse();
    }

    @Test
    void keysCantManageKeys() {
        JsonObject key = fixtures.createKey(owner.basic(), "{\"name\": \"no-admin\"}");

        ApiResponse list = api.get(KEYS, app(key));
        ApiResponse create = api.postJson(KEYS, app(key), "{\"name\": \"child\"}");

        assertThat(list.status()).isEqualTo(403);
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.json().getString("detail")).contains("API keys can't manage API keys");
    }

    @Test
    void keysNeedAKeyManagementScope() {
        Person reader = fixtures.person("numbers:read");

        assertThat(api.get(KEYS).status()).isEqualTo(401);
        assertThat(api.get(KEYS, reader.basic()).status()).isEqualTo(403);
    }

    @Test
    void listIsPagedAndFiltered() {
        String marker = unique("batch");
        for (int i = 0; i < 3; i++) {
            fixtures.createKey(owner.basic(), "{\"name\": \"" + marker + "-" + i + "\"}");
        }
        fixtures.createKey(owner.basic(), "{\"name\": \"" + marker + "-off\", \"enabled\": false}");

        ApiResponse page = api.get(KEYS + "?name=" + marker + "&size=2", owner.basic());
        ApiResponse off = api.get(KEYS + "?name=" + marker + "&enabled=false", owner.basic());

        assertThat(page.results()).hasSize(2);
        assertThat(page.json().getJsonObject("paging").getInt("totalCount")).isEqualTo(4);
        assertThat(off.resultValues("name")).containsExactly(marker + "-off");
        assertThat(api.get(KEYS + "?enabled=perhaps", owner.basic()).status()).isEqualTo(400);
    }

    @Test
    void keyChangesAreAudited() {
        JsonObject key = fixtures.createKey(owner.basic(), "{\"name\": \"audited\"}");
        String id = key.getString("id");
        fixtures.patch(KEYS + "/" + id, owner.basic(), "{\"enabled\": false}");
        api.send("POST", KEYS + "/" + id + "/rotate", owner.basic(), null, null);
        api.send("DELETE", KEYS + "/" + id, owner.basic(), null, null);

        ApiResponse trail = api.get("api/v1/audit?target=" + id, admin());

        assertThat(trail.resultValues("type")).containsExactlyInAnyOrder("key.created",
                "key.updated", "key.rotated", "key.deleted");
        assertThat(trail.resultValues("actor")).containsOnly(owner.username());
    }

    @Test
    void lastUsedTimeShowsWithoutWaitingForTheBatch() {
        JsonObject key = fixtures.createKey(owner.basic(), "{\"name\": \"used\"}");
        Instant before = Instant.now().minusSeconds(1);

        api.get(PROBE, app(key));

        JsonObject read = api.get(KEYS + "/" + key.getString("id"), owner.basic()).json();
        assertThat(Instant.parse(read.getString("lastUsedAt"))).isAfter(before);
    }

    private long keyCount() {
        return api.get(KEYS, admin()).json().getJsonObject("paging")
                .getJsonNumber("totalCount").longValue();
    }

    private static List<String> names(JsonObject key) {
        return key.getJsonArray("scopes").getValuesAs(JsonString::getString);
    }
}
