package dev.hostledger.testsupport;

import java.util.HashMap;
import java.util.Map;

/**
 * The standard Spring Boot properties that point a Hostledger service at real servers; the same ones an operator
 * sets (as environment variables) to run the services on an existing Kafka cluster and PostgreSQL.
 */
public final class SpringConnectionProperties {

    private SpringConnectionProperties() {
    }

    public static Map<String, Object> database(PostgresServer postgres, String database) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", postgres.jdbcUrl(database));
        properties.put("spring.datasource.username", postgres.username());
        properties.put("spring.datasource.password", postgres.password());
        return properties;
    }

    public static Map<String, Object> kafka(KafkaServer kafka) {
        return Map.of("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
    }

    public static Map<String, Object> mail(MailServer mail) {
        return Map.of("spring.mail.host", mail.host(), "spring.mail.port", mail.smtpPort());
    }
}
