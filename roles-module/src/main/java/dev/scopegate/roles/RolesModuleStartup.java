package dev.scopegate.roles;

import dev.scopegate.roles.application.AdministratorBootstrap;
import dev.scopegate.roles.application.BuiltInRoleSynchronizer;
import dev.scopegate.scopes.persistence.Database;
import dev.scopegate.scopes.persistence.SchemaMigration;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * At deployment, after the scopes module (see the ordering in web-fragment.xml): migrate this
 * module's tables, bring the built-in roles up to date, and create the first administrator.
 */
@WebListener
public class RolesModuleStartup implements ServletContextListener {

    @Inject
    BuiltInRoleSynchronizer builtInRoles;

    @Inject
    AdministratorBootstrap bootstrap;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SchemaMigration.migrate(Database.dataSource(), "roles",
                RolesModuleStartup.class.getClassLoader());
        builtInRoles.synchronize();
        bootstrap.createAdministratorIfNoUsers();
    }
}
