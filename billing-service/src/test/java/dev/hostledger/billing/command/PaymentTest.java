package dev.hostledger.billing.command;

import dev.hostledger.billing.api.PaymentReceived;
import dev.hostledger.billing.api.RecordPayment;
import dev.hostledger.contracts.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.hostledger.billing.api.PaymentSource.GATEWAY;

class PaymentTest {

    private static final Instant AT = Instant.parse("2026-11-24T14:00:00Z");

    private AggregateTestFixture<Payment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Payment.class);
    }

    @Test
    void aNewPaymentIdIsReceived() {
        fixture.givenNoPriorActivity()
                .when(new RecordPayment("pay-1", "inv-1", "acc-1", Money.of("10.00", "EUR"), AT, GATEWAY))
                .expectEvents(new PaymentReceived("pay-1", "inv-1", "acc-1", Money.of("10.00", "EUR"), AT, GATEWAY));
    }

    @Test
    void theSamePaymentIdOnAnotherInvoiceIsNotASecondPayment() {
        fixture.given(new PaymentReceived("pay-1", "inv-1", "acc-1", Money.of("10.00", "EUR"), AT, GATEWAY))
                .when(new RecordPayment("pay-1", "inv-2", "acc-1", Money.of("10.00", "EUR"), AT, GATEWAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aZeroPaymentIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordPayment("pay-1", "inv-1", "acc-1", Money.of("0.00", "EUR"), AT, GATEWAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }
}
