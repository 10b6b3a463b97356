package dev.scopegate.scopes.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.scopes.domain.InvalidCatalogException;
import dev.scopegate.scopes.domain.Scope;
import dev.scopegate.scopes.domain.ScopeCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogFilesTest {

    private static final List<String> SDK_SCOPES =
            List.of("web:sdk", "mobile-app-messaging:sdk", "2fa:sdk", "web:tracking:sdk");

    private final ScopeCatalog defaultCatalog = CatalogFiles.loadDefault();

    @TempDir
    Path directory;

    @Test
    void defaultCatalogHoldsARealisticSetOfProducts() {
        Set<String> products = defaultCatalog.scopes().stream()
                .map(Scope::product)
                .collect(Collectors.toSet());

        assertThat(defaultCatalog.size()).isGreaterThanOrEqualTo(60);
        assertThat(products).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void defaultCatalogHoldsManagementCrossChannelAndLogScopes() {
        assertThat(defaultCatalog.scopes()).extracting(scope -> scope.name().value())
                .contains("sms:manage", "message:send", "inbound-message:read", "logs:read",
                        "sms:logs:read", "whatsapp:logs:read");
    }

    @Test
    void defaultCatalogFlagsExactlyTheFourSdkScopesAsClientSide() {
        List<String> clientSide = defaultCatalog.scopes().stream()
                .filter(Scope::clientSide)
                .map(scope -> scope.name().value())
                .toList();

        assertThat(clientSide).containsExactlyInAnyOrderElementsOf(SDK_SCOPES);
    }

    @Test
    void defaultCatalogCoversNoSdkScopeFromAnyOtherScope() {
        for (Scope scope : defaultCatalog.scopes()) {
            assertThat(defaultCatalog.coveredBy(scope))
                    .as("scopes covered by %s", scope.name())
                    .doesNotContainAnyElementsOf(SDK_SCOPES);
        }
    }

    @Test
    void defaultCatalogGivesEveryScopeItsOwnGuid() {
        Set<UUID> guids = defaultCatalog.scopes().stream()
                .map(Scope::guid)
                .collect(Collectors.toSet());

        assertThat(guids).hasSize(defaultCatalog.size());
    }

    @Test
    void defaultMessageSendCoversSendingOnEveryChannel() {
        Scope messageSend = defaultCatalog.findByName("message:send").orElseThrow();

        assertThat(defaultCatalog.coveredBy(messageSend))
                .contains("sms:message:send", "whatsapp:message:send")
                .allSatisfy(name -> assertThat(name).endsWith(":message:send"));
    }

    @Test
    void defaultLogsReadCoversOnlyTheChannelLogs() {
        Scope logsRead = defaultCatalog.findByName("logs:read").orElseThrow();

        assertThat(defaultCatalog.coveredBy(logsRead))
                .contains("sms:logs:read", "whatsapp:logs:read")
                .doesNotContain("audit-logs:read", "sms:message:read");
    }

    @Test
    void loadsAnOperatorsFile() throws IOException {
        Path file = directory.resolve("catalog.json");
        Files.writeString(file, """
                {"scopes": [
                  {"guid": "8835f4f6-8018-54ae-affa-f868c2dfe01d", "name": "fax:manage",
                   "category": "Fax"},
                  {"guid": "75929fdc-b51f-57cf-9dc6-b8aa087ed18f", "name": "fax:page:send",
                   "category": "Fax"}
                ]}
                """);

        ScopeCatalog catalog = CatalogFiles.loadFile(file);

        assertThat(catalog.scopes()).extracting(scope -> scope.name().value())
                .containsExactly("fax:manage", "fax:page:send");
        assertThat(catalog.effectiveScopes(List.of("fax:manage")))
                .containsExactlyInAnyOrder("fax:manage", "fax:page:send");
    }

    @Test
    void invalidFileIsReportedWithItsPathAndEveryProblem() throws IOException {
        Path file = directory.resolve("broken.json");
        Files.writeString(file, """
                {"scopes": [
                  {"guid": "8835f4f6-8018-54ae-affa-f868c2dfe01d", "name": "Fax:manage",
                   "category": "Fax"},
                  {"name": "fax:page:send", "category": "Fax"},
                  {"guid": "2c8e4f1a-93b7-4d2e-8f60-5a1b7c3d9e04", "name": "web:sdk",
                   "category": "SDKs", "clientSide": true, "covers": ["*:sdk"]}
                ]}
                """);

        assertThatThrownBy(() -> CatalogFiles.loadFile(file))
                .isInstanceOfSatisfying(InvalidCatalogException.class, invalid -> {
                    assertThat(invalid).hasMessageContaining(file.toString());
                    assertThat(invalid.problems()).satisfiesExactly(
                            problem -> assertThat(problem).startsWith("entry 0 (Fax:manage): ")
                                    .contains("segment 'Fax' must be lower-case"),
                            problem -> assertThat(problem)
                                    .isEqualTo("entry 1 (fax:page:send): 'guid' is required"),
                            problem -> assertThat(problem).startsWith("entry 2 (web:sdk): ")
                                    .contains("can't declare what it covers"));
                });
    }

    @Test
    void malformedFileIsReported() throws IOException {
        Path file = directory.resolve("truncated.json");
        Files.writeString(file, "{\"scopes\": [");

        assertThatThrownBy(() -> CatalogFiles.loadFile(file))
                .isInstanceOfSatisfying(InvalidCatalogException.class, invalid ->
                        assertThat(invalid.problems()).singleElement().asString()
                                .startsWith("not a JSON object: "));
    }

    @Test
    void missingFileIsReportedAsUnreadable() {
        Path missing = directory.resolve("missing.json");

        assertThatThrownBy(() -> CatalogFiles.loadFile(missing))
                .isInstanceOfSatisfying(InvalidCatalogException.class, invalid ->
                        assertThat(invalid.problems()).singleElement().asString()
                                .startsWith("can't be read: "))
                .hasMessageContaining(missing.toString());
    }
}
