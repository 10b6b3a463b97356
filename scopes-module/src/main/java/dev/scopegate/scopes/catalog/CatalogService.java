package dev.scopegate.scopes.catalog;

import dev.scopegate.scopes.domain.Scope;
import dev.scopegate.scopes.domain.ScopeCatalog;
import dev.scopegate.scopes.persistence.StoredScope;
import dev.scopegate.scopes.persistence.StoredScopeRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

    /**
     * Resolves what a client sent as scopes: GUIDs or names of active scopes. A retired or
     * unknown entry is reported back as it was sent, so that the error can name it.
     */
    public ScopeResolution resolve(Collection<String> references) {
        List<Scope> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String reference : references) {
            catalog.find(reference).ifPresentOrElse(found::add, () -> unknown.add(reference));
        }
        return new ScopeResolution(List.copyOf(found), List.copyOf(unknown));
    }

    /** The names of the active scopes among these GUIDs; retired and unknown ones are left out. */
    public Set<String> activeNames(Collection<String> guids) {
        Set<String> names = new TreeSet<>();
        for (String guid : guids) {
            catalog.find(guid).ifPresent(scope -> names.add(scope.name().value()));
        }
        return names;
    }

    /** What a list of scope references came to. */
    public record ScopeResolution(List<Scope> scopes, List<String> unknown) {

        public boolean isComplete() {
            return unknown.isEmpty();
        }
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
