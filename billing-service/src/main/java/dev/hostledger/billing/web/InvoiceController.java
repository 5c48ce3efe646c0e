package dev.hostledger.billing.web;

import dev.hostledger.billing.query.InvoiceQueries;
import dev.hostledger.billing.query.InvoiceView;
import dev.hostledger.kit.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Invoices with their payments, credit notes and refunds, as a support agent or the customer reads them. */
@RestController
public class InvoiceController {

    private final InvoiceQueries invoices;

    public InvoiceController(InvoiceQueries invoices) {
        this.invoices = invoices;
    }

    @GetMapping("/invoices/{invoiceId}")
    public InvoiceView get(@PathVariable String invoiceId) {
        return invoices.find(invoiceId).orElseThrow(() -> new NotFoundException("invoice", invoiceId));
    }

    /** @param status OPEN, PAID or CANCELLED; all when absent */
    @GetMapping("/accounts/{accountId}/invoices")
    public List<InvoiceView> forAccount(@PathVariable String accountId,
                                        @RequestParam(required = false) String status) {
        return invoices.forAccount(accountId, status);
    }
}
