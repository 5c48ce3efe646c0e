package dev.hostledger.billing.asof;

import dev.hostledger.kit.web.NotFoundException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** Time travel: an invoice as it stood at a past business instant, rebuilt from its events. */
@RestController
public class InvoiceAsOfController {

    private final EventStore eventStore;

    public InvoiceAsOfController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @GetMapping("/invoices/{invoiceId}/as-of")
    public InvoiceAsOf invoice(@PathVariable String invoiceId,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        return InvoiceAsOf.FOLD.asOf(eventStore, invoiceId, at)
                .orElseThrow(() -> new NotFoundException("invoice", invoiceId + " as of " + at));
    }
}
