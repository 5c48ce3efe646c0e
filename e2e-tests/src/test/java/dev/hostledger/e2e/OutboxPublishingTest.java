package dev.hostledger.e2e;

import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.contracts.DecodedEvent;
import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.account.AccountOpened;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event account-service stored reaches its topic as a CloudEvent with the stored id, keyed by account. */
class OutboxPublishingTest {

    private final HostledgerSystem system = HostledgerSystem.get();
    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void everyStoredAccountEventIsOnTheAccountTopic() {
        for (int i = 0; i < 5; i++) {
            Customers.signUp(system, "Outbox " + i, Customers.uniqueEmail("outbox"), "Asia/Tokyo", "JPY");
        }
        Set<String> stored = Set.copyOf(system.account.jdbc().queryForList(
                "SELECT event_identifier FROM domain_event_entry WHERE payload_type = ?", String.class,
                "dev.hostledger.account.api.AccountOpened"));

        List<ConsumerRecord<String, byte[]>> records = PlainKafka.readUntil(
                system.infrastructure.kafka().bootstrapServers(), Topics.ACCOUNT_EVENTS, Duration.ofSeconds(30),
                read -> ids(read).containsAll(stored));

        assertThat(ids(records)).containsAll(stored);
        for (ConsumerRecord<String, byte[]> record : records) {
            DecodedEvent event = codec.decode(record.value());
            assertThat(record.key()).isEqualTo(event.data().accountId());
            assertThat(event.envelope().getSubject()).isEqualTo(event.data().accountId());
            assertThat(event.envelope().getSource().toString()).isEqualTo("/hostledger/account");
            if (event.data() instanceof AccountOpened) {
                // an account is opened by its customer (other events on the topic have other actors)
                assertThat(event.envelope().getExtension("actortype")).isEqualTo("customer");
            }
            assertThat(PlainKafka.header(record, "content-type")).isEqualTo("application/cloudevents+json");
        }
    }

    private Set<String> ids(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> codec.decode(r.value()).id()).collect(Collectors.toSet());
    }
}
