package dev.scopegate.scopes.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings one module's tables up to date. Each module keeps its scripts under
 * {@code db/migration/<module>} and its own history table, so modules migrate independently and
 * never touch each other's tables. The same scripts run on H2 and PostgreSQL.
 */
public final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    private SchemaMigration() {
    }

    public static void migrate(DataSource dataSource, String module, ClassLoader classLoader) {
        MigrateResult result = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + module)
                .table("flyway_" + module + "_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Schema of module " + module + " is at version "
                + (result.targetSchemaVersion == null ? "unchanged" : result.targetSchemaVersion)
                + " (" + result.migrationsExecuted + " migration(s) applied)");
    }
}
