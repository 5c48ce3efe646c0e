package dev.hostledger.testsupport.internal;

import dev.hostledger.testsupport.KafkaServer;
import dev.hostledger.testsupport.MailServer;
import dev.hostledger.testsupport.PostgresServer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

import java.time.Duration;

/**
 * The Testcontainers flavour of each server. Kept apart so the container classes are only touched when a
 * Docker engine is there. Each container is stopped by the caller's shutdown hook (and by Ryuk if the JVM dies).
 */
public final class Containers {

    public static final String POSTGRES_IMAGE = "postgres:16-alpine";
    public static final String KAFKA_IMAGE = "apache/kafka:3.9.1";
    public static final String GREENMAIL_IMAGE = "greenmail/standalone:2.1.3";
    private static final int SMTP = 3025;
    private static final int IMAP = 3143;

    private Containers() {
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    public record Started<T>(T server, AutoCloseable container) {
    }

    public static Started<PostgresServer> postgres() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(DockerImageName.parse(POSTGRES_IMAGE))
                .withCommand("postgres", "-c", "fsync=off", "-c", "max_connections=300");
        container.start();
        String base = "jdbc:postgresql://" + container.getHost() + ":"
                + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/";
        return new Started<>(new JdbcPostgresServer(base, container.getUsername(), container.getPassword()),
                container::stop);
    }

    public static Started<KafkaServer> kafka() {
        KafkaContainer container = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE))
                // Same broker behaviour as the embedded one: topics are created on purpose, 3 partitions.
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        container.start();
        String bootstrap = container.getBootstrapServers();
        return new Started<>(new KafkaServer() {
            @Override
            public String bootstrapServers() {
                return bootstrap;
            }

            @Override
            public String toString() {
                return "Kafka container " + bootstrap;
            }
        }, container::stop);
    }

    public static Started<MailServer> mail() {
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(GREENMAIL_IMAGE))
                .withEnv("GREENMAIL_OPTS", "-Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap"
                        + " -Dgreenmail.hostname=0.0.0.0 -Dgreenmail.auth.disabled")
                .withExposedPorts(SMTP, IMAP)
                .waitingFor(Wait.forListeningPorts(SMTP, IMAP).withStartupTimeout(Duration.ofSeconds(60)));
        container.start();
        MailServer server = new ImapMailServer(container.getHost(), container.getMappedPort(SMTP),
                container.getMappedPort(IMAP));
        return new Started<>(server, container::stop);
    }
}
