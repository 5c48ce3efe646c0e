package dev.hostledger.kit.ops.maintenance;

import java.time.Instant;

/** An operator paused automated actions (invoicing, dunning, suspension); inbound events keep being accepted. */
public record AutomationPaused(String operator, String reason, Instant pausedAt) {
}
