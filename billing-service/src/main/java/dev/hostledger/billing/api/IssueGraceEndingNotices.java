package dev.hostledger.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Notify these affected accounts that the period ends at its current end (each once per end). */
public record IssueGraceEndingNotices(@TargetAggregateIdentifier String gracePeriodId, List<String> accountIds) {
}
