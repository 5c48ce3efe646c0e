package dev.hostledger.account.kafka;

import dev.hostledger.account.api.AccountOpened;
import dev.hostledger.account.api.CompensationCredited;
import dev.hostledger.account.api.FundsAdded;
import dev.hostledger.account.api.FundsApplied;
import dev.hostledger.account.api.OverpaymentCredited;
import dev.hostledger.account.api.RenewalDateAdvanced;
import dev.hostledger.account.api.RenewalDateExtended;
import dev.hostledger.account.api.ServiceAwaitingProvisioning;
import dev.hostledger.account.api.ServiceCancellationScheduled;
import dev.hostledger.account.api.ServiceDelivered;
import dev.hostledger.account.api.ServiceOrdered;
import dev.hostledger.account.api.ServiceSpecChanged;
import dev.hostledger.account.api.ServiceSuspended;
import dev.hostledger.account.api.ServiceTerminated;
import dev.hostledger.account.api.ServiceUnsuspended;
import dev.hostledger.kit.publish.IntegrationEventMappings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What account-service tells the other services, in the contracts' words. */
@Configuration
public class AccountIntegrationEvents {

    @Bean
    public IntegrationEventMappings accountEventMappings() {
        return IntegrationEventMappings.builder()
                .map(AccountOpened.class, e -> new dev.hostledger.contracts.account.AccountOpened(
                        e.accountId(), e.name(), e.email(), e.timeZone(), e.currency(), e.openedAt()))
                .map(FundsAdded.class, e -> new dev.hostledger.contracts.account.FundsAdded(e.accountId(),
                        e.fundsId(), e.amount(), e.balanceAfter(), e.reason(), e.addedAt()))
                .map(FundsApplied.class, e -> new dev.hostledger.contracts.account.FundsApplied(e.accountId(),
                        e.applicationId(), e.invoiceId(), e.amount(), e.balanceAfter(), e.appliedAt()))
                .map(OverpaymentCredited.class, e -> new dev.hostledger.contracts.account.OverpaymentCredited(
                        e.accountId(), e.paymentId(), e.invoiceId(), e.amount(), e.balanceAfter(), e.creditedAt()))
                .map(CompensationCredited.class, e -> new dev.hostledger.contracts.account.CompensationCredited(
                        e.accountId(), e.compensationId(), e.amount(), e.reason(), e.incidentId(),
                        e.balanceAfter(), e.creditedAt()))
                .map(ServiceOrdered.class, e -> new dev.hostledger.contracts.account.ServiceOrdered(e.serviceId(),
                        e.accountId(), e.kind().name(), e.plan(), e.spec(), e.price(), e.term().name(), e.orderedAt()))
                .map(ServiceAwaitingProvisioning.class, e ->
                        new dev.hostledger.contracts.account.ServiceAwaitingProvisioning(e.serviceId(), e.accountId(),
                                e.invoiceId(), e.paidAt()))
                .map(ServiceDelivered.class, e -> new dev.hostledger.contracts.account.ServiceDelivered(e.serviceId(),
                        e.accountId(), e.deliveredAt(), e.renewalAt(), e.recordedAt()))
                .map(RenewalDateAdvanced.class, e -> new dev.hostledger.contracts.account.RenewalDateAdvanced(
                        e.serviceId(), e.accountId(), e.invoiceId(), e.previousRenewalAt(), e.renewalAt(),
                        e.advancedAt()))
                .map(ServiceSpecChanged.class, e -> new dev.hostledger.contracts.account.ServiceSpecChanged(
                        e.serviceId(), e.accountId(), e.previousSpec(), e.spec(), e.reason(), e.changedAt()))
                .map(ServiceCancellationScheduled.class, e ->
                        new dev.hostledger.contracts.account.ServiceCancellationScheduled(e.serviceId(), e.accountId(),
                                e.endsAt(), e.reason(), e.scheduledAt()))
                .map(ServiceSuspended.class, e -> new dev.hostledger.contracts.account.ServiceSuspended(
                        e.serviceId(), e.accountId(), e.reasonKey(), e.reason(), e.suspendedAt()))
                .map(ServiceUnsuspended.class, e -> new dev.hostledger.contracts.account.ServiceUnsuspended(
                        e.serviceId(), e.accountId(), e.reasonKey(), e.reason(), e.unsuspendedAt()))
                .map(ServiceTerminated.class, e -> new dev.hostledger.contracts.account.ServiceTerminated(
                        e.serviceId(), e.accountId(), e.reason(), e.terminatedAt()))
                .map(RenewalDateExtended.class, e -> new dev.hostledger.contracts.account.RenewalDateExtended(
                        e.serviceId(), e.accountId(), e.incidentId(), e.extension(), e.previousRenewalAt(),
                        e.renewalAt(), e.reason(), e.extendedAt()))
                .build();
    }
}
