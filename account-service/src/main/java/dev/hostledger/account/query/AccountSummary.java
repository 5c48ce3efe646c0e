package dev.hostledger.account.query;

import dev.hostledger.contracts.Money;

import java.time.Instant;
import java.util.List;

/** An account as support sees it: contact details, funds balance and what is still open. */
public record AccountSummary(String accountId, String name, String email, String timeZone, String currency,
                             Instant openedAt, Money balance, List<OpenInvoice> openInvoices) {

    public record OpenInvoice(String invoiceId, String invoiceNumber, Money total, Money open, Instant dueAt) {
    }
}
