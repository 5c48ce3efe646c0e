package dev.hostledger.account.query;

import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.account.ServiceSpec;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public record HostedServiceView(String serviceId, String accountId, String kind, String plan, ServiceSpec spec,
                                Money price, String term, String status, Instant orderedAt, Instant paidAt,
                                Instant deliveredAt, Instant renewalAt, Instant cancellationEndsAt,
                                List<Map<String, String>> suspensions, Instant terminatedAt) {
}
