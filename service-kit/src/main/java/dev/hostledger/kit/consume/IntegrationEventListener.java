package dev.hostledger.kit.consume;

import java.util.Set;

/**
 * What a service does with the integration events of some topics. {@link #on} runs inside the database
 * transaction that also records the CloudEvent id for {@link #name()}, so a redelivered record has no second
 * effect. Throw {@link RejectedEventException} for a valid event this service cannot accept (it is dead-lettered
 * with the reason); any other exception is treated as a transient failure and the record is retried.
 */
public interface IntegrationEventListener {

    /** The inbox name: one per listener and service, stable across releases. */
    String name();

    Set<String> topics();

    void on(ReceivedEvent event);
}
