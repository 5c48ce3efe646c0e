package dev.hostledger.account.kafka;

import dev.hostledger.account.api.AdvanceRenewalDate;
import dev.hostledger.account.api.ApplyAvailableFunds;
import dev.hostledger.account.api.CreditOverpayment;
import dev.hostledger.account.api.LiftSuspension;
import dev.hostledger.account.api.SuspendService;
import dev.hostledger.account.api.TerminateService;
import dev.hostledger.account.api.MarkFirstInvoicePaid;
import dev.hostledger.account.config.AccountProperties;
import dev.hostledger.account.incident.KnownIncidents;
import dev.hostledger.account.query.AccountInvoices;
import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.billing.CreditNoteIssued;
import dev.hostledger.contracts.billing.IncidentClosed;
import dev.hostledger.contracts.billing.IncidentOpened;
import dev.hostledger.contracts.billing.InvoiceDueDateExtended;
import dev.hostledger.contracts.billing.InvoiceIssued;
import dev.hostledger.contracts.billing.InvoicePaid;
import dev.hostledger.contracts.billing.PaymentRecorded;
import dev.hostledger.contracts.billing.SuspensionRequested;
import dev.hostledger.contracts.billing.TerminationRequested;
import dev.hostledger.contracts.billing.UnsuspensionRequested;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import dev.hostledger.kit.consume.IntegrationEventListener;
import dev.hostledger.kit.consume.ReceivedEvent;
import dev.hostledger.kit.consume.RejectedEventException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Keeps the accounts' invoices, pays new ones from funds first, turns overpayments into funds, and moves services on
 * when the invoices that pay for them are paid.
 */
@Component
public class BillingEventsListener implements IntegrationEventListener {

    private static final Actor CREDIT_FIRST = Actor.system("account-service/credit-first");

    private final AccountInvoices invoices;
    private final KnownIncidents incidents;
    private final ActingCommandGateway commands;
    private final AccountProperties properties;

    public BillingEventsListener(AccountInvoices invoices, KnownIncidents incidents, ActingCommandGateway commands,
                                 AccountProperties properties) {
        this.invoices = invoices;
        this.incidents = incidents;
        this.commands = commands;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "account.billing-events";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.BILLING_EVENTS);
    }

    @Override
    public void on(ReceivedEvent event) {
        try {
            apply(event);
        } catch (AggregateNotFoundException e) {
            // billing speaks of an account or service this service never had: nothing to do but say so
            throw new RejectedEventException("unknown to account-service: " + e.getMessage());
        }
    }

    /** billing's suspensions are keyed by invoice, so paying one invoice lifts only its own. */
    public static String nonPayment(String invoiceId) {
        return "NON_PAYMENT:" + invoiceId;
    }

    private void apply(ReceivedEvent event) {
        Object data = event.data();
        if (data instanceof InvoiceIssued issued) {
            invoices.issued(issued);
            if (properties.applyFundsAutomatically()) {
                commands.sendAndWait(new ApplyAvailableFunds(issued.accountId(), "credit-first:" + issued.invoiceId(),
                        issued.invoiceId(), issued.total()), CREDIT_FIRST, "credit first: funds pay new invoices");
            }
        } else if (data instanceof PaymentRecorded payment) {
            invoices.paymentRecorded(payment);
            if (payment.overpaid().isPositive()) {
                commands.sendAndWait(new CreditOverpayment(payment.accountId(), payment.paymentId(),
                                payment.invoiceId(), payment.overpaid()),
                        event.actor(), "overpayment of invoice " + payment.invoiceId());
            }
        } else if (data instanceof InvoicePaid paid) {
            invoices.paid(paid);
            for (AccountInvoices.ServiceLine line : invoices.serviceLines(paid.invoiceId())) {
                commands.sendAndWait(line.periodStart() == null
                                ? new MarkFirstInvoicePaid(line.serviceId(), paid.invoiceId())
                                : new AdvanceRenewalDate(line.serviceId(), paid.invoiceId(), line.periodStart()),
                        event.actor(), "invoice " + paid.invoiceId() + " paid");
            }
        } else if (data instanceof CreditNoteIssued credited) {
            invoices.credited(credited);
        } else if (data instanceof InvoiceDueDateExtended extended) {
            invoices.dueDateExtended(extended);
        } else if (data instanceof SuspensionRequested suspension) {
            suspension.serviceIds().forEach(serviceId -> commands.sendAndWait(new SuspendService(serviceId,
                    nonPayment(suspension.invoiceId()), suspension.reason()), event.actor(), suspension.reason()));
        } else if (data instanceof UnsuspensionRequested unsuspension) {
            unsuspension.serviceIds().forEach(serviceId -> commands.sendAndWait(new LiftSuspension(serviceId,
                    nonPayment(unsuspension.invoiceId()), unsuspension.reason()), event.actor(),
                    "settled: " + unsuspension.reason()));
        } else if (data instanceof IncidentOpened incident) {
            incidents.opened(incident);
        } else if (data instanceof IncidentClosed incident) {
            incidents.closed(incident);
        } else if (data instanceof TerminationRequested termination) {
            termination.serviceIds().forEach(serviceId -> commands.sendAndWait(new TerminateService(serviceId,
                    termination.reason()), event.actor(), termination.reason()));
        }
    }
}
