package dev.scopegate.web.runtime;

import dev.scopegate.scopes.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Override
    public HealthCheckResponse call() {
        boolean reachable;
        try (Connection connection = Database.dataSource().getConnection()) {
            reachable = connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException unreachable) {
            reachable = false;
        }
        return HealthCheckResponse.named("database").status(reachable).build();
    }
}
