package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.Money;

import java.time.Instant;

/** One line of an invoice; the service and period are absent for a one-off charge. */
public record InvoiceLine(String description, String serviceId, Instant periodStart, Instant periodEnd,
                          Money amount) {
}
