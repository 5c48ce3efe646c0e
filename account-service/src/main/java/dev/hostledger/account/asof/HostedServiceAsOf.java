package dev.hostledger.account.asof;

import dev.hostledger.account.api.RenewalDateAdvanced;
import dev.hostledger.account.api.ServiceAwaitingProvisioning;
import dev.hostledger.account.api.ServiceCancellationScheduled;
import dev.hostledger.account.api.ServiceDelivered;
import dev.hostledger.account.api.ServiceOrdered;
import dev.hostledger.account.api.ServiceSpecChanged;
import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.account.ServiceSpec;
import dev.hostledger.kit.ops.asof.AsOfFold;

import java.time.Instant;

/**
 * A hosted service as it stood at a past business instant. A delivery counts from when it was recorded
 * ({@code recordedAt}): a delivery reported late was not known before, even though it is dated earlier.
 */
public record HostedServiceAsOf(String serviceId, String accountId, String kind, String plan, ServiceSpec spec,
                                Money price, String term, String status, Instant orderedAt, Instant paidAt,
                                Instant deliveredAt, Instant renewalAt, Instant cancellationEndsAt) {

    static final AsOfFold<HostedServiceAsOf> FOLD = AsOfFold.<HostedServiceAsOf>builder()
            .on(ServiceOrdered.class, ServiceOrdered::orderedAt, (state, e) -> new HostedServiceAsOf(e.serviceId(),
                    e.accountId(), e.kind().name(), e.plan(), e.spec(), e.price(), e.term().name(), "ORDERED",
                    e.orderedAt(), null, null, null, null))
            .on(ServiceAwaitingProvisioning.class, ServiceAwaitingProvisioning::paidAt, (s, e) ->
                    new HostedServiceAsOf(s.serviceId, s.accountId, s.kind, s.plan, s.spec, s.price, s.term,
                            "AWAITING_PROVISIONING", s.orderedAt, e.paidAt(), null, null, null))
            .on(ServiceDelivered.class, ServiceDelivered::recordedAt, (s, e) ->
                    new HostedServiceAsOf(s.serviceId, s.accountId, s.kind, s.plan, s.spec, s.price, s.term,
                            "ACTIVE", s.orderedAt, s.paidAt, e.deliveredAt(), e.renewalAt(), s.cancellationEndsAt))
            .on(RenewalDateAdvanced.class, RenewalDateAdvanced::advancedAt, (s, e) ->
                    new HostedServiceAsOf(s.serviceId, s.accountId, s.kind, s.plan, s.spec, s.price, s.term,
                            s.status, s.orderedAt, s.paidAt, s.deliveredAt, e.renewalAt(), s.cancellationEndsAt))
            .on(ServiceSpecChanged.class, ServiceSpecChanged::changedAt, (s, e) ->
                    new HostedServiceAsOf(s.serviceId, s.accountId, s.kind, s.plan, e.spec(), s.price, s.term,
                            s.status, s.orderedAt, s.paidAt, s.deliveredAt, s.renewalAt, s.cancellationEndsAt))
            .on(ServiceCancellationScheduled.class, ServiceCancellationScheduled::scheduledAt, (s, e) ->
                    new HostedServiceAsOf(s.serviceId, s.accountId, s.kind, s.plan, s.spec, s.price, s.term,
                            s.status, s.orderedAt, s.paidAt, s.deliveredAt, s.renewalAt, e.endsAt()))
            .build();
}
