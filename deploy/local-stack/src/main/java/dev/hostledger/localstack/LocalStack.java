package dev.hostledger.localstack;

import dev.hostledger.account.AccountServiceApplication;
import dev.hostledger.billing.BillingServiceApplication;
import dev.hostledger.notification.NotificationServiceApplication;
import dev.hostledger.testsupport.EmbeddedMailServer;
import dev.hostledger.testsupport.EmbeddedPostgresServer;
import dev.hostledger.testsupport.KafkaBrokerProcess;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * The whole system on loopback in one command: embedded PostgreSQL, a KRaft broker in its own process, GreenMail
 * with a mailbox web view, and the three services, each its own Spring context in this JVM. PostgreSQL and Kafka
 * keep their data in the working directory between runs. Environment variables: see deploy/README.md.
 */
public final class LocalStack {

    static final String LOCAL_OPERATOR = "ops";
    static final String LOCAL_OPERATOR_PASSWORD = "secret";


    static final String HOST = "127.0.0.1";

    private final Path dir;
    private final Deque<Named> running = new ArrayDeque<>();
    private boolean stopping;
    private final List<String> summary = new ArrayList<>();

    private record Named(String name, AutoCloseable resource) {
    }

    private record Service(String name, Supplier<SpringApplicationBuilder> application, String portVariable,
                           int defaultPort, String database) {
    }

    private LocalStack(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        // Axon 4.12+ phones home every minute; the switch is a JVM property, not a Spring one.
        System.setProperty("axoniq.update-checker.disabled", "true");
        initLogging();
        Path dir = Path.of(env("HOSTLEDGER_LOCAL_DIR", ".hostledger-local")).toAbsolutePath().normalize();
        LocalStack stack = new LocalStack(dir);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::shutDown, "local-stack-shutdown"));
        try {
            stack.start();
        } catch (Exception e) {
            System.err.println();
            System.err.println("Hostledger local stack failed to start: " + e.getMessage());
            e.printStackTrace();
            // The hook stops whatever did start, so no broker or PostgreSQL is left behind.
            System.exit(1);
        }
        stack.printSummary((System.nanoTime() - t0) / 1e9);
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void start() throws IOException {
        Files.createDirectories(dir);
        writePidFile();

        int pgPort = port("HOSTLEDGER_POSTGRES_PORT", 15432);
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dir.resolve("postgres-binaries"),
                dir.resolve("postgres-data"), pgPort);
        register("PostgreSQL", postgres);
        summary.add(line("PostgreSQL", postgres.baseUrl() + "  (user postgres, any password; data "
                + dir.relativize(postgres.dataDir()) + ")"));

        List<Service> services = List.of(
                new Service("account-service", AccountServiceApplication::application, "HOSTLEDGER_ACCOUNT_PORT",
                        8081, "hostledger_account"),
                new Service("billing-service", BillingServiceApplication::application, "HOSTLEDGER_BILLING_PORT",
                        8082, "hostledger_billing"),
                new Service("notification-service", NotificationServiceApplication::application,
                        "HOSTLEDGER_NOTIFICATION_PORT", 8083, "hostledger_notification"));
        List<String> databases = new ArrayList<>();
        for (Service service : services) {
            databases.add(postgres.jdbcUrl(service.database()));
            summary.add(line("", databases.get(databases.size() - 1)));
        }
        KafkaBrokerProcess kafka = KafkaBrokerProcess.start(dir.resolve("kafka"), port("HOSTLEDGER_KAFKA_PORT", 19092));
        register("Kafka broker", kafka);
        summary.add(line("Kafka", kafka.bootstrapServers() + "  (broker pid " + kafka.pid() + ", log "
                + dir.relativize(kafka.logFile()) + ")"));

        EmbeddedMailServer mail = EmbeddedMailServer.start(port("HOSTLEDGER_SMTP_PORT", 3025),
                port("HOSTLEDGER_IMAP_PORT", 3143));
        register("GreenMail", mail);
        summary.add(line("SMTP", mail.host() + ":" + mail.smtpPort() + "  (IMAP " + mail.host() + ":" + mail.imapPort()
                + ", login = password = address)"));

        MailboxView mailbox = MailboxView.start(HOST, port("HOSTLEDGER_MAILBOX_PORT", 8025), mail);
        register("mailbox view", mailbox);
        summary.add(line("Mailbox", "http://" + HOST + ":" + mailbox.port() + "/  (JSON: /messages)"));

        for (int i = 0; i < services.size(); i++) {
            Service service = services.get(i);
            int port = port(service.portVariable(), service.defaultPort());
            List<String> properties = new ArrayList<>(List.of(
                    "--server.address=" + HOST,
                    "--server.port=" + port,
                    "--spring.datasource.url=" + databases.get(i),
                    "--spring.datasource.username=" + postgres.username(),
                    "--spring.datasource.password=" + postgres.password(),
                    "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                    // A local operator, so /ops/** can be tried on this machine; never a default of the services.
                    "--hostledger.security.operators[0].username=" + LOCAL_OPERATOR,
                    "--hostledger.security.operators[0].password={noop}" + LOCAL_OPERATOR_PASSWORD,
                    "--spring.main.banner-mode=off"));
            if (service.name().equals("notification-service")) {
                properties.add("--spring.mail.host=" + mail.host());
                properties.add("--spring.mail.port=" + mail.smtpPort());
            }
            long t0 = System.nanoTime();
            System.out.println(">>> starting " + service.name() + " on " + HOST + ":" + port);
            // Command-line arguments, not builder.properties(...): those are defaults, and would lose to the
            // service's own config file. This stack's hook closes the contexts, before the servers they use.
            ConfigurableApplicationContext context = service.application().get()
                    .registerShutdownHook(false)
                    .run(properties.toArray(String[]::new));
            register(service.name(), context);
            summary.add(line(service.name(), "http://" + HOST + ":" + port + "  (database " + service.database()
                    + ", started in " + String.format("%.1f", (System.nanoTime() - t0) / 1e9) + " s)"));
        }
    }

    private void printSummary(double seconds) {
        StringBuilder out = new StringBuilder("\n");
        out.append("=".repeat(100)).append('\n');
        out.append(String.format("Hostledger local stack is up in %.1f s (data in %s)%n", seconds, dir));
        summary.forEach(l -> out.append(l).append('\n'));
        out.append(String.format("Operator (for /ops/**): %s / %s  (local stack only)%n", LOCAL_OPERATOR,
                LOCAL_OPERATOR_PASSWORD));
        out.append(String.format("Stop: Ctrl-C, or deploy/local.sh stop (pid %d in %s)%n", ProcessHandle.current().pid(),
                pidFile()));
        out.append("=".repeat(100)).append('\n');
        System.out.print(out);
        System.out.flush();
    }

    /** Newest first: the services before the servers they use, the broker and PostgreSQL last. */
    private void shutDown() {
        Named next;
        while ((next = poll()) != null) {
            long t0 = System.nanoTime();
            try {
                next.resource().close();
                System.out.printf("<<< stopped %s (%d ms)%n", next.name(), (System.nanoTime() - t0) / 1_000_000);
            } catch (Exception e) {
                System.err.println("<<< error while stopping " + next.name() + ": " + e);
            }
        }
        try {
            Path file = pidFile();
            // Only our own: a second stack refused at start must not erase the running one's pid file.
            if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).trim()
                    .equals(Long.toString(ProcessHandle.current().pid()))) {
                Files.delete(file);
            }
        } catch (IOException ignored) {
            // A stale pid file names a dead process; local.sh and the next start both check that.
        }
        System.out.flush();
    }

    private Named poll() {
        synchronized (running) {
            stopping = true;
            return running.poll();
        }
    }

    /**
     * Ctrl-C during startup runs the hook while this thread still starts things; what starts after the hook has
     * drained the list is closed at once instead of being left running.
     */
    private void register(String name, AutoCloseable resource) {
        synchronized (running) {
            if (!stopping) {
                running.push(new Named(name, resource));
                return;
            }
        }
        try {
            resource.close();
        } catch (Exception ignored) {
            // Shutting down anyway.
        }
        throw new IllegalStateException("Stopping: " + name + " was closed right after it started");
    }

    private Path pidFile() {
        return dir.resolve("stack.pid");
    }

    private void writePidFile() throws IOException {
        Path file = pidFile();
        if (Files.exists(file)) {
            String previous = Files.readString(file, StandardCharsets.UTF_8).trim();
            boolean alive = !previous.isEmpty() && previous.chars().allMatch(Character::isDigit)
                    && ProcessHandle.of(Long.parseLong(previous)).map(ProcessHandle::isAlive).orElse(false);
            if (alive) {
                // Deliberately before anything is started: the running stack owns the ports and data.
                throw new IllegalStateException("A local stack already runs from " + dir + " (pid " + previous
                        + "); stop it with deploy/local.sh stop");
            }
        }
        Files.writeString(file, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
    }

    /**
     * Spring Boot's default console logging from the first line on; otherwise logback logs everything at DEBUG
     * until the first service's context configures it.
     */
    private static void initLogging() {
        LoggingSystem logging = LoggingSystem.get(LocalStack.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
        // The broker readiness check's client config dump says nothing a user of the stack needs.
        logging.setLogLevel("org.apache.kafka", LogLevel.WARN);
    }

    private static String line(String what, String where) {
        return String.format("  %-22s %s", what, where);
    }

    static int port(String variable, int fallback) {
        String value = env(variable, null);
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a TCP port (1-65535), not '" + value + "'");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
