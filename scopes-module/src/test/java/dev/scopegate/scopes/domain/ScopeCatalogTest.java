package dev.scopegate.scopes.domain;

import static dev.scopegate.scopes.domain.TestScopes.catalogOf;
import static dev.scopegate.scopes.domain.TestScopes.clientSide;
import static dev.scopegate.scopes.domain.TestScopes.guidOf;
import static dev.scopegate.scopes.domain.TestScopes.serverSide;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScopeCatalogTest {

    private final ScopeCatalog catalog = catalogOf(
            serverSide("sms:manage"),
            serverSide("sms:message:send"),
            serverSide("sms:logs:read"),
            serverSide("smsx:foo"),
            serverSide("mms:manage"),
            serverSide("mms:message:send"),
            serverSide("whatsapp:message:send"),
            serverSide("message:send", "*:message:send"),
            serverSide("scopegate:manage"),
            serverSide("scopegate:keys:manage"),
            serverSide("scopegate:keys:read"),
            serverSide("scopegate:own-keys:manage"),
            serverSide("scopegate:users:read"),
            serverSide("web:manage"),
            serverSide("web:tracking:read"),
            serverSide("everything:sdk", "*:sdk", "*:tracking:sdk"),
            clientSide("web:sdk"),
            clientSide("web:tracking:sdk"));

    @Test
    void managementScopeCoversEveryServerSideScopeOfItsProduct() {
        Scope smsManage = catalog.findByName("sms:manage").orElseThrow();

        assertThat(catalog.coveredBy(smsManage))
                .containsExactlyInAnyOrder("sms:message:send", "sms:logs:read");
    }

    @Test
    void managementScopeDoesNotCoverOtherProducts() {
        Scope smsManage = catalog.findByName("sms:manage").orElseThrow();

        assertThat(catalog.coveredBy(smsManage))
                .doesNotContain("smsx:foo", "mms:message:send", "mms:manage", "message:send");
    }

    @Test
    void scopeDoesNotCoverItself() {
        Scope smsManage = catalog.findByName("sms:manage").orElseThrow();

        assertThat(catalog.coveredBy(smsManage)).doesNotContain("sms:manage");
    }

    @Test
    void multiSegmentManagementScopeCoversOnlyItsOwnResource() {
        Scope keysManage = catalog.findByName("scopegate:keys:manage").orElseThrow();

        assertThat(catalog.coveredBy(keysManage)).containsExactly("scopegate:keys:read");
    }

    @Test
    void productManagementScopeCoversNarrowerManagementScopesAndWhatTheyCover() {
        Scope scopegateManage = catalog.findByName("scopegate:manage").orElseThrow();

        assertThat(catalog.coveredBy(scopegateManage)).containsExactlyInAnyOrder(
                "scopegate:keys:manage", "scopegate:keys:read", "scopegate:own-keys:manage",
                "scopegate:users:read");
    }

    @Test
    void declaredPatternCoversTheMatchingScopesOfEveryProduct() {
        Scope messageSend = catalog.findByName("message:send").orElseThrow();

        assertThat(catalog.coveredBy(messageSend)).containsExactlyInAnyOrder(
                "sms:message:send", "mms:message:send", "whatsapp:message:send");
    }

    @Test
    void coverageIsTransitiveThroughManagementScopes() {
        ScopeCatalog chained = catalogOf(
                serverSide("channels:admin", "*:manage"),
                serverSide("sms:manage"),
                serverSide("sms:message:send"),
                serverSide("voice:calls:read"));
        Scope admin = chained.findByName("channels:admin").orElseThrow();

        assertThat(chained.coveredBy(admin))
                .containsExactlyInAnyOrder("sms:manage", "sms:message:send")
                .doesNotContain("voice:calls:read");
    }

    @Test
    void coverageIsTransitiveThroughDeclaredPatterns() {
        ScopeCatalog chained = catalogOf(
                serverSide("ops:all", "*:send"),
                serverSide("message:send", "*:message:send"),
                serverSide("sms:message:send"));
        Scope opsAll = chained.findByName("ops:all").orElseThrow();

        assertThat(chained.coveredBy(opsAll))
                .containsExactlyInAnyOrder("message:send", "sms:message:send");
    }

    @Test
    void scopesCoveringEachOtherStillBuildACatalog() {
        ScopeCatalog cyclic = catalogOf(
                serverSide("alpha:read", "beta:read"),
                serverSide("beta:read", "alpha:read"));

        Scope alpha = cyclic.findByName("alpha:read").orElseThrow();
        Scope beta = cyclic.findByName("beta:read").orElseThrow();

        assertThat(cyclic.coveredBy(alpha)).containsExactly("beta:read");
        assertThat(cyclic.coveredBy(beta)).containsExactly("alpha:read");
    }

    @Test
    void managementScopeDoesNotCoverClientSideScopesOfItsProduct() {
        Scope webManage = catalog.findByName("web:manage").orElseThrow();

        assertThat(catalog.coveredBy(webManage))
                .containsExactly("web:tracking:read")
                .doesNotContain("web:sdk", "web:tracking:sdk");
    }

    @Test
    void declaredPatternDoesNotCoverClientSideScopes() {
        Scope everythingSdk = catalog.findByName("everything:sdk").orElseThrow();

        assertThat(catalog.coveredBy(everythingSdk)).isEmpty();
    }

    @Test
    void clientSideScopeCoversNothing() {
        ScopeCatalog sdkOnly = catalogOf(clientSide("web:manage"), clientSide("web:sdk"));
        Scope clientSideManage = sdkOnly.findByName("web:manage").orElseThrow();

        assertThat(sdkOnly.coveredBy(clientSideManage)).isEmpty();
    }

    @Test
    void clientSideScopeIsEffectiveOnlyWhenGrantedItself() {
        assertThat(catalog.effectiveScopes(List.of("web:manage", "everything:sdk")))
                .doesNotContain("web:sdk", "web:tracking:sdk");
        assertThat(catalog.effectiveScopes(List.of("web:sdk"))).containsExactly("web:sdk");
    }

    @Test
    void effectiveScopesAreTheGrantedOnesPlusAllTheyCover() {
        assertThat(catalog.effectiveScopes(List.of("sms:manage", "whatsapp:message:send")))
                .containsExactlyInAnyOrder("sms:manage", "sms:message:send", "sms:logs:read",
                        "whatsapp:message:send");
    }

    @Test
    void effectiveScopesIgnoreNamesThatAreNotInTheCatalog() {
        assertThat(catalog.effectiveScopes(List.of("fax:manage", "not a scope", "sms:logs:read")))
                .containsExactly("sms:logs:read");
    }

    @Test
    void nothingGrantedMeansNoEffectiveScopes() {
        assertThat(catalog.effectiveScopes(List.of())).isEmpty();
    }

    @Test
    void rejectsDuplicateNamesNamingThem() {
        Scope first = serverSide("sms:manage");
        Scope second = new Scope(UUID.randomUUID(), ScopeName.of("sms:manage"), "SMS", "",
                false, List.of());

        InvalidCatalogException invalid = catchThrowableOfType(InvalidCatalogException.class,
                () -> ScopeCatalog.of("my-catalog.json", List.of(first, second)));

        assertThat(invalid.problems())
                .containsExactly("scope name sms:manage appears more than once");
        assertThat(invalid).hasMessageContaining("my-catalog.json");
    }

    @Test
    void rejectsDuplicateGuidsNamingThem() {
        UUID shared = guidOf("shared");
        Scope first = new Scope(shared, ScopeName.of("sms:manage"), "SMS", "", false, List.of());
        Scope second = new Scope(shared, ScopeName.of("mms:manage"), "MMS", "", false, List.of());

        InvalidCatalogException invalid = catchThrowableOfType(InvalidCatalogException.class,
                () -> ScopeCatalog.of("my-catalog.json", List.of(first, second)));

        assertThat(invalid.problems()).singleElement().asString()
                .contains(shared.toString(), "sms:manage", "used by another scope");
    }

    @Test
    void reportsEveryDuplicateAtOnce() {
        UUID shared = guidOf("shared");
        List<Scope> scopes = List.of(
                serverSide("sms:manage"),
                serverSide("sms:manage"),
                new Scope(shared, ScopeName.of("mms:manage"), "MMS", "", false, List.of()),
                new Scope(shared, ScopeName.of("voice:manage"), "Voice", "", false, List.of()));

        InvalidCatalogException invalid = catchThrowableOfType(InvalidCatalogException.class,
                () -> ScopeCatalog.of("my-catalog.json", scopes));

        assertThat(invalid.problems()).hasSize(3)
                .anySatisfy(problem -> assertThat(problem).contains("name sms:manage"))
                .anySatisfy(problem -> assertThat(problem).contains(shared.toString()));
    }

    @Test
    void findsAScopeByName() {
        assertThat(catalog.find("sms:manage"))
                .hasValueSatisfying(scope -> assertThat(scope.guid())
                        .isEqualTo(guidOf("sms:manage")));
        assertThat(catalog.findByName("sms:manage")).isPresent();
    }

    @Test
    void findsAScopeByGuid() {
        UUID guid = guidOf("sms:logs:read");

        assertThat(catalog.find(guid.toString()))
                .hasValueSatisfying(scope -> assertThat(scope.name().value())
                        .isEqualTo("sms:logs:read"));
        assertThat(catalog.findByGuid(guid)).isPresent();
    }

    @Test
    void findsNothingForUnknownNamesAndGuids() {
        assertThat(catalog.find("fax:manage")).isEmpty();
        assertThat(catalog.find(UUID.randomUUID().toString())).isEmpty();
        assertThat(catalog.findByGuid(UUID.randomUUID())).isEmpty();
        assertThat(catalog.contains("fax:manage")).isFalse();
    }

    @Test
    void listsItsScopesOrderedByName() {
        ScopeCatalog unordered = catalogOf(serverSide("sms:manage"), serverSide("mms:manage"),
                serverSide("email:manage"));

        assertThat(unordered.scopes()).extracting(scope -> scope.name().value())
                .containsExactly("email:manage", "mms:manage", "sms:manage");
        assertThat(unordered.size()).isEqualTo(3);
    }
}
