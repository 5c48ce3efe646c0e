package dev.hostledger.contracts.payments;

import dev.hostledger.contracts.EventType;
import dev.hostledger.contracts.Topics;

import java.util.List;

/** What the payment gateway publishes on {@link Topics#PAYMENTS_INBOUND}. */
public final class InboundPaymentEvents {

    public static final EventType<PaymentReceived> PAYMENT_RECEIVED = new EventType<>(
            "hostledger.payments.payment-received.v1", Topics.PAYMENTS_INBOUND, PaymentReceived.class);

    public static final List<EventType<?>> TYPES = List.of(PAYMENT_RECEIVED);

    private InboundPaymentEvents() {
    }
}
