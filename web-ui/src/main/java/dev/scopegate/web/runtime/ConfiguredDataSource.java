package dev.scopegate.web.runtime;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one database of the application, chosen by configuration alone: {@code scopegate.db.url},
 * {@code scopegate.db.user} and {@code scopegate.db.password} (or the environment variables
 * {@code SCOPEGATE_DB_URL} and so on). The default is an H2 file in the data folder. The
 * container pools the connections this class opens; {@code web.xml} declares the pool.
 */
public class ConfiguredDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

    private volatile Target target;
    private int loginTimeoutSeconds;

    @Override
    public Connection getConnection() throws SQLException {
        return target().connect();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return target().connect(user, password);
    }

    private Target target() {
        Target resolved = target;
        if (resolved == null) {
            resolved = Target.from(ConfigProvider.getConfig(getClass().getClassLoader()));
            LOG.info("Database: " + resolved.describe());
            target = resolved;
        }
        return resolved;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Connections log through java.util.logging; there is no writer to keep.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return LOG;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    /** The configured database and the driver that reaches it. */
    private record Target(String url, String user, String password, Driver driver) {

        private static final String H2_FILE = "jdbc:h2:file:";

        static Target from(Config config) {
            String url = config.getValue("scopegate.db.url", String.class);
            String user = config.getOptionalValue("scopegate.db.user", String.class).orElse("");
            String password = config.getOptionalValue("scopegate.db.password", String.class)
                    .orElse("");
            String resolvedUrl = url.startsWith(H2_FILE) ? withAbsoluteH2Path(url) : url;
            return new Target(resolvedUrl, user, password, driverFor(resolvedUrl));
        }

        Connection connect() throws SQLException {
            return connect(user, password);
        }

        Connection connect(String asUser, String withPassword) throws SQLException {
            Properties properties = new Properties();
            properties.setProperty("user", asUser == null ? "" : asUser);
            properties.setProperty("password", withPassword == null ? "" : withPassword);
            Connection connection = driver.connect(url, properties);
            if (connection == null) {
                throw new SQLException("No driver accepts the configured database URL");
            }
            return connection;
        }

        /** The URL without its parameters, which may carry credentials. */
        String describe() {
            int parameters = url.indexOf('?');
            int options = url.indexOf(';');
            int cut = parameters < 0 ? options : options < 0 ? parameters
                    : Math.min(parameters, options);
            return cut < 0 ? url : url.substring(0, cut);
        }

        private static Driver driverFor(String url) {
            if (url.startsWith("jdbc:h2:")) {
                return new org.h2.Driver();
            }
            if (url.startsWith("jdbc:postgresql:")) {
                return new org.postgresql.Driver();
            }
            throw new IllegalStateException("Unsupported database URL " + url.split(":")[1]
                    + ": Scopegate runs on H2 (jdbc:h2:) and PostgreSQL (jdbc:postgresql:)");
        }

        /**
         * H2 refuses paths relative to the working directory unless they start with
         * {@code ./}; the data folder is resolved to an absolute path instead, and created.
         */
        private static String withAbsoluteH2Path(String url) {
            String rest = url.substring(H2_FILE.length());
            int options = rest.indexOf(';');
            String file = options < 0 ? rest : rest.substring(0, options);
            if (file.startsWith("~")) {
                return url;
            }
            Path absolute = Path.of(file).toAbsolutePath().normalize();
            try {
                Files.createDirectories(absolute.getParent());
            } catch (IOException unwritable) {
                throw new IllegalStateException("Can't create the data folder "
                        + absolute.getParent(), unwritable);
            }
            return H2_FILE + absolute + (options < 0 ? "" : rest.substring(options));
        }
    }
}
