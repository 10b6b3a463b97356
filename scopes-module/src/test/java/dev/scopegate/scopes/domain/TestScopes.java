package dev.scopegate.scopes.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Builds scopes and catalogs for tests; each GUID derives from the name, so it is stable. */
public final class TestScopes {

    private TestScopes() {
    }

    public static Scope serverSide(String name, String... covers) {
        List<ScopePattern> patterns = Arrays.stream(covers).map(ScopePattern::of).toList();

        return new Scope(guidOf(name), ScopeName.of(name), "Test", "", false, patterns);
    }

    public static Scope clientSide(String name) {
        return new Scope(guidOf(name), ScopeName.of(name), "Test", "", true, List.of());
    }

    public static ScopeCatalog catalogOf(Scope... scopes) {
        return ScopeCatalog.of("test catalog", List.of(scopes));
    }

    public static UUID guidOf(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
