package dev.hostledger.billing.command;

import dev.hostledger.billing.api.CancelInvoice;
import dev.hostledger.billing.api.IssueInvoice;
import dev.hostledger.billing.query.BillingAccount;
import dev.hostledger.billing.query.BillingAccounts;
import dev.hostledger.contracts.billing.InvoiceLine;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import dev.hostledger.kit.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Issues and cancels invoices: allocates the document number and stores the document in one transaction, so a
 * failed issue gives its number back.
 */
@Component
public class InvoiceIssuing {

    private final DocumentNumbers numbers;
    private final InvoiceRegistry registry;
    private final BillingAccounts accounts;
    private final ActingCommandGateway commands;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public InvoiceIssuing(DocumentNumbers numbers, InvoiceRegistry registry, BillingAccounts accounts,
                          ActingCommandGateway commands, TransactionTemplate transaction, Clock clock) {
        this.numbers = numbers;
        this.registry = registry;
        this.accounts = accounts;
        this.commands = commands;
        this.transaction = transaction;
        this.clock = clock;
    }

    public record NewInvoice(String invoiceId, String accountId, List<InvoiceLine> lines, Instant dueAt) {
    }

    /**
     * Issues the invoice in the account's currency. Issuing the same invoice id again returns the number it was
     * issued under and changes nothing, so a caller may safely retry.
     */
    public String issue(NewInvoice invoice, Actor actor, String reason) {
        return transaction.execute(status -> registry.find(invoice.invoiceId())
                .map(InvoiceRegistry.RegisteredInvoice::invoiceNumber)
                .orElseGet(() -> issueNew(invoice, actor, reason)));
    }

    private String issueNew(NewInvoice invoice, Actor actor, String reason) {
        BillingAccount account = accounts.find(invoice.accountId())
                .orElseThrow(() -> new NotFoundException("account", invoice.accountId()));
        Instant now = clock.instant();
        String number = numbers.next(Integer.toString(now.atZone(ZoneOffset.UTC).getYear()));
        registry.register(new InvoiceRegistry.RegisteredInvoice(invoice.invoiceId(), number, account.accountId(),
                account.currency()), now);
        commands.sendAndWait(new IssueInvoice(invoice.invoiceId(), number, account.accountId(), account.currency(),
                invoice.lines(), invoice.dueAt()), actor, reason);
        return number;
    }

    /** Cancels an invoice with a credit note for its open amount; returns the credit note's number. */
    public String cancel(String invoiceId, Actor actor, String reason) {
        return transaction.execute(status -> {
            String number = numbers.next("CN-" + clock.instant().atZone(ZoneOffset.UTC).getYear());
            commands.sendAndWait(new CancelInvoice(invoiceId, number, reason), actor, reason);
            return number;
        });
    }
}
