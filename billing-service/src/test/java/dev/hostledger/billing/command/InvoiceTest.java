package dev.hostledger.billing.command;

import dev.hostledger.billing.api.ApplyPayment;
import dev.hostledger.billing.api.CancelInvoice;
import dev.hostledger.billing.api.CreditNoteIssued;
import dev.hostledger.billing.api.ExtendDueDate;
import dev.hostledger.billing.api.InvoiceDueDateExtended;
import dev.hostledger.billing.api.InvoiceIssued;
import dev.hostledger.billing.api.InvoicePaid;
import dev.hostledger.billing.api.IssueInvoice;
import dev.hostledger.billing.api.PaymentRecorded;
import dev.hostledger.billing.api.PaymentRefunded;
import dev.hostledger.billing.api.RefundPayment;
import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.billing.InvoiceLine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static dev.hostledger.billing.api.PaymentSource.GATEWAY;

class InvoiceTest {

    private static final Instant NOW = Instant.parse("2026-11-24T14:00:00Z");
    private static final Instant DUE = NOW.plus(Duration.ofDays(14));
    private static final List<InvoiceLine> LINES = List.of(
            new InvoiceLine("Dedicated server DS-1, December", "svc-1", NOW, NOW.plus(Duration.ofDays(31)),
                    eur("80.00")),
            new InvoiceLine("Setup fee", null, null, null, eur("20.00")));
    private static final InvoiceIssued ISSUED =
            new InvoiceIssued("inv-1", "2026-000001", "acc-1", LINES, eur("100.00"), NOW, DUE);

    private AggregateTestFixture<Invoice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Invoice.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void anInvoiceIsIssuedWithTheSumOfItsLines() {
        fixture.givenNoPriorActivity()
                .when(new IssueInvoice("inv-1", "2026-000001", "acc-1", "EUR", LINES, DUE))
                .expectEvents(ISSUED);
    }

    @Test
    void aLineInAnotherCurrencyIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new IssueInvoice("inv-1", "2026-000001", "acc-1", "EUR",
                        List.of(new InvoiceLine("x", null, null, null, Money.of("1.00", "USD"))), DUE))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aPartialPaymentLeavesTheRestOpen() {
        fixture.given(ISSUED)
                .when(new ApplyPayment("inv-1", "pay-1", eur("30.00"), GATEWAY))
                .expectEvents(new PaymentRecorded("inv-1", "acc-1", "pay-1", eur("30.00"), eur("30.00"),
                        eur("0.00"), eur("70.00"), GATEWAY, NOW));
    }

    @Test
    void theLastPartSettlesTheInvoice() {
        fixture.given(ISSUED, recorded("pay-1", "30.00", "30.00", "0.00", "70.00"))
                .when(new ApplyPayment("inv-1", "pay-2", eur("70.00"), GATEWAY))
                .expectEvents(recorded("pay-2", "70.00", "70.00", "0.00", "0.00"), new InvoicePaid("inv-1", "acc-1", NOW));
    }

    @Test
    void theSamePaymentIdIsAppliedOnce() {
        fixture.given(ISSUED, recorded("pay-1", "30.00", "30.00", "0.00", "70.00"))
                .when(new ApplyPayment("inv-1", "pay-1", eur("30.00"), GATEWAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOverpaymentIsSplitIntoAppliedAndOverpaid() {
        fixture.given(ISSUED, recorded("pay-1", "30.00", "30.00", "0.00", "70.00"))
                .when(new ApplyPayment("inv-1", "pay-2", eur("100.00"), GATEWAY))
                .expectEvents(recorded("pay-2", "100.00", "70.00", "30.00", "0.00"),
                        new InvoicePaid("inv-1", "acc-1", NOW));
    }

    @Test
    void aPaymentOnAPaidInvoiceIsAllOverpaid() {
        fixture.given(ISSUED, recorded("pay-1", "100.00", "100.00", "0.00", "0.00"), new InvoicePaid("inv-1", "acc-1", NOW))
                .when(new ApplyPayment("inv-1", "pay-2", eur("5.00"), GATEWAY))
                .expectEvents(recorded("pay-2", "5.00", "0.00", "5.00", "0.00"));
    }

    @Test
    void aPaymentInAnotherCurrencyIsRefused() {
        fixture.given(ISSUED)
                .when(new ApplyPayment("inv-1", "pay-1", Money.of("30.00", "USD"), GATEWAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void cancellingIssuesACreditNoteForTheOpenAmount() {
        fixture.given(ISSUED, recorded("pay-1", "30.00", "30.00", "0.00", "70.00"))
                .when(new CancelInvoice("inv-1", "CN-2026-000001", "ordered by mistake"))
                .expectEvents(new CreditNoteIssued("inv-1", "CN-2026-000001", "acc-1", eur("70.00"),
                        "ordered by mistake", NOW));
    }

    @Test
    void aPaidInvoiceHasNothingToCredit() {
        fixture.given(ISSUED, recorded("pay-1", "100.00", "100.00", "0.00", "0.00"), new InvoicePaid("inv-1", "acc-1", NOW))
                .when(new CancelInvoice("inv-1", "CN-2026-000001", "too late"))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void aRefundUpToWhatWasPaidIsRecorded() {
        fixture.given(ISSUED, recorded("pay-1", "100.00", "100.00", "0.00", "0.00"), new InvoicePaid("inv-1", "acc-1", NOW))
                .when(new RefundPayment("inv-1", "ref-1", eur("40.00"), "goodwill"))
                .expectEvents(new PaymentRefunded("inv-1", "ref-1", "acc-1", eur("40.00"), "goodwill", NOW));
    }

    @Test
    void aRefundAboveWhatWasPaidIsRejected() {
        fixture.given(ISSUED, recorded("pay-1", "30.00", "30.00", "0.00", "70.00"),
                        new PaymentRefunded("inv-1", "ref-1", "acc-1", eur("20.00"), "goodwill", NOW))
                .when(new RefundPayment("inv-1", "ref-2", eur("10.01"), "more goodwill"))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("a refund of 10.01 EUR exceeds the 10.00 EUR paid and not yet refunded on invoice inv-1")
                .expectNoEvents();
    }

    @Test
    void theDueDateMovesLaterWithAReason() {
        Instant later = DUE.plus(Duration.ofHours(72));
        fixture.given(ISSUED)
                .when(new ExtendDueDate("inv-1", later, "outage"))
                .expectEvents(new InvoiceDueDateExtended("inv-1", "acc-1", DUE, later, "outage", NOW));
    }

    @Test
    void theDueDateNeverMovesEarlier() {
        fixture.given(ISSUED)
                .when(new ExtendDueDate("inv-1", DUE.minusSeconds(1), "oops"))
                .expectException(IllegalArgumentException.class);
    }

    private static PaymentRecorded recorded(String paymentId, String amount, String applied, String overpaid,
                                            String openAfter) {
        return new PaymentRecorded("inv-1", "acc-1", paymentId, eur(amount), eur(applied), eur(overpaid),
                eur(openAfter), GATEWAY, NOW);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
