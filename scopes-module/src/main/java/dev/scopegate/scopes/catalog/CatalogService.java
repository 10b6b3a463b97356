package dev.scopegate.scopes.catalog;

import dev.scopegate.scopes.domain.Scope;
import dev.scopegate.scopes.domain.ScopeCatalog;
import dev.scopegate.scopes.persistence.StoredScope;
import dev.scopegate.scopes.persistence.StoredScopeRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The scope catalog in force: the configured catalog file, held in memory for request-time
 * checks, with the database remembering the scopes that have been retired since.
 */
@ApplicationScoped
public class CatalogService {

    @Inject
    StoredScopeRepository storedScopes;

    private ScopeCatalog catalog;

    @PostConstruct
    void load() {
        catalog = CatalogFiles.loadConfigured(ConfigProvider.getConfig());
    }

    public ScopeCatalog catalog() {
        return catalog;
    }

    /** Effective scopes of a caller holding the given scope names; see {@link ScopeCatalog}. */
    public Set<String> effectiveScopes(Collection<String> grantedNames) {
        return catalog.effectiveScopes(grantedNames);
    }

    /** An active scope by GUID or name. */
    public Optional<Scope> findActive(String guidOrName) {
        return catalog.find(guidOrName);
    }

    /** A retired scope by GUID, for showing what an old reference meant. */
    public Optional<StoredScope> findRetired(String guid) {
        try {
            return storedScopes.findByGuid(UUID.fromString(guid)).filter(StoredScope::isRetired);
        } catch (IllegalArgumentException notAGuid) {
            return storedScopes.findRetiredByName(guid).stream().findFirst();
        }
    }
}
