package dev.hostledger.account.api;

import java.time.Instant;

public record ServiceAwaitingProvisioning(String serviceId, String accountId, String invoiceId, Instant paidAt) {
}
