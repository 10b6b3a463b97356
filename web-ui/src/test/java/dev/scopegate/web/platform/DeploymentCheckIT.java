package dev.scopegate.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.web.support.Deployments;
import dev.scopegate.web.support.PayaraMicro;
import dev.scopegate.web.support.UnguardedResource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default is deny: an endpoint without a valid rule stops the deployment. */
class DeploymentCheckIT {

    private static final Path WORK = Path.of("target", "it-servers", "deployment-check");

    @Test
    void deploymentWithAnUnguardedEndpointFailsNamingIt() throws Exception {
        try (PayaraMicro server = PayaraMicro.start(
                Deployments.scopegate().addClass(UnguardedResource.class),
                WORK.resolve(database()), List.of())) {

            String log = server.log();
            String resource = UnguardedResource.class.getName();

            assertThat(log).contains("GET /test/unguarded (" + resource + "#forgotten)"
                    + " has neither @RequiresScope nor @PermitAll");
            assertThat(log).contains("GET /test/unguarded/teleport (" + resource
                    + "#unknownScope) requires scope 'sms:teleport', which is not in the"
                    + " scope catalog");
            assertThat(server.api().get("test/unguarded").status()).isEqualTo(404);
            assertThat(server.api().get("api/v1/scopes").status())
                    .as("nothing of the application is served")
                    .isEqualTo(404);
        }
    }

    private static String database() {
        return System.getProperty("scopegate.it.database", "h2");
    }
}
