package dev.hostledger.notification.facts;

import dev.hostledger.notification.delivery.FactCheck;
import dev.hostledger.notification.delivery.PendingDelivery;
import dev.hostledger.notification.delivery.Templates;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/**
 * A reminder, an overdue notice or a suspension warning asks the customer to pay: once the invoice is paid or
 * cancelled by a credit note, it would be wrong, however recently it was requested.
 */
@Component
public class InvoiceStillOpen implements FactCheck {

    private static final Set<String> ASKING_TO_PAY =
            Set.of(Templates.INVOICE_REMINDER, Templates.INVOICE_OVERDUE, Templates.SUSPENSION_WARNING);

    private final InvoiceFacts invoices;

    public InvoiceStillOpen(InvoiceFacts invoices) {
        this.invoices = invoices;
    }

    @Override
    public boolean covers(String template) {
        return ASKING_TO_PAY.contains(template);
    }

    @Override
    public Optional<String> staleReason(PendingDelivery delivery) {
        String invoiceId = delivery.model().get("invoiceId");
        return invoices.find(invoiceId)
                .filter(invoice -> invoice.settledBy() != null)
                .map(invoice -> "invoice " + invoice.invoiceNumber() + " (" + invoiceId + ") was " + invoice.settledBy()
                        + " at " + invoice.settledAt() + ", before this message went out");
    }
}
