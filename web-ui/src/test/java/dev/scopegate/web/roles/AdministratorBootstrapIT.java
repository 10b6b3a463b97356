package dev.scopegate.web.roles;

import static dev.scopegate.web.support.Credentials.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.scopegate.web.support.Deployments;
import dev.scopegate.web.support.PayaraMicro;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first start on an empty database creates {@code admin}; without a configured password the
 * generated one goes to a file readable by its owner, never to the log.
 */
class AdministratorBootstrapIT {

    private static final Path WORK = Path.of("target", "it-servers", "bootstrap");

    @Test
    void firstStartWithoutAPasswordGeneratesOneIntoAPrivateFile() throws Exception {
        assumeTrue(System.getProperty("scopegate.it.database", "h2").equals("h2"),
                "needs an empty database, which only the H2 run starts from");
        Path passwordFile = WORK.resolve("data").resolve("initial-admin-password");
        List<String> noPassword = List.of("-Dscopegate.admin.password=");
        PayaraMicro.clean(WORK);

        String password;
        try (PayaraMicro first = PayaraMicro.start(Deployments.scopegate(), WORK, noPassword)) {
            password = Files.readString(passwordFile).strip();

            assertThat(password).hasSizeGreaterThanOrEqualTo(24);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            assertThat(first.log()).contains("Created user 'admin' with a generated password,"
                    + " written to " + passwordFile.toAbsolutePath())
                    .doesNotContain(password);
            assertThat(first.api().get("api/v1/me", basic("admin", password)).status())
                    .isEqualTo(200);
        }

        Files.delete(passwordFile);
        try (PayaraMicro second = PayaraMicro.start(Deployments.scopegate(), WORK, noPassword)) {
            assertThat(passwordFile).doesNotExist();
            assertThat(second.log()).doesNotContain("Created user 'admin'");
            assertThat(second.api().get("api/v1/me", basic("admin", password)).status())
                    .isEqualTo(200);
        }
    }
}
