package dev.hostledger.contracts;

import io.cloudevents.CloudEvent;

/** A record that passed every check: envelope, known type, JSON Schema, binding to its Java record. */
public record DecodedEvent(CloudEvent envelope, EventType<?> type, IntegrationEvent data) {

    public String id() {
        return envelope.getId();
    }
}
