package dev.hostledger.billing.command;

import dev.hostledger.billing.api.PaymentReceived;
import dev.hostledger.billing.api.RecordPayment;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One payment id, service-wide. The event store's unique (aggregate id, sequence number) makes the first record of
 * an id the only one, whichever invoice or inbound record the id arrives with again.
 */
@Aggregate
public class Payment {

    @AggregateIdentifier
    private String paymentId;

    protected Payment() {
        // for Axon's event sourcing and for CREATE_IF_MISSING
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordPayment command) {
        if (paymentId != null) {
            return; // already received: the same id again is not a second payment
        }
        if (!command.amount().isPositive()) {
            throw new IllegalArgumentException("a payment must be positive, was " + command.amount());
        }
        apply(new PaymentReceived(command.paymentId(), command.invoiceId(), command.accountId(), command.amount(),
                command.receivedAt(), command.source()));
    }

    @EventSourcingHandler
    void on(PaymentReceived event) {
        paymentId = event.paymentId();
    }
}
