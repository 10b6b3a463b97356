package dev.scopegate.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.web.support.Api;
import dev.scopegate.web.support.ApiResponse;
import dev.scopegate.web.support.Deployments;
import dev.scopegate.web.support.PayaraMicro;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An operator's own catalog file, synchronised by GUID across restarts over the same database:
 * a renamed scope keeps its GUID, a scope that leaves the file is retired.
 */
class CatalogLifecycleIT {

    private static final Path WORK = Path.of("target", "it-servers", "catalog-lifecycle");
    private static final String READER = "Test scopegate:scopes:read";

    private final UUID widgetGuid = UUID.randomUUID();
    private final UUID gadgetGuid = UUID.randomUUID();

    @Test
    void scopesAreSynchronisedByGuidAndRetiredWhenTheyLeaveTheFile() throws Exception {
        Path workDir = WORK.resolve(database());
        Path catalogFile = workDir.resolve("catalog.json").toAbsolutePath();
        Files.createDirectories(workDir);
        List<String> useCatalog = List.of("-Dscopegate.catalog.file=" + catalogFile);

        writeCatalog(catalogFile, scope(widgetGuid, "acme:widget:read"),
                scope(gadgetGuid, "acme:gadget:read"));
        try (PayaraMicro first = PayaraMicro.start(
                Deployments.scopegateWithTestAuthenticator(), workDir, useCatalog)) {
            Api api = first.api();

            ApiResponse widget = api.get("api/v1/scopes/acme:widget:read", READER);

            assertThat(widget.status()).isEqualTo(200);
            assertThat(widget.json().getString("guid")).isEqualTo(widgetGuid.toString());
            assertThat(widget.json().getBoolean("retired")).isFalse();
        }

        writeCatalog(catalogFile, scope(gadgetGuid, "acme:gadget:view"));
        try (PayaraMicro second = PayaraMicro.start(
                Deployments.scopegateWithTestAuthenticator(), workDir, useCatalog)) {
            Api api = second.api();

            ApiResponse retired = api.get("api/v1/scopes/" + widgetGuid, READER);
            ApiResponse renamed = api.get("api/v1/scopes/" + gadgetGuid, READER);
            ApiResponse listed = api.get("api/v1/scopes?product=acme", READER);

            assertThat(retired.status()).isEqualTo(200);
            assertThat(retired.json().getString("name")).isEqualTo("acme:widget:read");
            assertThat(retired.json().getBoolean("retired")).isTrue();
            assertThat(renamed.json().getString("name")).isEqualTo("acme:gadget:view");
            assertThat(renamed.json().getBoolean("retired")).isFalse();
            assertThat(listed.resultValues("name")).containsExactly("acme:gadget:view");
        }
    }

    private static JsonObject scope(UUID guid, String name) {
        return Json.createObjectBuilder()
                .add("guid", guid.toString())
                .add("name", name)
                .add("category", "Acme")
                .add("description", "A scope of the operator's own product")
                .build();
    }

    /** The default catalog, which the deployment's own endpoints need, plus the given scopes. */
    private static void writeCatalog(Path file, JsonObject... extraScopes) throws Exception {
        JsonArrayBuilder scopes = Json.createArrayBuilder(defaultCatalog().getJsonArray("scopes"));
        for (JsonObject scope : extraScopes) {
            scopes.add(scope);
        }
        Files.writeString(file, Json.createObjectBuilder().add("scopes", scopes).build()
                .toString());
    }

    private static JsonObject defaultCatalog() throws Exception {
        try (InputStream json = CatalogLifecycleIT.class.getClassLoader().getResourceAsStream(
                "dev/scopegate/scopes/catalog/default-catalog.json");
                JsonReader reader = Json.createReader(json)) {
            return reader.readObject();
        }
    }

    private static String database() {
        return System.getProperty("scopegate.it.database", "h2");
    }
}
