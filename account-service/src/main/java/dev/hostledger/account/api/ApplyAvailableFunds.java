package dev.hostledger.account.api;

import dev.hostledger.contracts.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Credit first: apply whatever funds there are to a new invoice, up to {@code upTo}; nothing when there are none. */
public record ApplyAvailableFunds(@TargetAggregateIdentifier String accountId, String applicationId, String invoiceId,
                                  Money upTo) {
}
