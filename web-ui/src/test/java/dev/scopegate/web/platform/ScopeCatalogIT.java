package dev.scopegate.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.web.support.Api;
import dev.scopegate.web.support.ApiResponse;
import dev.scopegate.web.support.Deployments;
import jakarta.json.JsonObject;
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

/** The catalog, the endpoint table, OpenAPI and health, as a client sees them. */
@ExtendWith(ArquillianExtension.class)
class ScopeCatalogIT {

    private static final String READER = "Test scopegate:scopes:read";

    @ArquillianResource
    URL deployment;

    Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.scopegateWithTestAuthenticator();
    }

    @BeforeEach
    void connect() {
        api = Api.at(deployment);
    }

    @Test
    void catalogIsPagedWithAPagingBlock() {
        ApiResponse page = api.get("api/v1/scopes?page=1&size=10", READER);

        JsonObject paging = page.json().getJsonObject("paging");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.results()).hasSize(10);
        assertThat(paging.getInt("page")).isEqualTo(1);
        assertThat(paging.getInt("size")).isEqualTo(10);
        assertThat(paging.getInt("totalCount")).isGreaterThanOrEqualTo(60);
        assertThat(paging.getInt("totalPages"))
                .isEqualTo((paging.getInt("totalCount") + 9) / 10);
    }

    @Test
    void catalogFiltersByProductCategoryAndText() {
        ApiResponse sms = api.get("api/v1/scopes?product=sms&size=100", READER);
        ApiResponse sdk = api.get("api/v1/scopes?category=Client-side%20SDKs", READER);
        ApiResponse text = api.get("api/v1/scopes?q=PIN%20codes", READER);

        assertThat(sms.resultValues("name")).isNotEmpty().allMatch(name -> name.startsWith("sms:"));
        assertThat(sdk.resultValues("name")).containsExactlyInAnyOrder(
                "2fa:sdk", "mobile-app-messaging:sdk", "web:sdk", "web:tracking:sdk");
        assertThat(text.resultValues("name")).contains("2fa:pin:send", "2fa:pin:verify");
    }

    @Test
    void scopeIsFoundByNameAndByGuidWithWhatItCovers() {
        ApiResponse byName = api.get("api/v1/scopes/message:send", READER);
        String guid = byName.json().getString("guid");
        ApiResponse byGuid = api.get("api/v1/scopes/" + guid, READER);

        assertThat(byName.status()).isEqualTo(200);
        assertThat(byGuid.json()).isEqualTo(byName.json());
        assertThat(byName.json().getString("product")).isEqualTo("message");
        assertThat(byName.json().getJsonArray("covers").getValuesAs(
                jakarta.json.JsonString::getString))
                .contains("sms:message:send", "whatsapp:message:send", "viber:message:send")
                .doesNotContain("sms:logs:read");
    }

    @Test
    void manageScopeCoversItsProductOnly() {
        JsonObject smsManage = api.get("api/v1/scopes/sms:manage", READER).json();

        assertThat(smsManage.getJsonArray("covers").toString())
                .contains("sms:message:send", "sms:logs:read")
                .doesNotContain("mms:");
    }

    @Test
    void clientSideScopeCoversNothing() {
        JsonObject sdk = api.get("api/v1/scopes/web:sdk", READER).json();

        assertThat(sdk.getBoolean("clientSide")).isTrue();
        assertThat(sdk.getJsonArray("covers")).isEmpty();
    }

    @Test
    void unknownScopeIs404Problem() {
        ApiResponse response = api.get("api/v1/scopes/sms:teleport", READER);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().getString("detail")).contains("sms:teleport");
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=101", "size=0", "size=ten", "page=-1", "page=first"})
    void badPagingIs400NamingTheParameter(String query) {
        ApiResponse response = api.get("api/v1/scopes?" + query, READER);

        String parameter = query.substring(0, query.indexOf('='));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("property"))
                .isEqualTo(parameter);
    }

    @Test
    void catalogNeedsTheCatalogScope() {
        ApiResponse anonymous = api.get("api/v1/scopes");
        ApiResponse sender = api.get("api/v1/scopes", "Test sms:message:send");
        ApiResponse admin = api.get("api/v1/scopes", "Test scopegate:manage");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(sender.status()).isEqualTo(403);
        assertThat(admin.status()).as("scopegate:manage covers the catalog scope").isEqualTo(200);
    }

    @Test
    void endpointTableListsEachEndpointWithItsScopes() {
        ApiResponse table = api.get("api/v1/endpoints?size=100", READER);

        JsonObject scopesList = table.results().getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("path").equals("/api/v1/scopes"))
                .findFirst().orElseThrow();
        assertThat(table.status()).isEqualTo(200);
        assertThat(scopesList.getString("method")).isEqualTo("GET");
        assertThat(scopesList.getJsonArray("scopes").getString(0))
                .isEqualTo("scopegate:scopes:read");
        assertThat(scopesList.getBoolean("public")).isFalse();
        assertThat(table.resultValues("path")).contains("/api/v1/endpoints",
                "/api/v1/scopes/{guidOrName}");
    }

    @Test
    void openApiDocumentShowsTheScopesOfEachOperation() {
        ApiResponse document = api.serverRoot().get("openapi");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body())
                .contains("/api/v1/scopes")
                .contains("x-required-scopes")
                .contains("Requires one of these scopes: scopegate:scopes:read");
    }

    @Test
    void healthReportsTheDatabase() {
        ApiResponse health = api.serverRoot().get("health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"").contains("\"UP\"");
    }
}
