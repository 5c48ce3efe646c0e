package dev.hostledger.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerProcessTest {

    private static final String TOPIC = "ts.broker-test";
    private static KafkaBrokerProcess broker;

    @BeforeAll
    static void startBroker() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "kafka-test")).resolve("broker-" + System.nanoTime());
        long t0 = System.nanoTime();
        broker = KafkaBrokerProcess.start(dir, 0);
        System.out.printf("Kafka broker first start (format + start) %d ms%n", millisSince(t0));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void recordsSurviveAStopAndRestartAndAProducerOutlivesTheOutage() throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            RecordMetadata first = producer.send(new ProducerRecord<>(TOPIC, "acct-1", "before")).get(30, TimeUnit.SECONDS);
            assertThat(first.offset()).isGreaterThanOrEqualTo(0);
            assertThat(consumeAll(2_000_000)).extracting(ConsumerRecord::value).containsExactly("before");

            long pidBefore = broker.pid();
            long t0 = System.nanoTime();
            broker.stop();
            System.out.printf("Kafka broker stop %d ms%n", millisSince(t0));
            assertThat(broker.isRunning()).isFalse();
            assertThat(ProcessHandle.of(pidBefore).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
            assertThat(accepts(broker.port())).isFalse();

            t0 = System.nanoTime();
            broker.restart();
            System.out.printf("Kafka broker restart (stopped -> ready) %d ms%n", millisSince(t0));
            assertThat(broker.pid()).isNotEqualTo(pidBefore);

            // The producer created before the outage reconnects on its own.
            producer.send(new ProducerRecord<>(TOPIC, "acct-1", "after")).get(30, TimeUnit.SECONDS);
        }
        t0Restart();
        try (KafkaProducer<String, String> fresh = producer()) {
            fresh.send(new ProducerRecord<>(TOPIC, "acct-1", "fresh")).get(30, TimeUnit.SECONDS);
        }
        // Same key, same partition: the order is the order of sending.
        assertThat(consumeAll(3)).extracting(ConsumerRecord::value).containsExactly("before", "after", "fresh");
        assertThat(Files.readString(broker.logFile())).contains("Kafka Server started");
    }

    /** restart() of a running broker goes through stop and start again. */
    private static void t0Restart() {
        long t0 = System.nanoTime();
        broker.restart();
        System.out.printf("Kafka broker restart (running -> ready) %d ms%n", millisSince(t0));
    }

    @Test
    void theBrokerDiesWithItsParentEvenWhenTheParentIsKilled() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "kafka-test")).resolve("orphan-" + System.nanoTime());
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BrokerParentMain.class.getName(), dir.toString())
                .redirectErrorStream(true)
                .start();
        long brokerPid = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            List<String> seen = new ArrayList<>();
            while ((line = out.readLine()) != null) {
                seen.add(line);
                if (line.startsWith("BROKER_PID=")) {
                    brokerPid = Long.parseLong(line.substring("BROKER_PID=".length()));
                    break;
                }
            }
            assertThat(brokerPid).as("broker pid from the parent, output: %s", seen).isPositive();
            ProcessHandle child = ProcessHandle.of(brokerPid).orElseThrow();

            parent.destroyForcibly(); // SIGKILL: no shutdown hook runs in the parent
            assertThat(parent.waitFor(10, TimeUnit.SECONDS)).isTrue();

            long t0 = System.nanoTime();
            child.onExit().get(30, TimeUnit.SECONDS);
            System.out.printf("Orphaned broker exited %d ms after its parent was killed%n", millisSince(t0));
        } finally {
            parent.destroyForcibly();
            if (brokerPid > 0) {
                ProcessHandle.of(brokerPid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
        assertThat(Files.readString(dir.resolve("broker.log"))).contains("parent process gone");
    }

    @Test
    void aBusyPortIsAClearErrorNotAHang() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Path dir = Path.of("target", "kafka-test", "busy-" + System.nanoTime());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> KafkaBrokerProcess.start(dir, taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + taken.getLocalPort());
        }
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500),
                new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> consumeAll(int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "ts-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (records.size() < Math.min(expected, 1_000) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                if (expected > 1_000 && !records.isEmpty()) {
                    // "as many as there are": one more quiet poll to be sure nothing else follows.
                    consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                    break;
                }
            }
        }
        return records;
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Started as its own JVM by the orphan test: a parent that owns a broker and is then SIGKILLed. */
    public static final class BrokerParentMain {
        public static void main(String[] args) throws Exception {
            KafkaBrokerProcess b = KafkaBrokerProcess.start(Path.of(args[0]), 0);
            System.out.println("BROKER_PID=" + b.pid());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
