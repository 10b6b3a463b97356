package dev.scopegate.scopes.catalog;

import dev.scopegate.scopes.domain.InvalidCatalogException;
import dev.scopegate.scopes.domain.ScopeCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where the catalog comes from: the file named by {@value #FILE_PROPERTY}, or else the default
 * catalog shipped in this module.
 */
public final class CatalogFiles {

    public static final String FILE_PROPERTY = "scopegate.catalog.file";

    private static final String DEFAULT_CATALOG =
            "dev/scopegate/scopes/catalog/default-catalog.json";

    private CatalogFiles() {
    }

    public static ScopeCatalog loadConfigured(Config config) {
        Optional<String> file = config.getOptionalValue(FILE_PROPERTY, String.class)
                .filter(name -> !name.isBlank());
        return file.map(name -> loadFile(Path.of(name))).orElseGet(CatalogFiles::loadDefault);
    }

    public static ScopeCatalog loadDefault() {
        try (InputStream json = CatalogFiles.class.getClassLoader()
                .getResourceAsStream(DEFAULT_CATALOG)) {
            return CatalogReader.read(json, "default catalog");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public static ScopeCatalog loadFile(Path file) {
        try (InputStream json = Files.newInputStream(file)) {
            return CatalogReader.read(json, file.toString());
        } catch (IOException unreadable) {
            throw new InvalidCatalogException(file.toString(),
                    List.of("can't be read: " + unreadable.getMessage()));
        }
    }
}
