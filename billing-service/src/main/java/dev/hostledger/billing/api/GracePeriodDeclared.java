package dev.hostledger.billing.api;

import dev.hostledger.contracts.billing.GraceScope;

import java.time.Instant;

public record GracePeriodDeclared(String gracePeriodId, Instant startsAt, Instant endsAt, GraceScope scope,
                                  String reason, String incidentId, Instant declaredAt) {
}
