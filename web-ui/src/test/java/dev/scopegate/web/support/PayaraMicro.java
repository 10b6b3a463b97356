package dev.scopegate.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A Payara Micro process of the test's own, for what Arquillian can't show: the server log of a
 * deployment that must fail, and a restart over the same data. Always on loopback, with the
 * flags of DESIGN.md; stopped by its process id.
 */
public final class PayaraMicro implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(240);
    private static final String READY = "Payara Micro URLs";
    private static final String STARTED = "Deployed";
    private static final String ADMIN_PASSWORD = "-Dscopegate.admin.password=";

    private final Process process;
    private final Path log;
    private final int port;

    private PayaraMicro(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Deploys the archive at the root context and waits until the server has finished
     * starting, whether or not the deployment succeeded.
     *
     * @param workDir          this server's own folder for its log, runtime and H2 data
     * @param systemProperties extra {@code -D} options, such as a catalog file; the bootstrap
     *                         administrator gets the tests' password unless they name another
     */
    public static PayaraMicro start(WebArchive archive, Path workDir, List<String> systemProperties)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path war = workDir.resolve("scopegate.war");
        archive.as(ZipExporter.class).exportTo(war.toFile(), true);
        Path log = workDir.resolve("server.log");
        int port = freeLoopbackPort();

        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Djava.io.tmpdir=" + workDir);
        command.add("-Dh2.bindAddress=127.0.0.1");
        command.add("-Djava.net.preferIPv4Stack=true");
        command.add("-Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS");
        command.add("-Dscopegate.data.dir=" + workDir.resolve("data"));
        command.addAll(databaseOptions());
        if (systemProperties.stream().noneMatch(option -> option.startsWith(ADMIN_PASSWORD))) {
            command.add(ADMIN_PASSWORD + System.getProperty("scopegate.it.admin.password"));
        }
        command.addAll(systemProperties);
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"),
                "--nohazelcast", "--disablephonehome",
                "--prebootcommandfile", System.getProperty("scopegate.preboot"),
                "--port", String.valueOf(port), "--contextroot", "/",
                "--deploy", war.toString()));

        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        PayaraMicro server = new PayaraMicro(process, log, port);
        server.awaitStartup();
        return server;
    }

    /** Removes a server folder left by an earlier run, so that the server starts empty. */
    public static void clean(Path workDir) throws IOException {
        if (!Files.exists(workDir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(workDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public Api api() {
        return Api.at(java.net.URI.create("http://127.0.0.1:" + port + "/"));
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void awaitStartup() throws InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            String output = log();
            if (output.contains(READY) || (output.contains(STARTED) && !process.isAlive())) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited early:\n" + output);
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Payara Micro did not start in " + STARTUP);
    }

    /** The database of this test run: the failsafe execution names H2 or PostgreSQL. */
    private static List<String> databaseOptions() {
        String options = System.getProperty("scopegate.it.db.options", "").strip();
        return options.isEmpty() ? List.of() : Arrays.stream(options.split("\\s+"))
                .filter(option -> !option.startsWith("-Dscopegate.data.dir="))
                .toList();
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
