package dev.scopegate.scopes.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.scopes.domain.InvalidCatalogException;
import dev.scopegate.scopes.domain.Scope;
import dev.scopegate.scopes.domain.ScopeCatalog;
import dev.scopegate.scopes.domain.ScopePattern;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {

    private static final String SMS_MANAGE_GUID = "8835f4f6-8018-54ae-affa-f868c2dfe01d";
    private static final String MESSAGE_SEND_GUID = "2e0c8c5e-6bd6-4a4f-9d27-1f0d2f3b8a11";
    private static final String WEB_SDK_GUID = "0b5d1c3e-5d0c-4b8e-9a57-4f3c2f1e7d22";

    @Test
    void readsEveryFieldOfAnEntry() {
        ScopeCatalog catalog = read("""
                {"scopes": [
                  {"guid": "%s", "name": "message:send", "category": "Messaging",
                   "description": "Send on every channel", "covers": ["*:message:send"]},
                  {"guid": "%s", "name": "web:sdk", "category": "SDKs",
                   "description": "Browser SDK", "clientSide": true}
                ]}
                """.formatted(MESSAGE_SEND_GUID, WEB_SDK_GUID));

        Scope messageSend = catalog.findByName("message:send").orElseThrow();
        Scope webSdk = catalog.findByName("web:sdk").orElseThrow();

        assertThat(messageSend.guid()).isEqualTo(UUID.fromString(MESSAGE_SEND_GUID));
        assertThat(messageSend.category()).isEqualTo("Messaging");
        assertThat(messageSend.description()).isEqualTo("Send on every channel");
        assertThat(messageSend.clientSide()).isFalse();
        assertThat(messageSend.covers()).containsExactly(ScopePattern.of("*:message:send"));
        assertThat(webSdk.clientSide()).isTrue();
    }

    @Test
    void optionalFieldsDefaultToAnEmptyServerSideScope() {
        ScopeCatalog catalog = read("""
                {"scopes": [{"guid": "%s", "name": "sms:manage", "category": "SMS"}]}
                """.formatted(SMS_MANAGE_GUID));

        Scope smsManage = catalog.findByName("sms:manage").orElseThrow();

        assertThat(smsManage.description()).isEmpty();
        assertThat(smsManage.clientSide()).isFalse();
        assertThat(smsManage.covers()).isEmpty();
    }

    @Test
    void readsAnEmptyCatalog() {
        ScopeCatalog catalog = read("{\"scopes\": []}");

        assertThat(catalog.size()).isZero();
    }

    @Test
    void badNameIsReportedWithItsReason() {
        List<String> problems = problemsOf(entry(SMS_MANAGE_GUID, "SMS:manage"));

        assertThat(problems).containsExactly("entry 0 (SMS:manage): 'SMS:manage' is not a valid"
                + " scope name: segment 'SMS' must be lower-case letters and digits, with single"
                + " hyphens between them");
    }

    @Test
    void unknownFieldIsReported() {
        List<String> problems = problemsOf("""
                {"guid": "%s", "name": "sms:manage", "category": "SMS", "scope": "x"}
                """.formatted(SMS_MANAGE_GUID));

        assertThat(problems).containsExactly("entry 0 (sms:manage): unknown field 'scope'");
    }

    @Test
    void missingGuidIsReported() {
        List<String> problems = problemsOf("""
                {"name": "sms:manage", "category": "SMS"}
                """);

        assertThat(problems).containsExactly("entry 0 (sms:manage): 'guid' is required");
    }

    @Test
    void malformedGuidIsReported() {
        List<String> problems = problemsOf(entry("not-a-guid", "sms:manage"));

        assertThat(problems).singleElement().asString()
                .startsWith("entry 0 (sms:manage): ")
                .contains("not-a-guid");
    }

    @Test
    void missingOrBlankCategoryIsReported() {
        List<String> problems = problemsOf("""
                {"guid": "%s", "name": "sms:manage", "category": " "}
                """.formatted(SMS_MANAGE_GUID));

        assertThat(problems).containsExactly("entry 0 (sms:manage): 'category' is required");
    }

    @Test
    void clientSideScopeDeclaringCoversIsReported() {
        List<String> problems = problemsOf("""
                {"guid": "%s", "name": "web:sdk", "category": "SDKs", "clientSide": true,
                 "covers": ["*:tracking:sdk"]}
                """.formatted(WEB_SDK_GUID));

        assertThat(problems).containsExactly("entry 0 (web:sdk): client-side scope web:sdk"
                + " can't declare what it covers");
    }

    @Test
    void clientSideFlagThatIsNotABooleanIsReported() {
        List<String> problems = problemsOf("""
                {"guid": "%s", "name": "web:sdk", "category": "SDKs", "clientSide": "true"}
                """.formatted(WEB_SDK_GUID));

        assertThat(problems)
                .containsExactly("entry 0 (web:sdk): 'clientSide' must be true or false");
    }

    @Test
    void malformedCoverPatternIsReported() {
        List<String> problems = problemsOf("""
                {"guid": "%s", "name": "message:send", "category": "Messaging",
                 "covers": ["*:Message:send"]}
                """.formatted(MESSAGE_SEND_GUID));

        assertThat(problems).singleElement().asString()
                .startsWith("entry 0 (message:send): '*:Message:send' is not a valid scope name");
    }

    @Test
    void coversThatIsNotAnArrayIsReported() {
        List<String> problems = problemsOf("""
                {"guid": "%s", "name": "message:send", "category": "Messaging",
                 "covers": "*:message:send"}
                """.formatted(MESSAGE_SEND_GUID));

        assertThat(problems).singleElement().asString().startsWith("entry 0 (message:send): ");
    }

    @Test
    void entryThatIsNotAnObjectIsReported() {
        List<String> problems = problemsOf("\"sms:manage\"");

        assertThat(problems).containsExactly("entry 0: must be an object");
    }

    @Test
    void everyBadEntryIsReportedAtOnce() {
        String document = """
                {"scopes": [
                  {"guid": "%s", "name": "sms:manage", "category": "SMS"},
                  {"guid": "%s", "name": "sms::send", "category": "SMS"},
                  {"name": "mms:manage", "category": "MMS"},
                  {"guid": "%s", "name": "web:sdk", "category": "SDKs", "colour": "red"}
                ]}
                """.formatted(SMS_MANAGE_GUID, MESSAGE_SEND_GUID, WEB_SDK_GUID);

        assertThatThrownBy(() -> read(document))
                .isInstanceOfSatisfying(InvalidCatalogException.class, invalid ->
                        assertThat(invalid.problems()).satisfiesExactly(
                                problem -> assertThat(problem).startsWith("entry 1 (sms::send): ")
                                        .contains("segment ''"),
                                problem -> assertThat(problem)
                                        .isEqualTo("entry 2 (mms:manage): 'guid' is required"),
                                problem -> assertThat(problem).isEqualTo(
                                        "entry 3 (web:sdk): unknown field 'colour'")));
    }

    @Test
    void duplicateGuidsAcrossEntriesAreReported() {
        String document = """
                {"scopes": [%s, %s]}
                """.formatted(entry(SMS_MANAGE_GUID, "sms:manage"),
                entry(SMS_MANAGE_GUID, "mms:manage"));

        assertThatThrownBy(() -> read(document))
                .isInstanceOfSatisfying(InvalidCatalogException.class, invalid ->
                        assertThat(invalid.problems()).singleElement().asString()
                                .contains(SMS_MANAGE_GUID));
    }

    @Test
    void scopesThatIsNotAnArrayIsReported() {
        assertThatThrownBy(() -> read("{\"scopes\": {\"name\": \"sms:manage\"}}"))
                .isInstanceOfSatisfying(InvalidCatalogException.class, invalid ->
                        assertThat(invalid.problems())
                                .containsExactly("'scopes' must be an array"));
    }

    @Test
    void missingScopesIsReported() {
        assertThatThrownBy(() -> read("{\"scope\": []}"))
                .isInstanceOfSatisfying(InvalidCatalogException.class, invalid ->
                        assertThat(invalid.problems())
                                .containsExactly("'scopes' must be an array"));
    }

    @Test
    void malformedJsonIsReported() {
        assertThatThrownBy(() -> read("{\"scopes\": [{\"name\": "))
                .isInstanceOfSatisfying(InvalidCatalogException.class, invalid ->
                        assertThat(invalid.problems()).singleElement().asString()
                                .startsWith("not a JSON object: "));
    }

    @Test
    void documentThatIsNotAnObjectIsReported() {
        assertThatThrownBy(() -> read("[]"))
                .isInstanceOfSatisfying(InvalidCatalogException.class, invalid ->
                        assertThat(invalid.problems()).singleElement().asString()
                                .startsWith("not a JSON object: "));
    }

    @Test
    void messageNamesTheSource() {
        assertThatThrownBy(() -> read("{}"))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessage("The scope catalog test.json is invalid: 'scopes' must be an array");
    }

    private static ScopeCatalog read(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        return CatalogReader.read(new ByteArrayInputStream(bytes), "test.json");
    }

    private static List<String> problemsOf(String entry) {
        String document = "{\"scopes\": [" + entry + "]}";

        try {
            read(document);
        } catch (InvalidCatalogException invalid) {
            return invalid.problems();
        }
        throw new AssertionError("the catalog was accepted: " + document);
    }

    private static String entry(String guid, String name) {
        return """
                {"guid": "%s", "name": "%s", "category": "Test"}""".formatted(guid, name);
    }
}
