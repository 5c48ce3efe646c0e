package dev.hostledger.kit.ops.maintenance;

import java.time.Instant;

/** An operator resumed automated actions; they catch up with what came due during the pause. */
public record AutomationResumed(String operator, String reason, Instant resumedAt, Instant pausedSince) {
}
