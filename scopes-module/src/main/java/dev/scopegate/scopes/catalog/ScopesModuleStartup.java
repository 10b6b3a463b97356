package dev.scopegate.scopes.catalog;

import dev.scopegate.scopes.persistence.Database;
import dev.scopegate.scopes.persistence.SchemaMigration;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * At deployment: migrate the module's tables, then synchronise the catalog into them. A servlet
 * listener rather than a CDI start-up observer, because only here does the container provide
 * the component context that resource and persistence-context injection need.
 */
@WebListener
public class ScopesModuleStartup implements ServletContextListener {

    @Inject
    CatalogService catalogService;

    @Inject
    CatalogSynchronizer synchronizer;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SchemaMigration.migrate(Database.dataSource(), "scopes",
                ScopesModuleStartup.class.getClassLoader());
        synchronizer.synchronize(catalogService.catalog());
    }
}
