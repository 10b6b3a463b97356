package dev.scopegate.scopes.catalog;

import dev.scopegate.scopes.domain.Scope;
import dev.scopegate.scopes.domain.ScopeCatalog;
import dev.scopegate.scopes.persistence.StoredScope;
import dev.scopegate.scopes.persistence.StoredScopeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Makes the database agree with the catalog file, matching scopes by GUID: new scopes are
 * added, changed ones updated, and those that left the file retired, so that they can no longer
 * be granted and grant nothing.
 */
@ApplicationScoped
public class CatalogSynchronizer {

    private static final Logger LOG = Logger.getLogger(CatalogSynchronizer.class.getName());

    @Inject
    StoredScopeRepository storedScopes;

    @Transactional
    public void synchronize(ScopeCatalog catalog) {
        Instant now = Instant.now();
        Map<String, StoredScope> stored = storedScopes.findAll().stream()
                .collect(Collectors.toMap(scope -> scope.guid().toString(), Function.identity()));
        int added = 0;
        for (Scope scope : catalog.scopes()) {
            StoredScope existing = stored.remove(scope.guid().toString());
            if (existing == null) {
                storedScopes.add(new StoredScope(scope, now));
                added++;
            } else {
                existing.refreshFrom(scope, now);
            }
        }
        int retired = 0;
        for (StoredScope leftFile : stored.values()) {
            if (!leftFile.isRetired()) {
                leftFile.retire(now);
                retired++;
                LOG.info("Scope " + leftFile.name() + " (" + leftFile.guid()
                        + ") left the catalog and is retired");
            }
        }
        int addedCount = added;
        int retiredCount = retired;
        LOG.info(() -> "Scope catalog synchronised: " + catalog.size() + " active, "
                + addedCount + " added, " + retiredCount + " retired");
    }
}
