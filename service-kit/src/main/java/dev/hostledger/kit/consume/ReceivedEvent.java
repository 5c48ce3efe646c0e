package dev.hostledger.kit.consume;

import dev.hostledger.contracts.DecodedEvent;
import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Topics;
import dev.hostledger.kit.actor.Actor;
import dev.hostledger.kit.actor.ActorType;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A decoded, schema-checked event and the Kafka record it came in.
 *
 * @param actor  who the effect is on behalf of: the publisher named by the CloudEvent, or the operator who
 *               re-drove a dead letter
 * @param reason why, when an operator re-drove it; otherwise null
 */
public record ReceivedEvent(DecodedEvent event, ConsumerRecord<String, byte[]> record, Actor actor, String reason) {

    static ReceivedEvent consumed(DecodedEvent event, ConsumerRecord<String, byte[]> record) {
        return new ReceivedEvent(event, record, publisherOf(event, record.topic()), null);
    }

    static ReceivedEvent redriven(DecodedEvent event, ConsumerRecord<String, byte[]> record, Actor operator,
                                  String reason) {
        return new ReceivedEvent(event, record, operator, reason);
    }

    public String id() {
        return event.id();
    }

    public IntegrationEvent data() {
        return event.data();
    }

    /**
     * Hostledger's own services sign with their actor extensions; whatever arrives on an inbound topic is an outside
     * publisher, whatever it claims.
     */
    private static Actor publisherOf(DecodedEvent event, String topic) {
        Actor outside = Actor.outsidePublisher(event.envelope().getSource().toString());
        if (Topics.INBOUND.contains(topic)) {
            return outside;
        }
        Object type = event.envelope().getExtension("actortype");
        Object id = event.envelope().getExtension("actorid");
        if (type != null && id != null) {
            try {
                return new Actor(ActorType.valueOf(type.toString().toUpperCase()), id.toString());
            } catch (IllegalArgumentException unknownType) {
                // an outside publisher's own vocabulary: fall through
            }
        }
        return outside;
    }
}
