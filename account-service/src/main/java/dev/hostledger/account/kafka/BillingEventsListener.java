package dev.hostledger.account.kafka;

import dev.hostledger.account.api.CreditOverpayment;
import dev.hostledger.account.query.AccountInvoices;
import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.billing.CreditNoteIssued;
import dev.hostledger.contracts.billing.InvoiceDueDateExtended;
import dev.hostledger.contracts.billing.InvoiceIssued;
import dev.hostledger.contracts.billing.InvoicePaid;
import dev.hostledger.contracts.billing.PaymentRecorded;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.consume.IntegrationEventListener;
import dev.hostledger.kit.consume.ReceivedEvent;
import org.springframework.stereotype.Component;

import java.util.Set;

/** Keeps the accounts' open invoices and turns overpayments into account funds. */
@Component
public class BillingEventsListener implements IntegrationEventListener {

    private final AccountInvoices invoices;
    private final ActingCommandGateway commands;

    public BillingEventsListener(AccountInvoices invoices, ActingCommandGateway commands) {
        this.invoices = invoices;
        this.commands = commands;
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
        Object data = event.data();
        if (data instanceof InvoiceIssued issued) {
            invoices.issued(issued);
        } else if (data instanceof PaymentRecorded payment) {
            invoices.paymentRecorded(payment);
            if (payment.overpaid().isPositive()) {
                commands.sendAndWait(new CreditOverpayment(payment.accountId(), payment.paymentId(),
                                payment.invoiceId(), payment.overpaid()),
                        event.actor(), "overpayment of invoice " + payment.invoiceId());
            }
        } else if (data instanceof InvoicePaid paid) {
            invoices.paid(paid);
        } else if (data instanceof CreditNoteIssued credited) {
            invoices.credited(credited);
        } else if (data instanceof InvoiceDueDateExtended extended) {
            invoices.dueDateExtended(extended);
        }
    }
}
