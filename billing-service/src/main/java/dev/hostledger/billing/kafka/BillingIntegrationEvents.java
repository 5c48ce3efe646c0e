package dev.hostledger.billing.kafka;

import dev.hostledger.billing.api.CreditNoteIssued;
import dev.hostledger.billing.api.InvoiceDueDateExtended;
import dev.hostledger.billing.api.GraceEndingNoticeDue;
import dev.hostledger.billing.api.GracePeriodCancelled;
import dev.hostledger.billing.api.GracePeriodDeclared;
import dev.hostledger.billing.api.GracePeriodEnded;
import dev.hostledger.billing.api.GracePeriodExtended;
import dev.hostledger.billing.api.IncidentClosed;
import dev.hostledger.billing.api.IncidentOpened;
import dev.hostledger.billing.api.InvoiceIssued;
import dev.hostledger.billing.api.SuspensionDeferred;
import dev.hostledger.billing.api.InvoiceOverdue;
import dev.hostledger.billing.api.InvoiceReminderDue;
import dev.hostledger.billing.api.SuspensionRequested;
import dev.hostledger.billing.api.SuspensionWarningDue;
import dev.hostledger.billing.api.TerminationRequested;
import dev.hostledger.billing.api.UnsuspensionRequested;
import dev.hostledger.billing.api.InvoicePaid;
import dev.hostledger.billing.api.PaymentRecorded;
import dev.hostledger.billing.api.PaymentRefunded;
import dev.hostledger.contracts.billing.BillingEvents;
import dev.hostledger.kit.publish.IntegrationEventMappings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What billing-service tells the other services, in the contracts' words. */
@Configuration
public class BillingIntegrationEvents {

    @Bean
    public IntegrationEventMappings billingEventMappings() {
        return IntegrationEventMappings.builder()
                .map(InvoiceIssued.class, e -> new dev.hostledger.contracts.billing.InvoiceIssued(e.invoiceId(),
                        e.invoiceNumber(), e.accountId(), e.lines(), e.total(), e.dueAt(), e.issuedAt()))
                .map(PaymentRecorded.class, e -> new dev.hostledger.contracts.billing.PaymentRecorded(e.invoiceId(),
                        e.accountId(), e.paymentId(), e.amount(), e.applied(), e.overpaid(), e.openAfter(),
                        e.source().name(), e.recordedAt()))
                .map(InvoicePaid.class, e -> new dev.hostledger.contracts.billing.InvoicePaid(e.invoiceId(),
                        e.accountId(), e.paidAt()))
                .map(CreditNoteIssued.class, e -> new dev.hostledger.contracts.billing.CreditNoteIssued(
                        e.creditNoteNumber(), e.invoiceId(), e.accountId(), e.amount(), e.reason(), e.issuedAt()))
                .map(PaymentRefunded.class, e -> new dev.hostledger.contracts.billing.PaymentRefunded(e.refundId(),
                        e.invoiceId(), e.accountId(), e.amount(), e.reason(), e.refundedAt()))
                .map(InvoiceDueDateExtended.class, e -> new dev.hostledger.contracts.billing.InvoiceDueDateExtended(
                        e.invoiceId(), e.accountId(), e.previousDueAt(), e.dueAt(), e.reason(), e.extendedAt()))
                .map(InvoiceReminderDue.class, e -> new dev.hostledger.contracts.billing.InvoiceReminderDue(
                        e.invoiceId(), e.accountId(), e.dueAt(), e.open(), e.suspensionPausedUntil(), e.remindedAt()))
                .map(InvoiceOverdue.class, e -> new dev.hostledger.contracts.billing.InvoiceOverdue(e.invoiceId(),
                        e.accountId(), e.dueAt(), e.open(), e.suspensionPausedUntil(), e.overdueAt()))
                .map(SuspensionWarningDue.class, e -> new dev.hostledger.contracts.billing.SuspensionWarningDue(
                        e.invoiceId(), e.accountId(), e.serviceIds(), e.suspensionAt(), e.open(),
                        e.suspensionPausedUntil(), e.warnedAt()))
                .map(SuspensionDeferred.class, e -> new dev.hostledger.contracts.billing.SuspensionDeferred(
                        e.invoiceId(), e.accountId(), e.serviceIds(), e.gracePeriodId(), e.until(), e.deferredAt()))
                .map(GracePeriodDeclared.class, e -> new dev.hostledger.contracts.billing.GracePeriodDeclared(
                        BillingEvents.ALL_ACCOUNTS, e.gracePeriodId(), e.startsAt(), e.endsAt(), e.scope(), e.reason(),
                        e.incidentId(), e.declaredAt()))
                .map(GracePeriodExtended.class, e -> new dev.hostledger.contracts.billing.GracePeriodExtended(
                        BillingEvents.ALL_ACCOUNTS, e.gracePeriodId(), e.previousEndsAt(), e.endsAt(), e.reason(),
                        e.extendedAt()))
                .map(GracePeriodEnded.class, e -> new dev.hostledger.contracts.billing.GracePeriodEnded(
                        BillingEvents.ALL_ACCOUNTS, e.gracePeriodId(), e.endedAt(), e.early(), e.reason(),
                        e.endedAt()))
                .map(GracePeriodCancelled.class, e -> new dev.hostledger.contracts.billing.GracePeriodCancelled(
                        BillingEvents.ALL_ACCOUNTS, e.gracePeriodId(), e.reason(), e.cancelledAt()))
                .map(GraceEndingNoticeDue.class, e -> new dev.hostledger.contracts.billing.GraceEndingNoticeDue(
                        e.accountId(), e.gracePeriodId(), e.endsAt(), e.noticedAt()))
                .map(SuspensionRequested.class, e -> new dev.hostledger.contracts.billing.SuspensionRequested(
                        e.invoiceId(), e.accountId(), e.serviceIds(), e.reason(), e.requestedAt()))
                .map(UnsuspensionRequested.class, e -> new dev.hostledger.contracts.billing.UnsuspensionRequested(
                        e.invoiceId(), e.accountId(), e.serviceIds(), e.reason(), e.requestedAt()))
                .map(TerminationRequested.class, e -> new dev.hostledger.contracts.billing.TerminationRequested(
                        e.invoiceId(), e.accountId(), e.serviceIds(), e.reason(), e.requestedAt()))
                .map(IncidentOpened.class, e -> new dev.hostledger.contracts.billing.IncidentOpened(
                        BillingEvents.ALL_ACCOUNTS, e.incidentId(), e.title(), e.description(), e.startedAt(),
                        e.openedAt()))
                .map(IncidentClosed.class, e -> new dev.hostledger.contracts.billing.IncidentClosed(
                        BillingEvents.ALL_ACCOUNTS, e.incidentId(), e.endedAt(), e.reason(), e.closedAt()))
                .build();
    }
}
