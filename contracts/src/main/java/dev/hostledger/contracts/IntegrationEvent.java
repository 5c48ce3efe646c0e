package dev.hostledger.contracts;

import java.time.Instant;

/**
 * A fact one Hostledger service (or an outside system) tells the others over Kafka. Implementations are the
 * {@code data} of a CloudEvent; their JSON shape is fixed by the JSON Schema of their type.
 */
public interface IntegrationEvent {

    /** The partition key: one customer's events stay in order. */
    String accountId();

    /** Business time of the fact (the injected clock of the service that recorded it). */
    Instant occurredAt();
}
