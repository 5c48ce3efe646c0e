package dev.hostledger.kit.consume;

import dev.hostledger.contracts.DecodedEvent;
import dev.hostledger.contracts.IntegrationEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A decoded, schema-checked event and the Kafka record it came in. */
public record ReceivedEvent(DecodedEvent event, ConsumerRecord<String, byte[]> record) {

    public String id() {
        return event.id();
    }

    public IntegrationEvent data() {
        return event.data();
    }
}
