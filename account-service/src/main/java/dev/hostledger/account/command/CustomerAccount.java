package dev.hostledger.account.command;

import dev.hostledger.account.api.AccountOpened;
import dev.hostledger.account.api.OpenAccount;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A customer of the hosting provider: contact details, currency, and (later) the funds balance. */
@Aggregate
public class CustomerAccount {

    @AggregateIdentifier
    private String accountId;

    protected CustomerAccount() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public CustomerAccount(OpenAccount command, Clock clock) {
        requireText(command.name(), "name");
        requireText(command.email(), "email");
        try {
            ZoneId.of(command.timeZone());
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("timeZone '" + command.timeZone() + "' is not an IANA time zone");
        }
        try {
            Currency.getInstance(command.currency());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("currency '" + command.currency() + "' is not an ISO 4217 code");
        }
        apply(new AccountOpened(command.accountId(), command.name().strip(), command.email().strip(),
                command.timeZone(), command.currency(), clock.instant()));
    }

    @EventSourcingHandler
    void on(AccountOpened event) {
        this.accountId = event.accountId();
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
