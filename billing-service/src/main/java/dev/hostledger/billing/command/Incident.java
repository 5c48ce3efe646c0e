package dev.hostledger.billing.command;

import dev.hostledger.billing.api.CloseIncident;
import dev.hostledger.billing.api.IncidentClosed;
import dev.hostledger.billing.api.IncidentOpened;
import dev.hostledger.billing.api.OpenIncident;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An outage and everything done about it: its grace periods, renewal extensions and compensation name it, so its
 * post-mortem report can count them.
 */
@Aggregate
public class Incident {

    @AggregateIdentifier
    private String incidentId;
    private Instant startedAt;
    private boolean closed;

    protected Incident() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Incident(OpenIncident command, Clock clock) {
        if (command.title() == null || command.title().isBlank()) {
            throw new IllegalArgumentException("an incident needs a title");
        }
        Instant now = clock.instant();
        if (command.startedAt() == null || command.startedAt().isAfter(now)) {
            throw new IllegalArgumentException("an incident has started by the time it is opened");
        }
        apply(new IncidentOpened(command.incidentId(), command.title(),
                command.description() == null ? "" : command.description(), command.startedAt(), now));
    }

    @CommandHandler
    void handle(CloseIncident command, Clock clock) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        if (closed) {
            throw new IllegalStateException("incident " + incidentId + " is already closed");
        }
        Instant now = clock.instant();
        Instant endedAt = command.endedAt() == null ? now : command.endedAt();
        if (endedAt.isBefore(startedAt) || endedAt.isAfter(now)) {
            throw new IllegalArgumentException("an incident ends between its start and now");
        }
        apply(new IncidentClosed(incidentId, endedAt, command.reason(), now));
    }

    @EventSourcingHandler
    void on(IncidentOpened event) {
        incidentId = event.incidentId();
        startedAt = event.startedAt();
    }

    @EventSourcingHandler
    void on(IncidentClosed event) {
        closed = true;
    }
}
