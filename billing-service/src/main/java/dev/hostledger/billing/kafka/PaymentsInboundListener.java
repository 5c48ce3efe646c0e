package dev.hostledger.billing.kafka;

import dev.hostledger.billing.api.PaymentSource;
import dev.hostledger.billing.command.PaymentIntake;
import dev.hostledger.billing.command.PaymentRefusedException;
import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.payments.PaymentReceived;
import dev.hostledger.kit.consume.IntegrationEventListener;
import dev.hostledger.kit.consume.ReceivedEvent;
import dev.hostledger.kit.consume.RejectedEventException;
import org.springframework.stereotype.Component;

import java.util.Set;

/** Payments published by the gateway; a payment billing cannot take is dead-lettered with the reason. */
@Component
public class PaymentsInboundListener implements IntegrationEventListener {

    private final PaymentIntake intake;

    public PaymentsInboundListener(PaymentIntake intake) {
        this.intake = intake;
    }

    @Override
    public String name() {
        return "billing.payments-inbound";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.PAYMENTS_INBOUND);
    }

    @Override
    public void on(ReceivedEvent event) {
        if (!(event.data() instanceof PaymentReceived payment)) {
            throw new RejectedEventException("billing does not take " + event.event().type().name()
                    + " from " + Topics.PAYMENTS_INBOUND);
        }
        try {
            intake.take(new PaymentIntake.IncomingPayment(payment.paymentId(), payment.accountId(),
                    payment.invoiceId(), payment.amount(), payment.receivedAt(), PaymentSource.GATEWAY),
                    event.actor(), event.reason() == null ? "payment from the gateway" : event.reason());
        } catch (PaymentRefusedException e) {
            throw new RejectedEventException(e.getMessage());
        }
    }
}
