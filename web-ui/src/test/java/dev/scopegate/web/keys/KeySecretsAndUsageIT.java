package dev.scopegate.web.keys;

import static dev.scopegate.web.support.Credentials.admin;
import static dev.scopegate.web.support.Fixtures.app;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.web.support.Api;
import dev.scopegate.web.support.Deployments;
import dev.scopegate.web.support.Fixtures;
import dev.scopegate.web.support.PayaraMicro;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What only the server's own log and a restart can show: no secret is ever logged, even at the
 * finest level, and last-used times reach the database in batches.
 */
class KeySecretsAndUsageIT {

    private static final Path WORK = Path.of("target", "it-servers", "key-secrets");

    @Test
    void secretsNeverReachTheLogAndLastUseSurvivesARestart() throws Exception {
        Path workDir = WORK.resolve(System.getProperty("scopegate.it.database", "h2"));
        PayaraMicro.clean(workDir);
        List<String> options = List.of("-Dscopegate.keys.last-used-flush-seconds=1",
                "-Djava.util.logging.config.file=" + fineLogging(workDir));

        JsonObject key;
        JsonObject rotated;
        Instant used;
        try (PayaraMicro first = PayaraMicro.start(Deployments.scopegate(), workDir, options)) {
            Api api = first.api();
            Fixtures fixtures = new Fixtures(api);
            key = fixtures.createKey(admin(), "{\"name\": \"logged\"}");
            used = Instant.now();
            api.get("api/v1/me", app(key));
            String secret = key.getString("apiKeySecret");
            api.get("api/v1/me", "App " + secret.substring(0, secret.length() - 1) + "0");
            api.get("api/v1/me", "App " + secret + "extra");
            rotated = api.postJson("api/v1/keys/" + key.getString("id") + "/rotate", admin(),
                    "{\"gracePeriodSeconds\": 60}").json();
            api.get("api/v1/me", app(rotated));
            Thread.sleep(2_500);

            assertThat(first.log()).contains("Refused credentials")
                    .doesNotContain(secret)
                    .doesNotContain(secret.substring(4, 24))
                    .doesNotContain(rotated.getString("apiKeySecret"));
        }

        try (PayaraMicro second = PayaraMicro.start(Deployments.scopegate(), workDir, List.of())) {
            JsonObject read = second.api().get("api/v1/keys/" + key.getString("id"), admin())
                    .json();

            assertThat(read.containsKey("lastUsedAt")).isTrue();
            assertThat(Instant.parse(read.getString("lastUsedAt"))).isAfter(used.minusSeconds(1));
        }
    }

    /** A logging configuration that lets Scopegate's FINE messages through to the log. */
    private static Path fineLogging(Path workDir) throws IOException {
        Path file = workDir.resolve("logging.properties").toAbsolutePath();
        Files.createDirectories(workDir);
        Files.writeString(file, String.join("\n",
                "handlers=java.util.logging.ConsoleHandler",
                "java.util.logging.ConsoleHandler.level=FINE",
                ".level=INFO",
                "dev.scopegate.level=FINE", ""));
        return file;
    }
}
