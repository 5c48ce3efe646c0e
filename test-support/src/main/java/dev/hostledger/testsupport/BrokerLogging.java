package dev.hostledger.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Kafka 3.9 logs through SLF4J and ships no backend, so the broker's JVM logs with whichever backend shares its
 * classpath: logback in every Spring Boot module, log4j2-core elsewhere. Without either the broker log holds only
 * what Kafka prints to stdout/stderr (startup failures still show there).
 */
final class BrokerLogging {

    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{1.} - %msg%n";

    private BrokerLogging() {
    }

    static List<String> jvmOptions(Path dataDir) {
        try {
            if (present("ch.qos.logback.classic.LoggerContext")) {
                Path file = dataDir.resolve("broker-logback.xml");
                Files.writeString(file, logbackConfig(), StandardCharsets.UTF_8);
                return List.of("-Dlogback.configurationFile=" + file);
            }
            if (present("org.apache.logging.log4j.core.LoggerContext")) {
                Path file = dataDir.resolve("broker-log4j2.xml");
                Files.writeString(file, log4j2Config(), StandardCharsets.UTF_8);
                return List.of("-Dlog4j2.configurationFile=" + file);
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the broker's logging configuration", e);
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, BrokerLogging.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    // stdout is the broker log file; one destination keeps log lines and stray prints in order.
    private static String logbackConfig() {
        return """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%s</pattern></encoder>
                  </appender>
                  <logger name="org.apache.kafka.clients" level="WARN"/>
                  <root level="INFO"><appender-ref ref="OUT"/></root>
                </configuration>
                """.formatted(PATTERN.replace("%logger{1.}", "%logger{36}"));
    }

    private static String log4j2Config() {
        return """
                <Configuration status="WARN">
                  <Appenders>
                    <Console name="OUT" target="SYSTEM_OUT"><PatternLayout pattern="%s"/></Console>
                  </Appenders>
                  <Loggers>
                    <Logger name="org.apache.kafka.clients" level="WARN"/>
                    <Root level="INFO"><AppenderRef ref="OUT"/></Root>
                  </Loggers>
                </Configuration>
                """.formatted(PATTERN);
    }
}
