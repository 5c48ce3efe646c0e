package dev.hostledger.billing.command;

import dev.hostledger.billing.api.ApplyPayment;
import dev.hostledger.billing.api.PaymentReceived;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Applies each received payment to its invoice, on behalf of whoever recorded the payment. The invoice ignores a
 * payment id it already has, so a retry after a crash changes nothing.
 */
@Component
@ProcessingGroup("payment-application")
public class PaymentApplication {

    private final ActingCommandGateway commands;

    public PaymentApplication(ActingCommandGateway commands) {
        this.commands = commands;
    }

    @DisallowReplay
    @EventHandler
    void on(PaymentReceived payment, MetaData metaData) {
        Actor actor = Actor.fromMetaData(metaData).orElse(Actor.system("payment-application"));
        Object reason = metaData.get(Actor.REASON_KEY);
        commands.sendAndWait(new ApplyPayment(payment.invoiceId(), payment.paymentId(), payment.amount(),
                payment.source()), actor, reason == null ? "apply payment " + payment.paymentId() : reason.toString());
    }
}
