package dev.hostledger.testsupport;

import dev.hostledger.testsupport.internal.FreePorts;
import dev.hostledger.testsupport.kafka.BrokerMain;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real single-node KRaft Kafka broker (combined broker + controller) running in its own JVM, so that it can be
 * stopped and restarted like a real outage while the clients in this JVM keep running.
 *
 * <p>Layout of {@code dataDir}: {@code server.properties} (rewritten at each start), {@code cluster.id} and, for a
 * broker on a free port, {@code controller.port} (kept so a later start, even from another JVM, reuses the formatted
 * storage as it was), {@code kraft/} (Kafka's log dirs) and {@code broker.log} (the broker's stdout, stderr and log,
 * appended across starts).
 */
public final class KafkaBrokerProcess implements KafkaServer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBrokerProcess.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String HOST = "127.0.0.1";

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final String clusterId;
    private final Path logFile;
    private final Path propertiesFile;

    private Process process;
    private OutputStream lifeline;

    private KafkaBrokerProcess(Path dataDir, int port, int controllerPort, String clusterId) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.clusterId = clusterId;
        this.logFile = dataDir.resolve("broker.log");
        this.propertiesFile = dataDir.resolve("server.properties");
    }

    /**
     * Starts a broker on {@code 127.0.0.1:port} ({@code 0} = a free port) with its data in {@code dataDir}, which
     * is created if missing and reused as it is if it holds a broker from an earlier run. Returns once the broker
     * answers an AdminClient; throws, with the tail of the broker log, if it does not within 60 seconds.
     */
    public static KafkaBrokerProcess start(Path dataDir, int port) {
        try {
            Path dir = dataDir.toAbsolutePath();
            Files.createDirectories(dir);
            int brokerPort = port == 0 ? FreePorts.pick() : port;
            // A fixed broker port gets a predictable controller port next to it, for people reading netstat.
            int cport = port == 0 ? controllerPort(dir, brokerPort) : port + 1;
            KafkaBrokerProcess broker = new KafkaBrokerProcess(dir, brokerPort, cport, clusterId(dir));
            broker.restart();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Kafka data directory " + dataDir, e);
        }
    }

    @Override
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return logFile;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** OS process id of the running broker; -1 when stopped. */
    public synchronized long pid() {
        return isRunning() ? process.pid() : -1;
    }

    /** SIGTERM, then waits for the broker's clean shutdown (data kept). No-op when stopped. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            process.destroy();
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("Kafka broker pid {} ignored SIGTERM for {}, killing it", process.pid(), STOP_TIMEOUT);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            closeLifeline();
            process = null;
        }
        log.info("Kafka broker {} stopped in {} ms", bootstrapServers(), millisSince(t0));
    }

    /**
     * Stops the broker if it runs, then starts it again on the same ports with the same data, and waits until it
     * answers. Also starts a stopped broker.
     */
    public synchronized void restart() {
        stop();
        long t0 = System.nanoTime();
        if (!FreePorts.isFree(port) || !FreePorts.isFree(controllerPort)) {
            throw new IllegalStateException("Cannot start the Kafka broker: port " + port + " or " + controllerPort
                    + " on " + HOST + " is in use (a broker left over from an earlier run? see " + logFile + ")");
        }
        try {
            writeServerProperties();
            List<String> args = new ArrayList<>(List.of(propertiesFile.toString()));
            // --ignore-formatted would make formatting a no-op too, but it still costs a second or so per restart.
            if (!Files.exists(dataDir.resolve("kraft").resolve("meta.properties"))) {
                args.add(clusterId);
            }
            process = launch(args);
            lifeline = process.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch the Kafka broker (see " + logFile + ")", e);
        }
        awaitReady();
        log.info("Kafka broker {} (pid {}) ready in {} ms, log {}", bootstrapServers(), process.pid(),
                millisSince(t0), logFile);
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "Kafka broker " + bootstrapServers() + " (own process, data " + dataDir + ")";
    }

    private void writeServerProperties() throws IOException {
        String props = String.join("\n",
                "# Written by " + KafkaBrokerProcess.class.getName() + " at every start; edits are lost.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + HOST + ":" + controllerPort,
                "listeners=PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + HOST + ":" + port,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dataDir.resolve("kraft"),
                // Topics are part of the design (partitions, retention): nobody gets one by typo.
                "auto.create.topics.enable=false",
                "num.partitions=3",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=5",
                "group.initial.rebalance.delay.ms=0",
                // Sized for a 2-core laptop or CI runner sharing the machine with PostgreSQL and the services.
                "num.network.threads=2",
                "num.io.threads=4",
                "background.threads=4",
                "num.recovery.threads.per.data.dir=1",
                "log.cleaner.threads=1",
                "log.cleaner.dedupe.buffer.size=16777216",
                "log.segment.bytes=16777216",
                "log.index.size.max.bytes=1048576",
                "delete.topic.enable=true",
                "");
        Files.writeString(propertiesFile, props, StandardCharsets.UTF_8);
    }

    private Process launch(List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-Djava.awt.headless=true");
        // Kafka's shutdown logs are exactly what one reads after a failed stop; log4j2 must not close first.
        command.add("-Dlog4j2.shutdownHookEnabled=false");
        command.addAll(BrokerLogging.jvmOptions(dataDir));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BrokerMain.class.getName());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Files.writeString(logFile, "==== " + java.time.Instant.now() + " " + String.join(" ", args) + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        return builder.start();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        // Until the port accepts connections an AdminClient would only fill the caller's log with warnings.
        while (!accepts()) {
            checkAlive();
            if (System.nanoTime() > deadline) {
                throw failure("The Kafka broker did not open " + bootstrapServers() + " within " + READY_TIMEOUT);
            }
            sleep(100);
        }
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 100,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500,
                AdminClientConfig.CLIENT_ID_CONFIG, "hostledger-broker-readiness");
        Exception last = null;
        try (Admin admin = Admin.create(config)) {
            while (System.nanoTime() < deadline) {
                checkAlive();
                try {
                    Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000))
                            .nodes().get(4, TimeUnit.SECONDS);
                    if (!nodes.isEmpty()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
                } catch (Exception e) {
                    last = e;
                }
                sleep(100);
            }
        }
        IllegalStateException e = failure("The Kafka broker at " + bootstrapServers() + " did not answer within "
                + READY_TIMEOUT + (last == null ? "" : " (last error: " + last + ")"));
        stopQuietly();
        throw e;
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void checkAlive() {
        if (!process.isAlive()) {
            int exit = process.exitValue();
            closeLifeline();
            process = null;
            throw failure("The Kafka broker process exited with code " + exit + " while starting (format or start)");
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException ignored) {
            // The readiness failure is what the caller needs to see.
        }
    }

    private IllegalStateException failure(String message) {
        return new IllegalStateException(message + ". Last lines of " + logFile + ":\n" + tail(logFile, 60));
    }

    private void closeLifeline() {
        if (lifeline != null) {
            try {
                lifeline.close();
            } catch (IOException ignored) {
                // The child is gone or going; nothing is left to tell it.
            }
            lifeline = null;
        }
    }

    static String tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return "(no log file)";
        }
        Deque<String> last = new ArrayDeque<>();
        try (Stream<String> all = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            all.forEach(line -> {
                last.addLast(line);
                if (last.size() > lines) {
                    last.removeFirst();
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read the log: " + e + ")";
        }
        return String.join("\n", last);
    }

    private static String clusterId(Path dir) throws IOException {
        Path file = dir.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
        return id;
    }

    /**
     * A data directory keeps its controller port across runs while that port is free, so the voter endpoint in
     * server.properties stays the one its metadata log was written with.
     */
    private static int controllerPort(Path dir, int brokerPort) throws IOException {
        Path file = dir.resolve("controller.port");
        if (Files.exists(file)) {
            int previous = Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).trim());
            if (previous != brokerPort && FreePorts.isFree(previous)) {
                return previous;
            }
        }
        int chosen;
        do {
            chosen = FreePorts.pick();
        } while (chosen == brokerPort);
        Files.writeString(file, chosen + "\n", StandardCharsets.UTF_8);
        return chosen;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }
}
