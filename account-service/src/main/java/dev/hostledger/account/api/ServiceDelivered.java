package dev.hostledger.account.api;

import java.time.Instant;

/** @param renewalAt the end of the first term, counted from the delivery */
public record ServiceDelivered(String serviceId, String accountId, Instant deliveredAt, Instant renewalAt,
                               Instant recordedAt) {
}
