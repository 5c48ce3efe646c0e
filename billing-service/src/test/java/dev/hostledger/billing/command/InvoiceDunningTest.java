package dev.hostledger.billing.command;

import dev.hostledger.billing.api.AdvanceDunning;
import dev.hostledger.billing.api.ApplyPayment;
import dev.hostledger.billing.api.CancelInvoice;
import dev.hostledger.billing.api.CreditNoteIssued;
import dev.hostledger.billing.api.DunningStep;
import dev.hostledger.billing.api.InvoiceDueDateExtended;
import dev.hostledger.billing.api.InvoiceIssued;
import dev.hostledger.billing.api.InvoiceOverdue;
import dev.hostledger.billing.api.InvoicePaid;
import dev.hostledger.billing.api.InvoiceReminderDue;
import dev.hostledger.billing.api.PaymentRecorded;
import dev.hostledger.billing.api.SuspensionRequested;
import dev.hostledger.billing.api.SuspensionWarningDue;
import dev.hostledger.billing.api.TerminationRequested;
import dev.hostledger.billing.api.UnsuspensionRequested;
import dev.hostledger.billing.config.DunningPolicy;
import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.billing.InvoiceLine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.hostledger.billing.api.PaymentSource.GATEWAY;

/** The dunning process of one invoice, step by step, on a clock the test sets. */
class InvoiceDunningTest {

    private static final Instant ISSUED_AT = Instant.parse("2026-11-01T12:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-15T12:00:00Z");
    private static final List<String> SERVICES = List.of("svc-1");
    private static final String REASON = "non-payment of invoice 2026-000042";
    private static final InvoiceIssued ISSUED = new InvoiceIssued("inv-1", "2026-000042", "acc-1",
            List.of(new InvoiceLine("VS-2 renewal", "svc-1", DUE, DUE.plus(Duration.ofDays(30)), eur("40.00"))),
            eur("40.00"), ISSUED_AT, DUE);
    private static final InvoiceIssued ISSUED_WITHOUT_SERVICES = new InvoiceIssued("inv-1", "2026-000042", "acc-1",
            List.of(new InvoiceLine("Consulting", null, null, null, eur("40.00"))), eur("40.00"), ISSUED_AT, DUE);

    @Test
    void theReminderComesSeventyTwoHoursBeforeTheDueDateAndNotEarlier() {
        at(DUE.minus(Duration.ofHours(72)).minusSeconds(1)).given(ISSUED)
                .when(new AdvanceDunning("inv-1", DunningStep.REMINDER, Map.of()))
                .expectNoEvents();
        Instant now = DUE.minus(Duration.ofHours(72));
        at(now).given(ISSUED)
                .when(new AdvanceDunning("inv-1", DunningStep.REMINDER, Map.of()))
                .expectEvents(new InvoiceReminderDue("inv-1", "acc-1", DUE, eur("40.00"), null, now));
    }

    @Test
    void overdueAtTheDueDateWithWhatIsStillOpen() {
        at(DUE).given(ISSUED, reminded(), partlyPaid())
                .when(new AdvanceDunning("inv-1", DunningStep.OVERDUE, Map.of()))
                .expectEvents(new InvoiceOverdue("inv-1", "acc-1", DUE, eur("30.00"), null, DUE));
    }

    @Test
    void theWarningComesADayBeforeTheSuspension() {
        Instant now = DUE.plus(Duration.ofHours(48));
        at(now).given(ISSUED, reminded(), overdue())
                .when(new AdvanceDunning("inv-1", DunningStep.SUSPENSION_WARNING, Map.of()))
                .expectEvents(new SuspensionWarningDue("inv-1", "acc-1", SERVICES, DUE.plus(Duration.ofHours(72)),
                        eur("40.00"), null, now));
    }

    @Test
    void theServicesOnTheInvoiceAreSuspendedSeventyTwoHoursAfterTheDueDate() {
        Instant now = DUE.plus(Duration.ofHours(72));
        at(now).given(ISSUED, reminded(), overdue(), warned())
                .when(new AdvanceDunning("inv-1", DunningStep.SUSPENSION, Map.of()))
                .expectEvents(new SuspensionRequested("inv-1", "acc-1", SERVICES, REASON, now));
    }

    @Test
    void terminationThirtyDaysAfterTheDueDate() {
        Instant now = DUE.plus(Duration.ofDays(30));
        at(now).given(ISSUED, reminded(), overdue(), warned(), suspended())
                .when(new AdvanceDunning("inv-1", DunningStep.TERMINATION, Map.of()))
                .expectEvents(new TerminationRequested("inv-1", "acc-1", SERVICES, REASON, now));
    }

    @Test
    void aStepAskedTwiceHappensOnce() {
        at(DUE).given(ISSUED, reminded(), overdue())
                .when(new AdvanceDunning("inv-1", DunningStep.OVERDUE, Map.of()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void noStepIsSkipped() {
        // Long after the suspension time, but the overdue step has not been taken: the suspension waits its turn.
        at(DUE.plus(Duration.ofDays(5))).given(ISSUED, reminded())
                .when(new AdvanceDunning("inv-1", DunningStep.SUSPENSION, Map.of()))
                .expectNoEvents();
    }

    @Test
    void aPartialPaymentNeitherSkipsNorRepeatsAStep() {
        Instant now = DUE.plus(Duration.ofHours(72));
        at(now).given(ISSUED, reminded(), overdue(), partlyPaid(), warned())
                .when(new AdvanceDunning("inv-1", DunningStep.SUSPENSION, Map.of()))
                .expectEvents(new SuspensionRequested("inv-1", "acc-1", SERVICES, REASON, now));
    }

    @Test
    void aDueDateExtensionMovesEveryLaterStep() {
        Instant extended = DUE.plus(Duration.ofHours(72));
        Instant oldSuspensionTime = DUE.plus(Duration.ofHours(72));
        at(oldSuspensionTime).given(ISSUED, reminded(), overdue(), warned(),
                        new InvoiceDueDateExtended("inv-1", "acc-1", DUE, extended, "outage", ISSUED_AT))
                .when(new AdvanceDunning("inv-1", DunningStep.SUSPENSION, Map.of()))
                .expectNoEvents();
        at(extended.plus(Duration.ofHours(72))).given(ISSUED, reminded(), overdue(), warned(),
                        new InvoiceDueDateExtended("inv-1", "acc-1", DUE, extended, "outage", ISSUED_AT))
                .when(new AdvanceDunning("inv-1", DunningStep.SUSPENSION, Map.of()))
                .expectEvents(new SuspensionRequested("inv-1", "acc-1", SERVICES, REASON,
                        extended.plus(Duration.ofHours(72))));
    }

    @Test
    void aPaymentJustBeforeTheSuspensionDeadlineWinsTheRace() {
        Instant now = DUE.plus(Duration.ofHours(72));
        at(now).given(ISSUED, reminded(), overdue(), warned(), paidInFull(), new InvoicePaid("inv-1", "acc-1", now))
                .when(new AdvanceDunning("inv-1", DunningStep.SUSPENSION, Map.of()))
                .expectNoEvents();
    }

    @Test
    void aPaymentJustAfterTheSuspensionBringsTheServicesBack() {
        Instant now = DUE.plus(Duration.ofHours(72)).plusSeconds(1);
        at(now).given(ISSUED, reminded(), overdue(), warned(), suspended())
                .when(new ApplyPayment("inv-1", "pay-9", eur("40.00"), GATEWAY))
                .expectEvents(new PaymentRecorded("inv-1", "acc-1", "pay-9", eur("40.00"), eur("40.00"),
                                eur("0.00"), eur("0.00"), GATEWAY, now),
                        new InvoicePaid("inv-1", "acc-1", now),
                        new UnsuspensionRequested("inv-1", "acc-1", SERVICES, REASON, now));
    }

    @Test
    void aCreditNoteAlsoEndsTheSuspension() {
        Instant now = DUE.plus(Duration.ofDays(4));
        at(now).given(ISSUED, reminded(), overdue(), warned(), suspended())
                .when(new CancelInvoice("inv-1", "CN-2026-000001", "billing error"))
                .expectEvents(new CreditNoteIssued("inv-1", "CN-2026-000001", "acc-1", eur("40.00"), "billing error", now),
                        new UnsuspensionRequested("inv-1", "acc-1", SERVICES, REASON, now));
    }

    @Test
    void anInvoiceWithoutServicesStopsAtOverdue() {
        at(DUE.plus(Duration.ofDays(40))).given(ISSUED_WITHOUT_SERVICES,
                        new InvoiceReminderDue("inv-1", "acc-1", DUE, eur("40.00"), null, ISSUED_AT),
                        new InvoiceOverdue("inv-1", "acc-1", DUE, eur("40.00"), null, DUE))
                .when(new AdvanceDunning("inv-1", DunningStep.SUSPENSION_WARNING, Map.of()))
                .expectNoEvents();
    }

    private static AggregateTestFixture<Invoice> at(Instant now) {
        AggregateTestFixture<Invoice> fixture = new AggregateTestFixture<>(Invoice.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerInjectableResource(DunningPolicy.defaults());
        return fixture;
    }

    private static InvoiceReminderDue reminded() {
        return new InvoiceReminderDue("inv-1", "acc-1", DUE, eur("40.00"), null, DUE.minus(Duration.ofHours(72)));
    }

    private static InvoiceOverdue overdue() {
        return new InvoiceOverdue("inv-1", "acc-1", DUE, eur("40.00"), null, DUE);
    }

    private static SuspensionWarningDue warned() {
        return new SuspensionWarningDue("inv-1", "acc-1", SERVICES, DUE.plus(Duration.ofHours(72)), eur("40.00"),
                null, DUE.plus(Duration.ofHours(48)));
    }

    private static SuspensionRequested suspended() {
        return new SuspensionRequested("inv-1", "acc-1", SERVICES, REASON, DUE.plus(Duration.ofHours(72)));
    }

    private static PaymentRecorded partlyPaid() {
        return new PaymentRecorded("inv-1", "acc-1", "pay-1", eur("10.00"), eur("10.00"), eur("0.00"), eur("30.00"),
                GATEWAY, DUE.minus(Duration.ofHours(1)));
    }

    private static PaymentRecorded paidInFull() {
        return new PaymentRecorded("inv-1", "acc-1", "pay-1", eur("40.00"), eur("40.00"), eur("0.00"), eur("0.00"),
                GATEWAY, DUE.plus(Duration.ofHours(71)));
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
