package dev.scopegate.keys;

import dev.scopegate.keys.security.LastUsedRecorder;
import dev.scopegate.scopes.persistence.Database;
import dev.scopegate.scopes.persistence.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * At deployment, after the roles module: migrate this module's tables and start writing the
 * keys' last-used times in batches; at undeployment, write what is left.
 */
@WebListener
public class KeysModuleStartup implements ServletContextListener {

    static final String FLUSH_PROPERTY = "scopegate.keys.last-used-flush-seconds";
    private static final Logger LOG = Logger.getLogger(KeysModuleStartup.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    LastUsedRecorder lastUsed;

    @Inject
    Config config;

    private ScheduledFuture<?> flushing;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SchemaMigration.migrate(Database.dataSource(), "keys",
                KeysModuleStartup.class.getClassLoader());
        long seconds = config.getOptionalValue(FLUSH_PROPERTY, Long.class).orElse(60L);
        flushing = scheduler.scheduleWithFixedDelay(this::flush, seconds, seconds,
                TimeUnit.SECONDS);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (flushing != null) {
            flushing.cancel(false);
        }
        flush();
    }

    private void flush() {
        try {
            lastUsed.flush();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not record when API keys were last used", failed);
        }
    }
}
