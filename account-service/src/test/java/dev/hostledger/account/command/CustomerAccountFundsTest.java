package dev.hostledger.account.command;

import dev.hostledger.account.api.AccountOpened;
import dev.hostledger.account.api.AddFunds;
import dev.hostledger.account.api.ApplyAvailableFunds;
import dev.hostledger.account.api.ApplyFunds;
import dev.hostledger.account.api.CompensationCredited;
import dev.hostledger.account.api.CreditCompensation;
import dev.hostledger.account.api.CreditOverpayment;
import dev.hostledger.account.api.FundsAdded;
import dev.hostledger.account.api.FundsApplied;
import dev.hostledger.account.api.OverpaymentCredited;
import dev.hostledger.contracts.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

class CustomerAccountFundsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T14:00:00Z");
    private static final AccountOpened OPENED =
            new AccountOpened("acc-1", "Ada", "ada@example.com", "Europe/Berlin", "EUR", NOW);
    private static final FundsAdded FIFTY =
            new FundsAdded("acc-1", "top-1", eur("50.00"), eur("50.00"), "bank transfer", NOW);

    private AggregateTestFixture<CustomerAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CustomerAccount.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aTopUpRaisesTheBalance() {
        fixture.given(OPENED)
                .when(new AddFunds("acc-1", "top-1", eur("50.00"), "bank transfer"))
                .expectEvents(FIFTY);
    }

    @Test
    void fundsAppliedToAnInvoiceLowerTheBalance() {
        fixture.given(OPENED, FIFTY)
                .when(new ApplyFunds("acc-1", "app-1", "inv-1", eur("30.00")))
                .expectEvents(new FundsApplied("acc-1", "app-1", "inv-1", eur("30.00"), eur("20.00"), NOW));
    }

    @Test
    void fundsNeverGoBelowZero() {
        fixture.given(OPENED, FIFTY)
                .when(new ApplyFunds("acc-1", "app-1", "inv-1", eur("50.01")))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("insufficient funds: 50.01 EUR asked, 50.00 EUR available")
                .expectNoEvents();
    }

    @Test
    void theSameApplicationIsAppliedOnce() {
        fixture.given(OPENED, FIFTY, new FundsApplied("acc-1", "app-1", "inv-1", eur("30.00"), eur("20.00"), NOW))
                .when(new ApplyFunds("acc-1", "app-1", "inv-1", eur("30.00")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void creditFirstPaysPartOfANewInvoiceWithAllTheFundsThereAre() {
        fixture.given(OPENED, FIFTY)
                .when(new ApplyAvailableFunds("acc-1", "credit-first:inv-1", "inv-1", eur("89.00")))
                .expectEvents(new FundsApplied("acc-1", "credit-first:inv-1", "inv-1", eur("50.00"), eur("0.00"), NOW));
    }

    @Test
    void creditFirstPaysAWholeInvoiceWhenTheFundsSuffice() {
        fixture.given(OPENED, FIFTY)
                .when(new ApplyAvailableFunds("acc-1", "credit-first:inv-1", "inv-1", eur("20.00")))
                .expectEvents(new FundsApplied("acc-1", "credit-first:inv-1", "inv-1", eur("20.00"), eur("30.00"), NOW));
    }

    @Test
    void creditFirstDoesNothingWithoutFunds() {
        fixture.given(OPENED)
                .when(new ApplyAvailableFunds("acc-1", "credit-first:inv-1", "inv-1", eur("20.00")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anOverpaymentBecomesFundsOncePerPayment() {
        OverpaymentCredited credited =
                new OverpaymentCredited("acc-1", "pay-9", "inv-1", eur("12.50"), eur("62.50"), NOW);
        fixture.given(OPENED, FIFTY)
                .when(new CreditOverpayment("acc-1", "pay-9", "inv-1", eur("12.50")))
                .expectEvents(credited);
        fixture.given(OPENED, FIFTY, credited)
                .when(new CreditOverpayment("acc-1", "pay-9", "inv-1", eur("12.50")))
                .expectNoEvents();
    }

    @Test
    void compensationNamesItsReasonAndIncident() {
        fixture.given(OPENED)
                .when(new CreditCompensation("acc-1", "inc-1:acc-1", eur("15.00"), "outage of 24 Nov", "inc-1"))
                .expectEvents(new CompensationCredited("acc-1", "inc-1:acc-1", eur("15.00"), "outage of 24 Nov",
                        "inc-1", eur("15.00"), NOW));
    }

    @Test
    void fundsInAnotherCurrencyAreRefused() {
        fixture.given(OPENED)
                .when(new AddFunds("acc-1", "top-1", Money.of("50.00", "USD"), "wrong"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aNegativeTopUpIsRefused() {
        fixture.given(OPENED)
                .when(new AddFunds("acc-1", "top-1", eur("-5.00"), "sneaky"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
