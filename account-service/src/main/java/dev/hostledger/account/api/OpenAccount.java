package dev.hostledger.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenAccount(@TargetAggregateIdentifier String accountId, String name, String email, String timeZone,
                          String currency) {
}
