package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/**
 * {@code hostledger.billing.grace-ending-notice-due.v1}: tell this account the protection ends at {@code endsAt}. A
 * notice whose end no longer holds (the window was extended or ended since) must not be delivered.
 */
public record GraceEndingNoticeDue(String accountId, String gracePeriodId, Instant endsAt, Instant occurredAt)
        implements IntegrationEvent {
}
