package dev.hostledger.e2e;

import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.contracts.EventCatalog;
import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.account.AccountOpened;
import dev.hostledger.kit.consume.DeadLetterPublisher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Records published with a plain Kafka producer: a duplicate has one effect, a bad one is dead-lettered. */
class InboundRecordHandlingTest {

    private final HostledgerSystem system = HostledgerSystem.get();
    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void theSameRecordDeliveredTwiceHasOneEffect() throws Exception {
        String accountId = "dup-" + UUID.randomUUID();
        String email = Customers.uniqueEmail("dup");
        String eventId = UUID.randomUUID().toString();
        byte[] record = accountOpened(eventId, accountId, email);

        publish(accountId, record);
        publish(accountId, record);

        await().atMost(Duration.ofSeconds(20)).until(() -> system.infrastructure.mail().messagesFor(email).size() == 1);
        // Give the second copy every chance to be (wrongly) applied before counting.
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> system.infrastructure.mail().messagesFor(email).size() == 1);
        assertThat(notificationsOf(accountId)).isEqualTo(1);
        assertThat(system.notification.jdbc().queryForObject(
                "SELECT count(*) FROM processed_event WHERE event_id = ?", Integer.class, eventId)).isEqualTo(1);
        assertThat(system.billing.jdbc().queryForObject(
                "SELECT count(*) FROM billing_account WHERE account_id = ?", Integer.class, accountId)).isEqualTo(1);
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicWithItsReasonAndTheNextOneIsProcessed() throws Exception {
        String badKey = "bad-" + UUID.randomUUID();
        publish(badKey, "{\"specversion\": \"1.0\", oops".getBytes(StandardCharsets.UTF_8));
        String unknownKey = "unknown-" + UUID.randomUUID();
        publish(unknownKey, """
                {"specversion":"1.0","id":"%s","source":"/elsewhere","type":"hostledger.account.account-renamed.v9",
                 "datacontenttype":"application/json","data":{}}""".formatted(UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8));
        String accountId = "next-" + UUID.randomUUID();
        String email = Customers.uniqueEmail("next");
        publish(accountId, accountOpened(UUID.randomUUID().toString(), accountId, email));

        await().atMost(Duration.ofSeconds(20)).until(() -> system.infrastructure.mail().messagesFor(email).size() == 1);

        String deadLetterTopic = Topics.deadLetterTopicOf(Topics.ACCOUNT_EVENTS);
        List<ConsumerRecord<String, byte[]>> deadLetters = PlainKafka.readUntil(
                system.infrastructure.kafka().bootstrapServers(), deadLetterTopic, Duration.ofSeconds(20),
                read -> reasonsFor(read, badKey).size() >= 2 && reasonsFor(read, unknownKey).size() >= 2);

        // Both consumers of the account topic (billing and notification) reject it, each with the reason.
        assertThat(reasonsFor(deadLetters, badKey)).hasSize(2)
                .allSatisfy(reason -> assertThat(reason).startsWith("malformed CloudEvent"));
        assertThat(reasonsFor(deadLetters, unknownKey)).hasSize(2)
                .allSatisfy(reason -> assertThat(reason)
                        .isEqualTo("unknown event type 'hostledger.account.account-renamed.v9'"));
        ConsumerRecord<String, byte[]> sample = deadLetters.stream()
                .filter(r -> badKey.equals(r.key())).findFirst().orElseThrow();
        assertThat(PlainKafka.header(sample, DeadLetterPublisher.ORIGINAL_TOPIC_HEADER)).isEqualTo(Topics.ACCOUNT_EVENTS);
        assertThat(PlainKafka.header(sample, DeadLetterPublisher.ORIGINAL_OFFSET_HEADER)).isNotBlank();
        assertThat(new String(sample.value(), StandardCharsets.UTF_8)).isEqualTo("{\"specversion\": \"1.0\", oops");

        assertThat(system.notification.jdbc().queryForObject(
                "SELECT count(*) FROM dead_lettered_record WHERE record_key = ?", Integer.class, badKey)).isEqualTo(1);
    }

    private List<String> reasonsFor(List<ConsumerRecord<String, byte[]>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key()))
                .map(r -> PlainKafka.header(r, DeadLetterPublisher.REASON_HEADER)).toList();
    }

    private byte[] accountOpened(String eventId, String accountId, String email) {
        AccountOpened data = new AccountOpened(accountId, "Outside Publisher Test", email, "Europe/Berlin", "EUR",
                Instant.parse("2026-11-24T10:00:00Z"));
        return codec.serialize(codec.envelope(eventId, EventCatalog.ACCOUNT_SOURCE, accountId, data, Map.of()));
    }

    private void publish(String key, byte[] value) throws Exception {
        PlainKafka.publish(system.infrastructure.kafka().bootstrapServers(), Topics.ACCOUNT_EVENTS, key, value);
    }

    private int notificationsOf(String accountId) {
        return system.notification.jdbc().queryForObject(
                "SELECT count(*) FROM domain_event_entry e WHERE e.payload_type = ? AND e.aggregate_identifier IN "
                        + "(SELECT notification_id FROM notification_log WHERE account_id = ?)",
                Integer.class, "dev.hostledger.notification.api.NotificationRequested", accountId);
    }
}
