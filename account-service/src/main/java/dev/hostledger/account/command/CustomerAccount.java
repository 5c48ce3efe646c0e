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
import dev.hostledger.account.api.OpenAccount;
import dev.hostledger.account.api.OverpaymentCredited;
import dev.hostledger.contracts.Money;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A customer of the hosting provider: contact details, one currency, and a funds (credit) balance that never goes
 * below zero. Every change of funds carries its own id and is applied once.
 */
@Aggregate
public class CustomerAccount {

    @AggregateIdentifier
    private String accountId;
    private Money balance;
    private final Set<String> fundsOperations = new HashSet<>();

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

    @CommandHandler
    void handle(AddFunds command, Clock clock) {
        if (alreadyApplied("funds", command.fundsId())) {
            return;
        }
        requireText(command.reason(), "reason");
        Money amount = positiveInCurrency(command.amount());
        apply(new FundsAdded(accountId, command.fundsId(), amount, balance.plus(amount), command.reason(),
                clock.instant()));
    }

    @CommandHandler
    void handle(ApplyFunds command, Clock clock) {
        if (alreadyApplied("application", command.applicationId())) {
            return;
        }
        Money amount = positiveInCurrency(command.amount());
        if (amount.isGreaterThan(balance)) {
            throw new IllegalArgumentException("insufficient funds: " + amount + " asked, " + balance + " available");
        }
        apply(new FundsApplied(accountId, command.applicationId(), command.invoiceId(), amount,
                balance.minus(amount), clock.instant()));
    }

    @CommandHandler
    void handle(ApplyAvailableFunds command, Clock clock) {
        if (alreadyApplied("application", command.applicationId()) || !balance.isPositive()) {
            return;
        }
        Money amount = positiveInCurrency(command.upTo()).min(balance);
        apply(new FundsApplied(accountId, command.applicationId(), command.invoiceId(), amount,
                balance.minus(amount), clock.instant()));
    }

    @CommandHandler
    void handle(CreditOverpayment command, Clock clock) {
        if (alreadyApplied("overpayment", command.paymentId())) {
            return;
        }
        Money amount = positiveInCurrency(command.amount());
        apply(new OverpaymentCredited(accountId, command.paymentId(), command.invoiceId(), amount,
                balance.plus(amount), clock.instant()));
    }

    /** @return true if credited now, false if this compensation was credited before */
    @CommandHandler
    boolean handle(CreditCompensation command, Clock clock) {
        if (alreadyApplied("compensation", command.compensationId())) {
            return false;
        }
        requireText(command.reason(), "reason");
        Money amount = positiveInCurrency(command.amount());
        apply(new CompensationCredited(accountId, command.compensationId(), amount, command.reason(),
                command.incidentId(), balance.plus(amount), clock.instant()));
        return true;
    }

    @EventSourcingHandler
    void on(AccountOpened event) {
        this.accountId = event.accountId();
        this.balance = Money.zero(event.currency());
    }

    @EventSourcingHandler
    void on(FundsAdded event) {
        fundsOperations.add("funds:" + event.fundsId());
        balance = event.balanceAfter();
    }

    @EventSourcingHandler
    void on(FundsApplied event) {
        fundsOperations.add("application:" + event.applicationId());
        balance = event.balanceAfter();
    }

    @EventSourcingHandler
    void on(OverpaymentCredited event) {
        fundsOperations.add("overpayment:" + event.paymentId());
        balance = event.balanceAfter();
    }

    @EventSourcingHandler
    void on(CompensationCredited event) {
        fundsOperations.add("compensation:" + event.compensationId());
        balance = event.balanceAfter();
    }

    /** Ids are per kind: a payment id and a top-up id may look alike without being the same operation. */
    private boolean alreadyApplied(String kind, String id) {
        requireText(id, kind + " id");
        return fundsOperations.contains(kind + ":" + id);
    }

    private Money positiveInCurrency(Money amount) {
        if (amount == null || !amount.currency().equals(balance.currency())) {
            throw new IllegalArgumentException("account " + accountId + " is in " + balance.currency()
                    + ", not " + (amount == null ? "nothing" : amount.currency()));
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
        return amount;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
