package dev.hostledger.testsupport;

import dev.hostledger.testsupport.internal.Containers;
import dev.hostledger.testsupport.internal.ImapMailServer;
import dev.hostledger.testsupport.internal.JdbcPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real servers a test run uses, one set per JVM. Each server is chosen on first use, independently of the
 * others: from environment variables when they name one, else a Testcontainers container when a Docker engine
 * answers, else an embedded server started here. A server that cannot be had is an exception, never a skipped
 * test. Everything started here is stopped by a JVM shutdown hook.
 *
 * <p>{@code HOSTLEDGER_TEST_INFRA} (or system property {@code hostledger.test.infra}) = {@code auto} (default),
 * {@code embedded} (never containers) or {@code containers} (fail without Docker). See test-support/README.md.
 */
public final class Infrastructure {

    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);
    private static final Infrastructure SHARED = new Infrastructure(System.getenv());
    /** Names Spring Boot and Spring Framework give their shutdown hook threads. */
    private static final java.util.Set<String> SPRING_HOOK_THREADS =
            java.util.Set.of("SpringApplicationShutdownHook", "SpringContextShutdownHook");
    private static final java.time.Duration SPRING_CLOSE_WAIT = java.time.Duration.ofSeconds(30);

    private final Map<String, String> env;
    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    private Boolean docker;
    private PostgresServer postgres;
    private KafkaServer kafka;
    private MailServer mail;
    private Path workDir;
    private boolean hookInstalled;

    private Infrastructure(Map<String, String> env) {
        this.env = env;
    }

    public static Infrastructure shared() {
        return SHARED;
    }

    public synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = obtain("PostgreSQL", this::postgresFromEnv, Containers::postgres,
                    () -> {
                        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(workDir().resolve("postgres"),
                                null, 0);
                        return new Containers.Started<>(server, server);
                    });
        }
        return postgres;
    }

    public synchronized KafkaServer kafka() {
        if (kafka == null) {
            kafka = obtain("Kafka", this::kafkaFromEnv, Containers::kafka,
                    () -> {
                        Path dir = workDir().resolve("kafka-" + ProcessHandle.current().pid() + "-"
                                + System.currentTimeMillis());
                        KafkaBrokerProcess broker = KafkaBrokerProcess.start(dir, 0);
                        return new Containers.Started<>(broker, () -> {
                            broker.stop();
                            // The data is worthless after the run; broker.log stays for whoever reads a failure.
                            deleteTree(dir.resolve("kraft"));
                        });
                    });
        }
        return kafka;
    }

    public synchronized MailServer mail() {
        if (mail == null) {
            mail = obtain("SMTP", this::mailFromEnv, Containers::mail,
                    () -> {
                        EmbeddedMailServer server = EmbeddedMailServer.start(0, 0);
                        return new Containers.Started<>(server, server);
                    });
        }
        return mail;
    }

    private interface Source<T> {
        Containers.Started<T> get();
    }

    private <T> T obtain(String what, java.util.function.Supplier<T> fromEnv, Source<? extends T> container,
                         Source<? extends T> embedded) {
        long t0 = System.nanoTime();
        T fromEnvironment = fromEnv.get();
        if (fromEnvironment != null) {
            log.info("{}: {} (from environment variables)", what, fromEnvironment);
            return fromEnvironment;
        }
        String mode = mode();
        boolean useContainers = switch (mode) {
            case "embedded" -> false;
            case "containers" -> {
                if (!dockerAvailable()) {
                    throw new IllegalStateException("HOSTLEDGER_TEST_INFRA=containers but no Docker engine answers;"
                            + " " + what + " cannot be started");
                }
                yield true;
            }
            default -> dockerAvailable();
        };
        Containers.Started<? extends T> started;
        try {
            started = useContainers ? container.get() : embedded.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot start " + what + " for the tests ("
                    + (useContainers ? "Testcontainers" : "embedded") + "): " + e.getMessage()
                    + ". Set the HOSTLEDGER_TEST_* variables to use a running server instead.", e);
        }
        installHook();
        synchronized (toClose) {
            toClose.push(started.container());
        }
        log.info("{}: {} ({}, ready in {} ms)", what, started.server(), useContainers ? "Testcontainers" : "embedded",
                (System.nanoTime() - t0) / 1_000_000);
        return started.server();
    }

    private String mode() {
        String value = System.getProperty("hostledger.test.infra", env.getOrDefault("HOSTLEDGER_TEST_INFRA", "auto"));
        String mode = value.trim().toLowerCase(Locale.ROOT);
        if (!mode.equals("auto") && !mode.equals("embedded") && !mode.equals("containers")) {
            throw new IllegalStateException("HOSTLEDGER_TEST_INFRA must be auto, embedded or containers, not " + value);
        }
        return mode;
    }

    /** Asked at most once per JVM: the answer cannot change during a run and costs a Docker round trip. */
    private boolean dockerAvailable() {
        if (docker == null) {
            docker = Containers.dockerAvailable();
            log.info("Docker engine {}", docker ? "available: using Testcontainers" : "not available: embedded servers");
        }
        return docker;
    }

    private PostgresServer postgresFromEnv() {
        String url = blankToNull(env.get("HOSTLEDGER_TEST_POSTGRES_URL"));
        if (url == null) {
            return null;
        }
        return new JdbcPostgresServer(url, env.getOrDefault("HOSTLEDGER_TEST_POSTGRES_USER", "postgres"),
                env.getOrDefault("HOSTLEDGER_TEST_POSTGRES_PASSWORD", ""));
    }

    private KafkaServer kafkaFromEnv() {
        String bootstrap = blankToNull(env.get("HOSTLEDGER_TEST_KAFKA_BOOTSTRAP"));
        if (bootstrap == null) {
            return null;
        }
        return new KafkaServer() {
            @Override
            public String bootstrapServers() {
                return bootstrap;
            }

            @Override
            public String toString() {
                return "Kafka " + bootstrap;
            }
        };
    }

    private MailServer mailFromEnv() {
        String host = blankToNull(env.get("HOSTLEDGER_TEST_SMTP_HOST"));
        if (host == null) {
            return null;
        }
        return new ImapMailServer(host, intEnv("HOSTLEDGER_TEST_SMTP_PORT", 3025),
                intEnv("HOSTLEDGER_TEST_IMAP_PORT", 3143));
    }

    private int intEnv(String name, int fallback) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a port number, not '" + value + "'", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * Under the module's target/ when run by Maven (cleaned with the build), else the temp dir; override with
     * {@code HOSTLEDGER_TEST_WORKDIR}. PostgreSQL binaries are unpacked here once and reused by later runs.
     */
    private Path workDir() {
        if (workDir == null) {
            String configured = blankToNull(env.get("HOSTLEDGER_TEST_WORKDIR"));
            Path dir;
            if (configured != null) {
                dir = Path.of(configured);
            } else if (Files.isDirectory(Path.of("target"))) {
                dir = Path.of("target", "hostledger-infra");
            } else {
                dir = Path.of(System.getProperty("java.io.tmpdir"), "hostledger-infra");
            }
            try {
                workDir = Files.createDirectories(dir.toAbsolutePath());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the test infrastructure directory " + dir, e);
            }
        }
        return workDir;
    }

    private void installHook() {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::closeAll, "hostledger-infrastructure-shutdown"));
            hookInstalled = true;
        }
    }

    /**
     * Reverse start order. Only the list is locked, not this object: a test thread stuck in a start must not keep
     * the hook from stopping what already runs.
     */
    private void closeAll() {
        awaitSpringShutdownHooks();
        AutoCloseable next;
        while ((next = pollQuietly()) != null) {
            try {
                next.close();
            } catch (Exception e) {
                System.err.println("hostledger test infrastructure: error while stopping a server: " + e);
            }
        }
    }

    /**
     * JVM shutdown hooks run concurrently. Spring contexts cached by the test framework close in their own hook, and
     * until they have, their consumers, pools and event processors still talk to these servers: stopping the broker
     * or PostgreSQL under them turns a quick close into timeouts and error noise.
     */
    private static void awaitSpringShutdownHooks() {
        long deadline = System.nanoTime() + SPRING_CLOSE_WAIT.toNanos();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread != Thread.currentThread() && SPRING_HOOK_THREADS.contains(thread.getName())) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    thread.join(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private AutoCloseable pollQuietly() {
        synchronized (toClose) {
            return toClose.poll();
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // Leftovers under target/ go with the next clean.
        }
    }
}
