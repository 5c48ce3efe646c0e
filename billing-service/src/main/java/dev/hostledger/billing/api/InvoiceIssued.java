package dev.hostledger.billing.api;

import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.billing.InvoiceLine;

import java.time.Instant;
import java.util.List;

public record InvoiceIssued(String invoiceId, String invoiceNumber, String accountId, List<InvoiceLine> lines,
                            Money total, Instant issuedAt, Instant dueAt) {
}
