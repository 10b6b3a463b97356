import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Scopegate's load generator: closed-loop HTTP/1.1 load on loopback against a few named
 * scenarios, measured side by side in one run. Started by {@code bench/run}; on its own:
 *
 * <pre>
 * BENCH_AUTH_APP="App sgk_..." java bench/LoadGenerator.java --base-url http://127.0.0.1:8181 \
 *     --scenario public,/api/v1/ping \
 *     --scenario "App key,/api/v1/ping/authenticated,BENCH_AUTH_APP"
 * </pre>
 *
 * <p>Each worker sends one request, waits for the whole answer, and sends the next, for a fixed
 * time. A warm-up that is not measured exercises every scenario first. The measured time of each
 * scenario is then cut into rounds run in mirrored order (A B, B A, A B, ...), and the rounds are
 * summed, so that a drift of the JIT, the garbage collector or the machine during the run does not
 * favour one scenario. Only 200 answers count as successes; everything else is an error, reported
 * on its own. The first scenario is the baseline the others are compared with.
 *
 * <p>Credentials never appear on the command line or in the output: a scenario names an
 * environment variable that holds its {@code Authorization} header.
 */
public final class LoadGenerator {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final String LOOPBACK = "127.0.0.1";

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println("LoadGenerator: " + wrong.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }

        int status;
        try (ExecutorService clientThreads = Executors.newVirtualThreadPerTaskExecutor()) {
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .proxy(HttpClient.Builder.NO_PROXY)
                    .connectTimeout(REQUEST_TIMEOUT)
                    .executor(clientThreads)
                    .build();
            status = run(client, options);
        }
        System.exit(status);
    }

    private static int run(HttpClient client, Options options) throws InterruptedException {
        List<Target> targets = options.scenarios().stream()
                .map(scenario -> new Target(scenario, scenario.request(options.baseUri())))
                .toList();
        printSetup(options);
        if (!preflight(client, targets)) {
            return 1;
        }

        if (options.warmup().isPositive()) {
            System.out.printf(Locale.ROOT, "Warming up for %d s...%n",
                    options.warmup().toSeconds());
            runRounds(client, targets, options.warmup().dividedBy(targets.size()), 2,
                    options.concurrency());
        }
        System.out.printf(Locale.ROOT, "Measuring %d s per scenario...%n",
                options.duration().toSeconds());
        List<Tally> results = runRounds(client, targets, options.duration(), options.rounds(),
                options.concurrency());

        new Report(options, results).print(System.out);
        return results.stream().allMatch(result -> result.successes() > 0) ? 0 : 1;
    }

    private static void printSetup(Options options) {
        System.out.printf(Locale.ROOT, "Scopegate benchmark against %s: %d workers, %d s per"
                        + " scenario in %d mirrored rounds, after %d s of warm-up%n",
                options.baseUri(), options.concurrency(), options.duration().toSeconds(),
                options.rounds(), options.warmup().toSeconds());
        System.out.printf(Locale.ROOT, "Load generator: Java %s, %d processors (shared with the"
                        + " server)%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        for (Scenario scenario : options.scenarios()) {
            System.out.printf(Locale.ROOT, "  %-12s GET %s%s%n", scenario.name(), scenario.path(),
                    scenario.authorization().map(value -> "  (Authorization: "
                            + value.split(" ", 2)[0] + " ...)").orElse(""));
        }
    }

    /** Sends one request per scenario; a scenario that does not answer 200 stops the run. */
    private static boolean preflight(HttpClient client, List<Target> targets)
            throws InterruptedException {
        boolean ready = true;
        for (Target target : targets) {
            try {
                int status = client.send(target.request(), BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    System.err.printf(Locale.ROOT, "%s answers %d, not 200: not measuring%n",
                            target.scenario().name(), status);
                    ready = false;
                }
            } catch (IOException unreachable) {
                System.err.printf(Locale.ROOT, "%s is unreachable: %s%n",
                        target.scenario().name(), unreachable);
                ready = false;
            }
        }
        return ready;
    }

    /**
     * Runs every scenario for {@code perScenario} in total, cut into rounds whose order mirrors
     * the previous round's, and returns each scenario's summed tally in the scenarios' order.
     */
    private static List<Tally> runRounds(HttpClient client, List<Target> targets,
            Duration perScenario, int rounds, int concurrency) throws InterruptedException {
        List<Tally> totals = new ArrayList<>();
        targets.forEach(target -> totals.add(new Tally()));
        Duration slice = perScenario.dividedBy(rounds);

        for (int round = 0; round < rounds; round++) {
            for (int index : orderOf(round, targets.size())) {
                totals.get(index).add(runSlice(client, targets.get(index).request(), slice,
                        concurrency));
            }
        }
        return totals;
    }

    /** Scenario indexes in the order of one round: forwards in even rounds, backwards in odd. */
    private static List<Integer> orderOf(int round, int scenarioCount) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scenarioCount; i++) {
            order.add(i);
        }
        if (round % 2 == 1) {
            Collections.reverse(order);
        }
        return order;
    }

    /** Runs {@code concurrency} closed-loop workers against one request for one slice. */
    private static Tally runSlice(HttpClient client, HttpRequest request, Duration slice,
            int concurrency) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + slice.toNanos();
        List<Future<Tally>> workers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                workers.add(threads.submit(() -> closedLoop(client, request, deadline)));
            }
        }

        Tally sliceTally = new Tally();
        for (Future<Tally> worker : workers) {
            try {
                sliceTally.add(worker.get());
            } catch (ExecutionException failed) {
                throw new IllegalStateException("a worker failed", failed.getCause());
            }
        }
        sliceTally.addElapsed(System.nanoTime() - start);
        return sliceTally;
    }

    /** One worker: the next request leaves when the previous answer is in, until the deadline. */
    private static Tally closedLoop(HttpClient client, HttpRequest request, long deadline) {
        Tally tally = new Tally();
        while (System.nanoTime() < deadline) {
            long sent = System.nanoTime();
            try {
                HttpResponse<Void> response = client.send(request, BodyHandlers.discarding());
                long micros = (System.nanoTime() - sent) / 1_000;
                if (response.statusCode() == 200) {
                    tally.succeeded(micros);
                } else {
                    tally.failed("HTTP " + response.statusCode());
                }
            } catch (IOException failed) {
                tally.failed(failed.getClass().getSimpleName());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return tally;
    }

    /**
     * One measured kind of request.
     *
     * @param authorization the {@code Authorization} header to send, if any
     */
    record Scenario(String name, String path, Optional<String> authorization) {

        /**
         * Reads {@code NAME,PATH[,ENV]}, where ENV names the environment variable that holds the
         * {@code Authorization} header, so that no secret shows in a process list.
         */
        static Scenario parse(String spec) {
            String[] parts = spec.split(",", -1);
            if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()
                    || !parts[1].startsWith("/") || parts[1].startsWith("//")) {
                throw new IllegalArgumentException("a scenario is NAME,/PATH[,ENV]: " + spec);
            }
            if (parts.length == 2) {
                return new Scenario(parts[0].strip(), parts[1], Optional.empty());
            }
            String header = System.getenv(parts[2]);
            if (header == null || header.isBlank()) {
                throw new IllegalArgumentException("scenario " + parts[0] + ": the environment"
                        + " variable " + parts[2] + " holds no Authorization header");
            }
            return new Scenario(parts[0].strip(), parts[1], Optional.of(header.strip()));
        }

        HttpRequest request(URI baseUri) {
            URI uri = requireLoopback(baseUri.resolve(path));
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(REQUEST_TIMEOUT)
                    .header("Accept", "application/json")
                    .GET();
            authorization.ifPresent(value -> request.header("Authorization", value));
            return request.build();
        }
    }

    /** A scenario with its request, built once. */
    record Target(Scenario scenario, HttpRequest request) {
    }

    /** Refuses anything but plain HTTP to 127.0.0.1: this tool is not for loading other hosts. */
    static URI requireLoopback(URI uri) {
        if (!"http".equals(uri.getScheme()) || !LOOPBACK.equals(uri.getHost())
                || uri.getPort() < 1 || uri.getUserInfo() != null) {
            throw new IllegalArgumentException("only http://" + LOOPBACK + ":PORT is allowed,"
                    + " not " + uri);
        }
        return uri;
    }

    /** The command line, checked against bounds so that a run always ends soon enough. */
    record Options(URI baseUri, List<Scenario> scenarios, Duration duration, Duration warmup,
            int concurrency, int rounds, double targetPercent) {

        static final String USAGE = """
                usage: java bench/LoadGenerator.java --base-url http://127.0.0.1:PORT
                           --scenario NAME,/PATH[,AUTHORIZATION_ENV] (twice or more; first is
                           the baseline) [--duration SECONDS] [--warmup SECONDS]
                           [--concurrency N] [--rounds N] [--target-percent P]""";

        static Options parse(String[] args) {
            URI baseUri = null;
            List<Scenario> scenarios = new ArrayList<>();
            int duration = 20;
            int warmup = 10;
            int concurrency = 32;
            int rounds = 4;
            double target = 90;
            for (int i = 0; i < args.length; i += 2) {
                String value = valueOf(args, i);
                switch (args[i]) {
                    case "--base-url" -> baseUri = requireLoopback(URI.create(value));
                    case "--scenario" -> scenarios.add(Scenario.parse(value));
                    case "--duration" -> duration = bounded("--duration", value, 1, 3600);
                    case "--warmup" -> warmup = bounded("--warmup", value, 0, 3600);
                    case "--concurrency" -> concurrency = bounded("--concurrency", value, 1, 1024);
                    case "--rounds" -> rounds = bounded("--rounds", value, 1, 100);
                    case "--target-percent" -> target = bounded("--target-percent", value, 1, 100);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (baseUri == null || scenarios.size() < 2) {
                throw new IllegalArgumentException("--base-url and two scenarios are required");
            }
            for (Scenario scenario : scenarios) {
                scenario.request(baseUri);
            }
            return new Options(baseUri, List.copyOf(scenarios), Duration.ofSeconds(duration),
                    Duration.ofSeconds(warmup), concurrency, rounds, target);
        }

        private static String valueOf(String[] args, int i) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            return args[i + 1];
        }

        private static int bounded(String option, String value, int min, int max) {
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            throw new IllegalArgumentException(option + " must be a whole number from " + min
                    + " to " + max + ", not " + value);
        }
    }

    /** What one worker, slice or scenario counted: successes with their latencies, and errors. */
    static final class Tally {

        private final Histogram latencies = new Histogram();
        private final Map<String, Long> errors = new TreeMap<>();
        private long elapsedNanos;

        void succeeded(long micros) {
            latencies.record(micros);
        }

        void failed(String kind) {
            errors.merge(kind, 1L, Long::sum);
        }

        void addElapsed(long nanos) {
            elapsedNanos += nanos;
        }

        void add(Tally other) {
            latencies.add(other.latencies);
            other.errors.forEach((kind, count) -> errors.merge(kind, count, Long::sum));
            elapsedNanos += other.elapsedNanos;
        }

        long successes() {
            return latencies.count();
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        Map<String, Long> errors() {
            return Collections.unmodifiableMap(errors);
        }

        /** Successful requests per second of measured wall-clock time. */
        double throughput() {
            return elapsedNanos == 0 ? 0 : successes() * 1e9 / elapsedNanos;
        }

        Histogram latencies() {
            return latencies;
        }
    }

    /**
     * Latencies in microseconds, in log-linear buckets: exact below 128 µs, then 64 buckets per
     * power of two, so a reported percentile is at most 1/64 (1.6%) above the true one. Its size
     * is fixed, however many requests it counts; values above a minute count as a minute.
     */
    static final class Histogram {

        private static final int SUB_BUCKET_BITS = 6;
        private static final int SUB_BUCKETS = 1 << SUB_BUCKET_BITS;
        private static final int LINEAR_LIMIT = 2 * SUB_BUCKETS;
        private static final long MAX_MICROS = 60_000_000;

        private final long[] counts = new long[indexOf(MAX_MICROS) + 1];
        private long count;
        private long max;

        void record(long micros) {
            long value = Math.clamp(micros, 0, MAX_MICROS);
            counts[indexOf(value)]++;
            count++;
            max = Math.max(max, value);
        }

        void add(Histogram other) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
            count += other.count;
            max = Math.max(max, other.max);
        }

        long count() {
            return count;
        }

        long maxMicros() {
            return max;
        }

        /** The latency that {@code percent} of the requests did not exceed, in microseconds. */
        long percentileMicros(double percent) {
            long rank = Math.max(1, (long) Math.ceil(percent / 100 * count));
            long seen = 0;
            for (int i = 0; i < counts.length; i++) {
                seen += counts[i];
                if (seen >= rank) {
                    return Math.min(highestIn(i), max);
                }
            }
            return max;
        }

        private static int indexOf(long value) {
            if (value < LINEAR_LIMIT) {
                return (int) value;
            }
            int shift = 63 - Long.numberOfLeadingZeros(value) - SUB_BUCKET_BITS;
            return shift * SUB_BUCKETS + (int) (value >>> shift);
        }

        private static long highestIn(int index) {
            if (index < LINEAR_LIMIT) {
                return index;
            }
            int shift = index / SUB_BUCKETS - 1;
            long subBucket = index % SUB_BUCKETS + SUB_BUCKETS;
            return ((subBucket + 1) << shift) - 1;
        }
    }

    /** The results as a table with one column per scenario, then each one's share of the first. */
    record Report(Options options, List<Tally> results) {

        private static final double[] PERCENTILES = {50, 90, 99, 99.9};

        void print(PrintStream out) {
            int width = Math.max(12, options.scenarios().stream()
                    .mapToInt(scenario -> scenario.name().length() + 2).max().orElse(0));
            out.println();
            row(out, width, "", options.scenarios().stream().map(Scenario::name).toList());
            row(out, width, "requests", format(tally -> "%d".formatted(tally.successes())));
            row(out, width, "errors", format(tally -> "%d".formatted(tally.errorCount())));
            row(out, width, "requests/s", format(tally -> decimal(tally.throughput(), 1)));
            for (double percentile : PERCENTILES) {
                String label = "p" + (percentile % 1 == 0 ? "%.0f" : "%.1f")
                        .formatted(percentile) + " ms";
                row(out, width, label, format(tally -> millis(
                        tally.latencies().percentileMicros(percentile))));
            }
            row(out, width, "max ms", format(tally -> millis(tally.latencies().maxMicros())));
            out.println();
            printErrors(out);
            printComparison(out);
        }

        private List<String> format(Function<Tally, String> cell) {
            return results.stream().map(cell).toList();
        }

        private static void row(PrintStream out, int width, String label,
                List<String> cells) {
            StringBuilder line = new StringBuilder("%-12s".formatted(label));
            cells.forEach(cell -> line.append(" ".repeat(Math.max(1, width - cell.length())))
                    .append(cell));
            out.println(line);
        }

        private void printErrors(PrintStream out) {
            for (int i = 0; i < results.size(); i++) {
                if (!results.get(i).errors().isEmpty()) {
                    out.printf(Locale.ROOT, "Errors of %s: %s%n",
                            options.scenarios().get(i).name(), results.get(i).errors());
                }
            }
        }

        private void printComparison(PrintStream out) {
            Scenario baseline = options.scenarios().get(0);
            double baselineThroughput = results.get(0).throughput();
            for (int i = 1; i < results.size(); i++) {
                double percent = baselineThroughput == 0 ? 0
                        : 100 * results.get(i).throughput() / baselineThroughput;
                out.printf(Locale.ROOT, "%s: %.1f%% of %s throughput (target %s%%): %s%n",
                        options.scenarios().get(i).name(), percent, baseline.name(),
                        decimal(options.targetPercent(), 0),
                        percent >= options.targetPercent() ? "met" : "NOT met");
            }
        }

        private static String millis(long micros) {
            return decimal(micros / 1000.0, 2);
        }

        private static String decimal(double value, int places) {
            return String.format(Locale.ROOT, "%." + places + "f", value);
        }
    }
}
