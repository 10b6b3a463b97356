package dev.scopegate.scopes.persistence;

import javax.naming.NamingException;
import javax.sql.DataSource;

/** The application's one data source, which every module's persistence unit shares. */
public final class Database {

    /** Where the deployment binds the data source; the WAR declares it. */
    public static final String JNDI_NAME = "java:global/jdbc/scopegate";

    /**
     * A query hint for queries with parameters. EclipseLink's H2 platform would otherwise inline
     * the values, booleans as 0 and 1, which H2 refuses to compare with a BOOLEAN column.
     */
    public static final String BIND_PARAMETERS = "eclipselink.jdbc.bind-parameters";

    private Database() {
    }

    public static DataSource dataSource() {
        try {
            return javax.naming.InitialContext.doLookup(JNDI_NAME);
        } catch (NamingException missing) {
            throw new IllegalStateException("The deployment declares no data source "
                    + JNDI_NAME, missing);
        }
    }
}
