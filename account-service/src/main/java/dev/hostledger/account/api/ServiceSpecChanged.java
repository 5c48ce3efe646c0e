package dev.hostledger.account.api;

import dev.hostledger.contracts.account.ServiceSpec;

import java.time.Instant;

public record ServiceSpecChanged(String serviceId, String accountId, ServiceSpec previousSpec, ServiceSpec spec,
                                 String reason, Instant changedAt) {
}
