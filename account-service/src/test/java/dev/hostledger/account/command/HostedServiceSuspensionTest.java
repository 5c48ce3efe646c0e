package dev.hostledger.account.command;

import dev.hostledger.account.api.LiftSuspension;
import dev.hostledger.account.api.ServiceDelivered;
import dev.hostledger.account.api.ServiceKind;
import dev.hostledger.account.api.ServiceOrdered;
import dev.hostledger.account.api.ServiceSuspended;
import dev.hostledger.account.api.ServiceTerminated;
import dev.hostledger.account.api.ServiceUnsuspended;
import dev.hostledger.account.api.SuspendService;
import dev.hostledger.account.api.SuspensionLifted;
import dev.hostledger.account.api.TerminateService;
import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.account.ServiceSpec;
import dev.hostledger.contracts.account.Term;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

/** Suspensions carry their reason; only the same reason lifts one, and a terminated service stays gone. */
class HostedServiceSuspensionTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final ServiceOrdered ORDERED = new ServiceOrdered("svc-1", "acc-1", ServiceKind.VIRTUAL, "VS-2",
            new ServiceSpec(2, 4, 80, "Helsinki"), Money.of("15.00", "EUR"), Term.MONTHLY, NOW.minusSeconds(86_400 * 40));
    private static final ServiceDelivered DELIVERED = new ServiceDelivered("svc-1", "acc-1",
            NOW.minusSeconds(86_400 * 39), NOW.minusSeconds(86_400 * 9), NOW.minusSeconds(86_400 * 39));
    private static final ServiceSuspended FOR_NON_PAYMENT = new ServiceSuspended("svc-1", "acc-1",
            "NON_PAYMENT:inv-7", "non-payment of invoice 2027-000007", NOW);
    private static final ServiceSuspended FOR_ABUSE = new ServiceSuspended("svc-1", "acc-1", "OPERATOR",
            "spam relay reported", NOW);

    private AggregateTestFixture<HostedService> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HostedService.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void billingSuspendsForAnInvoice() {
        fixture.given(ORDERED, DELIVERED)
                .when(new SuspendService("svc-1", "NON_PAYMENT:inv-7", "non-payment of invoice 2027-000007"))
                .expectEvents(FOR_NON_PAYMENT);
    }

    @Test
    void theSameSuspensionTwiceIsOne() {
        fixture.given(ORDERED, DELIVERED, FOR_NON_PAYMENT)
                .when(new SuspendService("svc-1", "NON_PAYMENT:inv-7", "non-payment of invoice 2027-000007"))
                .expectNoEvents();
    }

    @Test
    void payingTheInvoiceBringsTheServiceBack() {
        fixture.given(ORDERED, DELIVERED, FOR_NON_PAYMENT)
                .when(new LiftSuspension("svc-1", "NON_PAYMENT:inv-7", "settled"))
                .expectEvents(new ServiceUnsuspended("svc-1", "acc-1", "NON_PAYMENT:inv-7", "settled", NOW));
    }

    @Test
    void aPaymentDoesNotLiftAnOperatorsAbuseSuspension() {
        fixture.given(ORDERED, DELIVERED, FOR_ABUSE, FOR_NON_PAYMENT)
                .when(new LiftSuspension("svc-1", "NON_PAYMENT:inv-7", "settled"))
                .expectEvents(new SuspensionLifted("svc-1", "acc-1", "NON_PAYMENT:inv-7", "settled",
                        Set.of("OPERATOR"), NOW));
    }

    @Test
    void payingAnotherInvoiceLiftsNothing() {
        fixture.given(ORDERED, DELIVERED, FOR_NON_PAYMENT)
                .when(new LiftSuspension("svc-1", "NON_PAYMENT:inv-8", "settled"))
                .expectNoEvents();
    }

    @Test
    void aTerminatedServiceIsNeitherSuspendedNorBroughtBack() {
        fixture.given(ORDERED, DELIVERED, FOR_NON_PAYMENT, new ServiceTerminated("svc-1", "acc-1", "unpaid", NOW))
                .when(new LiftSuspension("svc-1", "NON_PAYMENT:inv-7", "settled"))
                .expectNoEvents();
        fixture.given(ORDERED, DELIVERED, new ServiceTerminated("svc-1", "acc-1", "unpaid", NOW))
                .when(new SuspendService("svc-1", "OPERATOR", "abuse"))
                .expectNoEvents();
    }

    @Test
    void terminationIsFinalAndOnce() {
        fixture.given(ORDERED, DELIVERED, FOR_NON_PAYMENT)
                .when(new TerminateService("svc-1", "non-payment of invoice 2027-000007"))
                .expectEvents(new ServiceTerminated("svc-1", "acc-1", "non-payment of invoice 2027-000007", NOW));
    }
}
