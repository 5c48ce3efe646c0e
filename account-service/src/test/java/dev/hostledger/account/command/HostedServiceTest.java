package dev.hostledger.account.command;

import dev.hostledger.account.api.AdvanceRenewalDate;
import dev.hostledger.account.api.CancelAtEndOfTerm;
import dev.hostledger.account.api.ChangeServiceSpec;
import dev.hostledger.account.api.ExtendRenewalDate;
import dev.hostledger.account.api.RenewalDateExtended;
import dev.hostledger.account.api.MarkFirstInvoicePaid;
import dev.hostledger.account.api.OrderService;
import dev.hostledger.account.api.RecordDelivery;
import dev.hostledger.account.api.RenewalDateAdvanced;
import dev.hostledger.account.api.ServiceAwaitingProvisioning;
import dev.hostledger.account.api.ServiceCancellationScheduled;
import dev.hostledger.account.api.ServiceDelivered;
import dev.hostledger.account.api.ServiceKind;
import dev.hostledger.account.api.ServiceOrdered;
import dev.hostledger.account.api.ServiceSpecChanged;
import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.account.ServiceSpec;
import dev.hostledger.contracts.account.Term;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

class HostedServiceTest {

    private static final Instant NOW = Instant.parse("2027-01-30T09:00:00Z");
    private static final ServiceSpec SPEC = new ServiceSpec(8, 64, 2000, "Falkenstein");
    private static final Money PRICE = Money.of("89.00", "EUR");
    private static final ServiceOrdered ORDERED = new ServiceOrdered("svc-1", "acc-1", ServiceKind.DEDICATED,
            "DS-8", SPEC, PRICE, Term.MONTHLY, NOW);

    private AggregateTestFixture<HostedService> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HostedService.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void anOrderIsRecordedWithItsSpecAndPrice() {
        fixture.givenNoPriorActivity()
                .when(new OrderService("svc-1", "acc-1", ServiceKind.DEDICATED, "DS-8", SPEC, PRICE, Term.MONTHLY))
                .expectEvents(ORDERED);
    }

    @Test
    void paymentOfTheFirstInvoiceLetsProvisioningStart() {
        fixture.given(ORDERED)
                .when(new MarkFirstInvoicePaid("svc-1", "inv-first"))
                .expectEvents(new ServiceAwaitingProvisioning("svc-1", "acc-1", "inv-first", NOW));
    }

    @Test
    void theRenewalDateCountsFromTheDeliveryNotFromTheOrder() {
        Instant delivered = Instant.parse("2027-01-31T15:00:00Z"); // 30 h after the order
        fixture.given(ORDERED)
                .when(new RecordDelivery("svc-1", "acc-1", delivered))
                // 31 January + 1 month: February has no 31st, so its last day, same time
                .expectEvents(new ServiceDelivered("svc-1", "acc-1", delivered,
                        Instant.parse("2027-02-28T15:00:00Z"), NOW));
    }

    @Test
    void renewalsKeepCountingFromTheDeliveryAcrossShortMonths() {
        Instant delivered = Instant.parse("2027-01-31T15:00:00Z");
        fixture.given(ORDERED, new ServiceDelivered("svc-1", "acc-1", delivered, Instant.parse("2027-02-28T15:00:00Z"), NOW))
                .when(new AdvanceRenewalDate("svc-1", "inv-r1", Instant.parse("2027-02-28T15:00:00Z")))
                .expectEvents(new RenewalDateAdvanced("svc-1", "acc-1", "inv-r1",
                        Instant.parse("2027-02-28T15:00:00Z"), Instant.parse("2027-03-31T15:00:00Z"), NOW));
    }

    @Test
    void anAnnualServiceDeliveredOnTheTwentyNinthOfFebruaryRenewsOnTheTwentyEighth() {
        Instant delivered = Instant.parse("2028-02-29T10:00:00Z");
        fixture.given(new ServiceOrdered("svc-1", "acc-1", ServiceKind.VIRTUAL, "VS-2", SPEC, PRICE, Term.ANNUAL,
                        Instant.parse("2028-02-27T10:00:00Z")))
                .when(new RecordDelivery("svc-1", "acc-1", delivered))
                .expectEvents(new ServiceDelivered("svc-1", "acc-1", delivered, Instant.parse("2029-02-28T10:00:00Z"),
                        NOW));
    }

    @Test
    void aPaymentForAPeriodAlreadyAdvancedChangesNothing() {
        Instant delivered = Instant.parse("2027-01-31T15:00:00Z");
        fixture.given(ORDERED, new ServiceDelivered("svc-1", "acc-1", delivered, Instant.parse("2027-02-28T15:00:00Z"), NOW),
                        new RenewalDateAdvanced("svc-1", "acc-1", "inv-r1", Instant.parse("2027-02-28T15:00:00Z"),
                                Instant.parse("2027-03-31T15:00:00Z"), NOW))
                .when(new AdvanceRenewalDate("svc-1", "inv-r1", Instant.parse("2027-02-28T15:00:00Z")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anIncidentMovesTheRenewalDateLaterOnceAndLaterTermsKeepTheExtension() {
        Instant delivered = Instant.parse("2027-01-31T15:00:00Z");
        ServiceDelivered deliveredEvent = new ServiceDelivered("svc-1", "acc-1", delivered,
                Instant.parse("2027-02-28T15:00:00Z"), NOW);
        RenewalDateExtended extended = new RenewalDateExtended("svc-1", "acc-1", "inc-1", Duration.ofHours(72),
                Instant.parse("2027-02-28T15:00:00Z"), Instant.parse("2027-03-03T15:00:00Z"), "delayed by outage", NOW);
        fixture.given(ORDERED, deliveredEvent)
                .when(new ExtendRenewalDate("svc-1", "inc-1", Duration.ofHours(72), "delayed by outage"))
                .expectEvents(extended)
                .expectResultMessagePayload(true);
        fixture.given(ORDERED, deliveredEvent, extended)
                .when(new ExtendRenewalDate("svc-1", "inc-1", Duration.ofHours(72), "delayed by outage"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
        // The renewal invoice was issued for the old date; paying it advances from the extended date.
        fixture.given(ORDERED, deliveredEvent, extended)
                .when(new AdvanceRenewalDate("svc-1", "inv-r1", Instant.parse("2027-02-28T15:00:00Z")))
                .expectEvents(new RenewalDateAdvanced("svc-1", "acc-1", "inv-r1", Instant.parse("2027-03-03T15:00:00Z"),
                        Instant.parse("2027-04-03T15:00:00Z"), NOW));
    }

    @Test
    void aDeliveryBeforeTheOrderIsRefused() {
        fixture.given(ORDERED)
                .when(new RecordDelivery("svc-1", "acc-1", NOW.minusSeconds(1)))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("delivery at 2027-01-30T08:59:59Z is before the order at 2027-01-30T09:00:00Z")
                .expectNoEvents();
    }

    @Test
    void aSecondDeliveryIsRefused() {
        fixture.given(ORDERED, new ServiceDelivered("svc-1", "acc-1", NOW, Instant.parse("2027-02-28T09:00:00Z"), NOW))
                .when(new RecordDelivery("svc-1", "acc-1", NOW.plusSeconds(60)))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void cancellationEndsTheServiceAtTheEndOfItsPaidTerm() {
        fixture.given(ORDERED, new ServiceDelivered("svc-1", "acc-1", NOW, Instant.parse("2027-02-28T09:00:00Z"), NOW))
                .when(new CancelAtEndOfTerm("svc-1", "moving to another provider"))
                .expectEvents(new ServiceCancellationScheduled("svc-1", "acc-1", Instant.parse("2027-02-28T09:00:00Z"),
                        "moving to another provider", NOW));
    }

    @Test
    void anUndeliveredServiceCannotRunToTheEndOfATerm() {
        fixture.given(ORDERED)
                .when(new CancelAtEndOfTerm("svc-1", "changed my mind"))
                .expectException(IllegalStateException.class);
    }

    @Test
    void aSpecChangeIsAnEventWithItsReason() {
        ServiceSpec bigger = new ServiceSpec(8, 128, 2000, "Falkenstein");
        fixture.given(ORDERED)
                .when(new ChangeServiceSpec("svc-1", bigger, "RAM upgrade"))
                .expectEvents(new ServiceSpecChanged("svc-1", "acc-1", SPEC, bigger, "RAM upgrade", NOW));
    }
}
