package dev.hostledger.account.command;

import dev.hostledger.account.api.AccountOpened;
import dev.hostledger.account.api.OpenAccount;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

class CustomerAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-24T14:00:00Z");

    private AggregateTestFixture<CustomerAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CustomerAccount.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void anAccountOpensAtTheInjectedClocksTime() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccount("acc-1", " Ada Lovelace ", "ada@example.com", "Europe/London", "GBP"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AccountOpened("acc-1", "Ada Lovelace", "ada@example.com", "Europe/London", "GBP", NOW));
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccount("acc-1", "Ada", "ada@example.com", "Mars/Olympus", "GBP"))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("timeZone 'Mars/Olympus' is not an IANA time zone")
                .expectNoEvents();
    }

    @Test
    void anUnknownCurrencyIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccount("acc-1", "Ada", "ada@example.com", "UTC", "XYZ"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aBlankNameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new OpenAccount("acc-1", " ", "ada@example.com", "UTC", "EUR"))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("name must not be blank");
    }
}
