package dev.hostledger.e2e;

import dev.hostledger.account.AccountServiceApplication;
import dev.hostledger.account.api.AccountOpened;
import dev.hostledger.contracts.Topics;
import dev.hostledger.kit.actor.Actor;
import dev.hostledger.kit.integrity.Checkpoints;
import dev.hostledger.kit.integrity.EventLogVerifier;
import dev.hostledger.kit.integrity.FaultKind;
import dev.hostledger.kit.integrity.IntegrityFault;
import dev.hostledger.kit.integrity.IntegrityReport;
import dev.hostledger.kit.integrity.VerifyAndExit;
import dev.hostledger.kit.integrity.VerifyProgress;
import dev.hostledger.testsupport.Infrastructure;
import dev.hostledger.testsupport.KafkaBrokerProcess;
import dev.hostledger.testsupport.SpringConnectionProperties;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault injection on a real PostgreSQL store and a real topic: each fault is found at its exact aggregate, sequence
 * number and kind, and a clean store verifies clean. Its own database, broker and account-service, because the faults
 * (and a recreated topic) would corrupt what the shared system's other tests read.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventLogVerificationTest {

    private static final String SERVICE = "account-service";
    private static final int EVENTS_PER_HISTORY = 5;

    private static KafkaBrokerProcess broker;
    private static ConfigurableApplicationContext account;
    private static JdbcTemplate jdbc;
    private static String baseUrl;
    private static final MovableClock clock = new MovableClock();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void start() {
        broker = KafkaBrokerProcess.start(Path.of("target", "verify-broker-" + RUN), 0);
        Map<String, Object> properties = new HashMap<>();
        properties.putAll(SpringConnectionProperties.database(Infrastructure.shared().postgres(),
                "hostledger_account_verify_" + RUN));
        properties.putAll(SpringConnectionProperties.kafka(broker));
        properties.put("server.port", 0);
        properties.put("hostledger.security.operators[0].username", HostledgerSystem.OPERATOR);
        properties.put("hostledger.security.operators[0].password", "{noop}" + HostledgerSystem.OPERATOR_PASSWORD);
        account = AccountServiceApplication.application()
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        jdbc = account.getBean(JdbcTemplate.class);
        baseUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) account).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (account != null) {
            account.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    @Order(1)
    void aCleanStoreVerifiesCleanOverTheOperatorEndpoint() {
        Http.Response signUp = Http.postJson(baseUrl + "/accounts", """
                {"name": "Ada", "email": "%s", "timeZone": "UTC", "currency": "EUR"}
                """.formatted(Customers.uniqueEmail("verify")));
        assertThat(signUp.status()).as(signUp.body()).isEqualTo(201);
        for (String history : List.of("middle", "last", "byte", "swap", "projection", "topic")) {
            appendHistory(aggregate(history));
        }
        // Every head is older than the gap timeout once the clock moves on: the checkpoint covers them all.
        clock.advance(Duration.ofHours(1));
        assertThat(account.getBean(Checkpoints.class).refresh()).isEqualTo(7);

        Http.Response started = Http.postAs(baseUrl + "/ops/verify", HostledgerSystem.OPERATOR,
                HostledgerSystem.OPERATOR_PASSWORD);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String url = baseUrl + "/ops/verify/" + started.json().get("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.getAs(url, HostledgerSystem.OPERATOR,
                HostledgerSystem.OPERATOR_PASSWORD).json().get("phase").asText().equals("DONE"));
        var run = Http.getAs(url, HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD).json();
        assertThat(run.get("clean").asBoolean()).as(run.toString()).isTrue();
        assertThat(run.get("eventsChecked").asLong()).isEqualTo(1 + 6 * EVENTS_PER_HISTORY)
                .isEqualTo(run.get("eventsTotal").asLong());
        assertThat(Http.get(url).status()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void aDeletedMiddleEventIsAGapAtItsSequence() {
        String aggregate = aggregate("middle");
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 2", aggregate);
        assertThat(faultsOf(aggregate)).containsExactly(location(aggregate, 2L, FaultKind.SEQUENCE_GAP));
    }

    @Test
    @Order(3)
    void aDeletedLastEventFallsBelowTheCheckpoint() {
        String aggregate = aggregate("last");
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 4", aggregate);
        assertThat(faultsOf(aggregate)).containsExactly(location(aggregate, 4L, FaultKind.HEAD_BELOW_CHECKPOINT));
    }

    @Test
    @Order(4)
    void oneChangedPayloadByteBreaksThatEventsHash() {
        String aggregate = aggregate("byte");
        int changed = jdbc.update("""
                UPDATE domain_event_entry SET payload = overlay(payload PLACING 'X'::bytea FROM 20 FOR 1)
                WHERE aggregate_identifier = ? AND sequence_number = 3""", aggregate);
        assertThat(changed).isEqualTo(1);
        assertThat(faultsOf(aggregate)).containsExactly(location(aggregate, 3L, FaultKind.HASH_MISMATCH));
    }

    @Test
    @Order(5)
    void swappedSequenceNumbersNameBothMovedEvents() {
        String aggregate = aggregate("swap");
        jdbc.update("UPDATE domain_event_entry SET sequence_number = -1 WHERE aggregate_identifier = ? AND sequence_number = 1", aggregate);
        jdbc.update("UPDATE domain_event_entry SET sequence_number = 1 WHERE aggregate_identifier = ? AND sequence_number = 3", aggregate);
        jdbc.update("UPDATE domain_event_entry SET sequence_number = 3 WHERE aggregate_identifier = ? AND sequence_number = -1", aggregate);
        assertThat(faultsOf(aggregate)).containsExactlyInAnyOrder(location(aggregate, 1L, FaultKind.SEQUENCE_MOVED),
                location(aggregate, 3L, FaultKind.SEQUENCE_MOVED));
    }

    @Test
    @Order(6)
    void aDeletedProjectionRowIsReportedByItsKey() {
        String aggregate = aggregate("projection");
        assertThat(jdbc.update("DELETE FROM account_summary WHERE account_id = ?", aggregate)).isEqualTo(1);
        assertThat(faultsOf(aggregate)).containsExactly(location(aggregate, null, FaultKind.PROJECTION_ROW_MISSING));
    }

    @Test
    @Order(7)
    void aRecordMissingFromARecreatedTopicIsNamed() throws Exception {
        String aggregate = aggregate("topic");
        String dropped = jdbc.queryForObject("""
                SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 2""",
                String.class, aggregate);
        Set<String> stored = Set.copyOf(jdbc.queryForList("SELECT event_identifier FROM domain_event_entry", String.class));
        List<ConsumerRecord<String, byte[]>> records = PlainKafka.readUntil(broker.bootstrapServers(),
                Topics.ACCOUNT_EVENTS, Duration.ofSeconds(60), read -> read.size() >= stored.size());
        assertThat(records).hasSizeGreaterThanOrEqualTo(stored.size());
        recreateWithout(Topics.ACCOUNT_EVENTS, records, dropped);

        assertThat(faultsOf(aggregate)).containsExactly(location(aggregate, 2L, FaultKind.NOT_ON_TOPIC));
        assertThat(verify().faults()).extracting(IntegrityFault::kind).doesNotContain(FaultKind.UNDESERIALIZABLE);
    }

    @Test
    @Order(8)
    void runAndExitStopsTheServiceWithExitCodeOneOnFaults() {
        List<Integer> exitCodes = new ArrayList<>();
        new VerifyAndExit(account.getBean(EventLogVerifier.class), account, exitCodes::add).run(null);
        assertThat(exitCodes).containsExactly(VerifyAndExit.FAULTS);
        assertThat(account.isActive()).isFalse();
    }

    private static String aggregate(String history) {
        return "verify-" + history + "-" + RUN;
    }

    /** Real appends through Axon's event store (and so through the hash trigger), one transaction per event. */
    private static void appendHistory(String aggregate) {
        EventStore events = account.getBean(EventStore.class);
        for (int sequence = 0; sequence < EVENTS_PER_HISTORY; sequence++) {
            AccountOpened payload = new AccountOpened(aggregate, "Name " + sequence, aggregate + "@example.com",
                    "UTC", "EUR", clock.instant());
            events.publish(new GenericDomainEventMessage<>("CustomerAccount", aggregate, sequence, payload,
                    Actor.system("verify-test").toMetaData(null)));
        }
    }

    private static IntegrityReport verify() {
        try {
            return account.getBean(EventLogVerifier.class).verify(new VerifyProgress());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<IntegrityFault> faultsOf(String aggregate) {
        IntegrityReport report = verify();
        assertThat(report.faultListTruncated()).isFalse();
        return report.faults().stream().filter(fault -> fault.aggregate().equals(aggregate))
                .map(fault -> location(fault.aggregate(), fault.sequence(), fault.kind())).toList();
    }

    /** Where and what, without the free-text detail. */
    private static IntegrityFault location(String aggregate, Long sequence, FaultKind kind) {
        return new IntegrityFault(SERVICE, aggregate, sequence, kind, "");
    }

    private static void recreateWithout(String topic, List<ConsumerRecord<String, byte[]>> records,
                                        String droppedEventId) throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers()))) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(10, TimeUnit.SECONDS);
                return true;
            });
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            var codec = new dev.hostledger.contracts.CloudEventCodec();
            for (ConsumerRecord<String, byte[]> record : records) {
                if (!codec.decode(record.value()).id().equals(droppedEventId)) {
                    producer.send(new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers()))
                            .get(30, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** Business time the test moves forward, so checkpoints need no waiting for the gap timeout to pass. */
    private static final class MovableClock extends Clock {

        private volatile Duration offset = Duration.ZERO;

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }

        @Override
        public Instant instant() {
            return Clock.systemUTC().instant().plus(offset);
        }
    }
}
