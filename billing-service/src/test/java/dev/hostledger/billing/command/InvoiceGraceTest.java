package dev.hostledger.billing.command;

import dev.hostledger.billing.api.AdvanceDunning;
import dev.hostledger.billing.api.ApplyPayment;
import dev.hostledger.billing.api.CarryOutDeferredSuspensions;
import dev.hostledger.billing.api.DunningStep;
import dev.hostledger.billing.api.GraceProtection;
import dev.hostledger.billing.api.InvoiceIssued;
import dev.hostledger.billing.api.InvoiceOverdue;
import dev.hostledger.billing.api.InvoicePaid;
import dev.hostledger.billing.api.InvoiceReminderDue;
import dev.hostledger.billing.api.PaymentRecorded;
import dev.hostledger.billing.api.ReleaseForGracePeriod;
import dev.hostledger.billing.api.SuspensionDeferred;
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

/** How an invoice's dunning bows to grace periods: per service, audited, and caught up afterwards. */
class InvoiceGraceTest {

    private static final Instant DUE = Instant.parse("2026-11-15T12:00:00Z");
    private static final Instant SUSPENSION_TIME = DUE.plus(Duration.ofHours(72));
    private static final Instant WINDOW_END = SUSPENSION_TIME.plus(Duration.ofHours(48));
    private static final GraceProtection PROTECTED = new GraceProtection("gp-1", WINDOW_END);
    private static final String REASON = "non-payment of invoice 2026-000042";
    private static final InvoiceIssued ISSUED = new InvoiceIssued("inv-1", "2026-000042", "acc-1", List.of(
            new InvoiceLine("DS-8", "svc-dedicated", DUE, DUE.plus(Duration.ofDays(30)), eur("80.00")),
            new InvoiceLine("VS-2", "svc-virtual", DUE, DUE.plus(Duration.ofDays(30)), eur("20.00"))),
            eur("100.00"), DUE.minus(Duration.ofDays(14)), DUE);
    private static final Object[] UNTIL_WARNING = {ISSUED,
            new InvoiceReminderDue("inv-1", "acc-1", DUE, eur("100.00"), null, DUE.minus(Duration.ofHours(72))),
            new InvoiceOverdue("inv-1", "acc-1", DUE, eur("100.00"), null, DUE),
            new SuspensionWarningDue("inv-1", "acc-1", List.of("svc-dedicated", "svc-virtual"), SUSPENSION_TIME,
                    eur("100.00"), null, SUSPENSION_TIME.minus(Duration.ofHours(24)))};

    @Test
    void aSuspensionDueDuringAWindowIsDeferredForTheProtectedServicesOnly() {
        at(SUSPENSION_TIME).given(UNTIL_WARNING)
                .when(new AdvanceDunning("inv-1", DunningStep.SUSPENSION, Map.of("svc-dedicated", PROTECTED)))
                .expectEvents(new SuspensionRequested("inv-1", "acc-1", List.of("svc-virtual"), REASON, SUSPENSION_TIME),
                        new SuspensionDeferred("inv-1", "acc-1", List.of("svc-dedicated"), "gp-1", WINDOW_END,
                                SUSPENSION_TIME));
    }

    @Test
    void whenEveryServiceIsProtectedNothingIsSuspendedAndTheStepIsStillTaken() {
        Map<String, GraceProtection> all = Map.of("svc-dedicated", PROTECTED, "svc-virtual", PROTECTED);
        at(SUSPENSION_TIME).given(UNTIL_WARNING)
                .when(new AdvanceDunning("inv-1", DunningStep.SUSPENSION, all))
                .expectEvents(new SuspensionDeferred("inv-1", "acc-1", List.of("svc-dedicated", "svc-virtual"), "gp-1",
                        WINDOW_END, SUSPENSION_TIME));
        at(SUSPENSION_TIME.plusSeconds(1)).given(allDeferredSoFar())
                .when(new AdvanceDunning("inv-1", DunningStep.SUSPENSION, Map.of()))
                .expectNoEvents();
    }

    @Test
    void remindersDuringAWindowSayUntilWhenSuspensionIsPaused() {
        Instant now = DUE.minus(Duration.ofHours(72));
        at(now).given(ISSUED)
                .when(new AdvanceDunning("inv-1", DunningStep.REMINDER, Map.of("svc-virtual", PROTECTED)))
                .expectEvents(new InvoiceReminderDue("inv-1", "acc-1", DUE, eur("100.00"), WINDOW_END, now));
    }

    @Test
    void aSuspensionInFlightWhenTheWindowIsDeclaredIsReversedAndDeferred() {
        Instant now = SUSPENSION_TIME.plusSeconds(5);
        at(now).given(suspendedBoth())
                .when(new ReleaseForGracePeriod("inv-1", Map.of("svc-dedicated", PROTECTED, "svc-virtual", PROTECTED)))
                .expectEvents(new UnsuspensionRequested("inv-1", "acc-1", List.of("svc-dedicated", "svc-virtual"),
                                "suspension held back by grace period gp-1", now),
                        new SuspensionDeferred("inv-1", "acc-1", List.of("svc-dedicated", "svc-virtual"), "gp-1",
                                WINDOW_END, now));
    }

    @Test
    void releasingTwiceChangesNothing() {
        Instant now = SUSPENSION_TIME.plusSeconds(10);
        at(now).given(allDeferredSoFar())
                .when(new ReleaseForGracePeriod("inv-1", Map.of("svc-dedicated", PROTECTED, "svc-virtual", PROTECTED)))
                .expectNoEvents();
    }

    @Test
    void afterTheWindowStillUnpaidServicesAreSuspended() {
        Instant now = WINDOW_END.plusSeconds(1);
        at(now).given(allDeferredSoFar())
                .when(new CarryOutDeferredSuspensions("inv-1", Map.of()))
                .expectEvents(new SuspensionRequested("inv-1", "acc-1", List.of("svc-dedicated", "svc-virtual"),
                        REASON + ", held back by a grace period until it ended", now));
    }

    @Test
    void aServiceStillProtectedByAnotherWindowWaits() {
        Instant now = WINDOW_END.plusSeconds(1);
        at(now).given(allDeferredSoFar())
                .when(new CarryOutDeferredSuspensions("inv-1",
                        Map.of("svc-dedicated", new GraceProtection("gp-2", WINDOW_END.plus(Duration.ofDays(1))))))
                .expectEvents(new SuspensionRequested("inv-1", "acc-1", List.of("svc-virtual"),
                        REASON + ", held back by a grace period until it ended", now));
    }

    @Test
    void paymentDuringTheWindowIsAcceptedAndTheDeferredSuspensionDropsOut() {
        Instant now = SUSPENSION_TIME.plus(Duration.ofHours(1));
        at(now).given(allDeferredSoFar())
                .when(new ApplyPayment("inv-1", "pay-1", eur("100.00"), GATEWAY))
                .expectEvents(new PaymentRecorded("inv-1", "acc-1", "pay-1", eur("100.00"), eur("100.00"),
                        eur("0.00"), eur("0.00"), GATEWAY, now), new InvoicePaid("inv-1", "acc-1", now));
        at(WINDOW_END.plusSeconds(1)).given(append(allDeferredSoFar(),
                        new PaymentRecorded("inv-1", "acc-1", "pay-1", eur("100.00"), eur("100.00"), eur("0.00"),
                                eur("0.00"), GATEWAY, now), new InvoicePaid("inv-1", "acc-1", now)))
                .when(new CarryOutDeferredSuspensions("inv-1", Map.of()))
                .expectNoEvents();
    }

    @Test
    void terminationWaitsWhileAServiceIsProtected() {
        Instant now = DUE.plus(Duration.ofDays(30));
        at(now).given(append(UNTIL_WARNING, new SuspensionRequested("inv-1", "acc-1",
                        List.of("svc-dedicated", "svc-virtual"), REASON, SUSPENSION_TIME)))
                .when(new AdvanceDunning("inv-1", DunningStep.TERMINATION,
                        Map.of("svc-dedicated", new GraceProtection("gp-9", now.plus(Duration.ofDays(1))))))
                .expectNoEvents();
        at(now).given(append(UNTIL_WARNING, new SuspensionRequested("inv-1", "acc-1",
                        List.of("svc-dedicated", "svc-virtual"), REASON, SUSPENSION_TIME)))
                .when(new AdvanceDunning("inv-1", DunningStep.TERMINATION, Map.of()))
                .expectEvents(new TerminationRequested("inv-1", "acc-1", List.of("svc-dedicated", "svc-virtual"),
                        REASON, now));
    }

    private static Object[] suspendedBoth() {
        return append(UNTIL_WARNING, new SuspensionRequested("inv-1", "acc-1", List.of("svc-dedicated", "svc-virtual"),
                REASON, SUSPENSION_TIME));
    }

    private static Object[] allDeferredSoFar() {
        return append(UNTIL_WARNING, new SuspensionDeferred("inv-1", "acc-1", List.of("svc-dedicated", "svc-virtual"),
                "gp-1", WINDOW_END, SUSPENSION_TIME));
    }

    private static Object[] append(Object[] events, Object... more) {
        Object[] all = java.util.Arrays.copyOf(events, events.length + more.length);
        System.arraycopy(more, 0, all, events.length, more.length);
        return all;
    }

    private static AggregateTestFixture<Invoice> at(Instant now) {
        AggregateTestFixture<Invoice> fixture = new AggregateTestFixture<>(Invoice.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerInjectableResource(DunningPolicy.defaults());
        return fixture;
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
