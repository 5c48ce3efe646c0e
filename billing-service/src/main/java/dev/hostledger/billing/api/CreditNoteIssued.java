package dev.hostledger.billing.api;

import dev.hostledger.contracts.Money;

import java.time.Instant;

public record CreditNoteIssued(String invoiceId, String creditNoteNumber, String accountId, Money amount,
                               String reason, Instant issuedAt) {
}
