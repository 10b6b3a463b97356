package dev.scopegate.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.web.support.Api;
import dev.scopegate.web.support.ApiResponse;
import dev.scopegate.web.support.AuditProbeResource;
import dev.scopegate.web.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The audit trail over real HTTP: changes recorded in their own transaction with the caller who
 * made them, the filters and paging of {@code GET /api/v1/audit}, and refused authentications
 * summarised rather than written one row per request, without their credentials.
 *
 * <p>The database outlives the test run, so each test finds its own records by a marker in the
 * target, or by the time it started and a client address of its own: the deployment trusts
 * 127.0.0.1 as a proxy, so that {@code X-Forwarded-For} can stand for distinct clients.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final String AUDIT = "api/v1/audit";
    private static final String PROBE = "test/audit-probe";
    private static final String READER = "Test scopegate:audit:read";
    private static final String MANAGER = "Test scopegate:manage";
    private static final String TESTER_GUID = "00000000-0000-4000-8000-000000000001";
    private static final String REFUSED = "authentication.refused";
    private static final String MALFORMED = "Test <bad>";
    private static final Duration WINDOW = Duration.ofSeconds(4);

    @ArquillianResource
    URL deployment;

    Api api;

    /** Text of this test alone, in the targets of the records it makes. */
    private final String marker = UUID.randomUUID().toString();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.scopegateWithTestAuthenticator()
                .addClass(AuditProbeResource.class)
                .addAsLibrary(Deployments.configuration(Map.of(
                        "scopegate.audit.refusal-window-seconds",
                        String.valueOf(WINDOW.toSeconds()),
                        "scopegate.trusted-proxies", "127.0.0.1")));
    }

    @BeforeEach
    void connect() {
        api = Api.at(deployment);
    }

    @Test
    void readingTheTrailWithoutCredentialsIs401() {
        ApiResponse response = api.get(AUDIT);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).isNotEmpty();
    }

    @Test
    void readingTheTrailWithoutAuditReadIs403() {
        ApiResponse response = api.get(AUDIT, "Test scopegate:scopes:read");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().getJsonArray("requiredScopes").getString(0))
                .isEqualTo("scopegate:audit:read");
    }

    @Test
    void aChangeIsRecordedWithItsCallerTargetAddressAndChanges() {
        JsonObject changes = Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("from", "Old").add("to", "New"))
                .build();
        Instant before = Instant.now();

        ApiResponse recorded = record("probe.updated", "probe " + marker + " (Widget)", changes);
        ApiResponse listed = api.get(AUDIT + "?target=" + marker, READER);

        assertThat(recorded.status()).isEqualTo(204);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.results()).hasSize(1);
        JsonObject entry = listed.results().getJsonObject(0);
        assertThat(entry.getString("actor")).isEqualTo("tester");
        assertThat(entry.getString("actorGuid")).isEqualTo(TESTER_GUID);
        assertThat(entry.getString("type")).isEqualTo("probe.updated");
        assertThat(entry.getString("target")).isEqualTo("probe " + marker + " (Widget)");
        assertThat(entry.getString("clientAddress")).isEqualTo("127.0.0.1");
        assertThat(entry.getJsonObject("changes")).isEqualTo(changes);
        assertThat(Instant.parse(entry.getString("time")))
                .isBetween(before.minusSeconds(1), Instant.now());
    }

    @Test
    void aChangeThatRollsBackLeavesNoRecord() {
        ApiResponse refused = api.postJson(PROBE + "/refused", MANAGER,
                recordBody("probe.deleted", "probe " + marker, JsonValue.EMPTY_JSON_OBJECT));

        ApiResponse listed = api.get(AUDIT + "?target=" + marker, READER);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(listed.results()).isEmpty();
        assertThat(listed.json().getJsonObject("paging").getInt("totalCount")).isZero();
    }

    @Test
    void filtersByTypeActorAndTarget() {
        record("probe.created", "probe " + marker + " (A)", JsonValue.EMPTY_JSON_OBJECT);
        record("probe.updated", "probe " + marker + " (B)", JsonValue.EMPTY_JSON_OBJECT);
        record("other-probe.deleted", "probe " + marker + " (C)", JsonValue.EMPTY_JSON_OBJECT);
        String mine = "&target=" + marker;

        assertThat(targets("?type=probe.created" + mine)).containsExactly(target("A"));
        assertThat(targets("?type=probe.*" + mine)).containsExactly(target("B"), target("A"));
        assertThat(targets("?type=probe" + mine)).isEmpty();
        assertThat(targets("?actor=tester" + mine)).hasSize(3);
        assertThat(targets("?actor=somebody-else" + mine)).isEmpty();
        assertThat(targets("?target=" + marker.toUpperCase(java.util.Locale.ROOT)))
                .containsExactly(target("C"), target("B"), target("A"));
        assertThat(targets("?target=" + marker + "%20(B")).containsExactly(target("B"));
    }

    @Test
    void filtersByTimeFromInclusiveToExclusive() {
        record("probe.created", "probe " + marker + " (A)", JsonValue.EMPTY_JSON_OBJECT);
        record("probe.created", "probe " + marker + " (B)", JsonValue.EMPTY_JSON_OBJECT);
        record("probe.created", "probe " + marker + " (C)", JsonValue.EMPTY_JSON_OBJECT);
        List<String> times = api.get(AUDIT + "?target=" + marker, READER).resultValues("time");
        String timeOfB = encode(times.get(1));
        String timeOfC = encode(times.get(0));
        String mine = "&target=" + marker;

        assertThat(targets("?from=" + timeOfB + mine)).containsExactly(target("C"), target("B"));
        assertThat(targets("?to=" + timeOfB + mine)).containsExactly(target("A"));
        assertThat(targets("?from=" + timeOfB + "&to=" + timeOfC + mine))
                .containsExactly(target("B"));
    }

    @Test
    void pagesNewestFirstWithAPagingBlock() {
        record("probe.created", "probe " + marker + " (A)", JsonValue.EMPTY_JSON_OBJECT);
        record("probe.created", "probe " + marker + " (B)", JsonValue.EMPTY_JSON_OBJECT);
        record("probe.created", "probe " + marker + " (C)", JsonValue.EMPTY_JSON_OBJECT);

        ApiResponse first = api.get(AUDIT + "?size=2&target=" + marker, READER);
        ApiResponse second = api.get(AUDIT + "?size=2&page=1&target=" + marker, READER);

        assertThat(first.resultValues("target")).containsExactly(target("C"), target("B"));
        assertThat(second.resultValues("target")).containsExactly(target("A"));
        JsonObject paging = first.json().getJsonObject("paging");
        assertThat(paging.getInt("page")).isZero();
        assertThat(paging.getInt("size")).isEqualTo(2);
        assertThat(paging.getInt("totalCount")).isEqualTo(3);
        assertThat(paging.getInt("totalPages")).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({
        "from, yesterday",
        "from, 2025-13-01T00:00:00Z",
        "to, 1700000000",
        "type, role.%25",
        "type, *",
        "size, 101",
    })
    void aMalformedFilterIs400NamingIt(String parameter, String value) {
        ApiResponse response = api.get(AUDIT + "?" + parameter + "=" + value, READER);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("property"))
                .isEqualTo(parameter);
    }

    @Test
    void aTimeRangeThatEndsBeforeItStartsIs400() {
        ApiResponse response = api.get(AUDIT + "?from=2025-02-01T00:00:00Z"
                + "&to=2025-01-01T00:00:00Z", READER);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("property"))
                .isEqualTo("to");
    }

    @Test
    void aFloodOfRefusalsIsOneRecordAtOnceAndOneSummaryAfterTheWindow() throws Exception {
        String attacker = "203.0.113.50";
        Instant start = Instant.now();

        for (int i = 0; i < 50; i++) {
            ApiResponse refused = api.sendWithHeader(AUDIT, MALFORMED, "X-Forwarded-For",
                    attacker);
            assertThat(refused.status()).isEqualTo(401);
        }
        Instant sent = Instant.now();
        List<JsonObject> duringTheWindow = refusalsFrom(attacker, start);
        Thread.sleep(Duration.between(Instant.now(), start.plus(WINDOW)).plusMillis(500)
                .toMillis());
        List<JsonObject> afterTheWindow = refusalsFrom(attacker, start);

        assertThat(Duration.between(start, sent))
                .as("the flood must fit in one window for this test to mean anything")
                .isLessThan(WINDOW);
        assertThat(duringTheWindow).hasSize(1);
        assertThat(duringTheWindow.get(0).getJsonObject("changes").containsKey("count")).isFalse();
        assertThat(afterTheWindow).hasSizeLessThanOrEqualTo(2);
        long recorded = afterTheWindow.stream()
                .mapToLong(entry -> entry.getJsonObject("changes").getJsonNumber("count") == null
                        ? 1 : entry.getJsonObject("changes").getJsonNumber("count").longValue())
                .sum();
        assertThat(recorded).isEqualTo(50);
        for (JsonObject entry : afterTheWindow) {
            assertThat(entry.getString("actor")).isEqualTo("anonymous");
            assertThat(entry.isNull("actorGuid")).isTrue();
            assertThat(entry.getString("target")).isEqualTo("Test");
            assertThat(entry.getJsonObject("changes").getString("reason"))
                    .isEqualTo("malformed test credentials");
        }
        JsonObject summary = afterTheWindow.get(0).getJsonObject("changes");
        assertThat(summary.getJsonNumber("count").longValue()).isEqualTo(49);
        assertThat(Instant.parse(summary.getString("from"))).isBetween(start, sent);
        assertThat(Instant.parse(summary.getString("to"))).isBetween(start, sent);
    }

    @Test
    void credentialsOfRefusedRequestsNeverReachTheTrail() {
        String client = "203.0.113.51";
        String secret = "Secret_" + marker.replace("-", "");
        String basic = Base64.getEncoder().encodeToString(
                ("nobody-" + marker + ":" + secret).getBytes(StandardCharsets.UTF_8));
        Instant start = Instant.now();

        List<String> headers = List.of("Test " + secret, secret, "Bearer " + secret,
                "Basic " + basic);
        for (String authorization : headers) {
            ApiResponse refused = api.sendWithHeader(AUDIT, authorization, "X-Forwarded-For",
                    client);
            assertThat(refused.status()).isEqualTo(401);
        }
        ApiResponse trail = api.get(AUDIT + "?size=100&from=" + encode(start.toString()),
                READER);

        assertThat(refusalsFrom(client, start)).extracting(entry -> entry.getString("target"))
                .contains("Test", "(unsupported)");
        assertThat(trail.body())
                .doesNotContain(secret)
                .doesNotContain(basic)
                .doesNotContain(marker.replace("-", ""));
    }

    private ApiResponse record(String type, String target, JsonObject changes) {
        ApiResponse response = api.postJson(PROBE, MANAGER, recordBody(type, target, changes));
        assertThat(response.status()).as("recording %s", target).isEqualTo(204);
        return response;
    }

    private static String recordBody(String type, String target, JsonObject changes) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("target", target)
                .add("changes", changes)
                .build()
                .toString();
    }

    private String target(String name) {
        return "probe " + marker + " (" + name + ")";
    }

    private List<String> targets(String query) {
        ApiResponse response = api.get(AUDIT + query, READER);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.resultValues("target");
    }

    /** The refusals recorded since the start from one client address, newest first. */
    private List<JsonObject> refusalsFrom(String clientAddress, Instant start) {
        ApiResponse response = api.get(AUDIT + "?size=100&type=" + REFUSED + "&from="
                + encode(start.toString()), READER);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.results().getValuesAs(JsonObject.class).stream()
                .filter(entry -> clientAddress.equals(entry.getString("clientAddress", null)))
                .toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
