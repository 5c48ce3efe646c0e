package dev.hostledger.billing.command;

import dev.hostledger.billing.config.InvoicingProperties;
import dev.hostledger.billing.query.BilledServices;
import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.account.ServiceOrdered;
import dev.hostledger.contracts.billing.InvoiceLine;
import dev.hostledger.kit.actor.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Invoices hosted services: the first invoice when a service is ordered, and a renewal invoice a lead time before
 * each renewal date (due on that date). Invoice ids are derived from the service and period, so issuing again after a
 * crash or a redelivery returns the invoice already issued.
 */
@Component
public class RenewalInvoicing {

    private static final Actor ACTOR = Actor.system("billing/renewal-invoicing");
    private static final int BATCH = 200;
    private static final Duration LATE_WORK_MARGIN = Duration.ofMinutes(1);

    private final InvoiceIssuing issuing;
    private final BilledServices services;
    private final InvoicingProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public RenewalInvoicing(InvoiceIssuing issuing, BilledServices services, InvoicingProperties properties,
                            TransactionTemplate transaction, Clock clock) {
        this.issuing = issuing;
        this.services = services;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    public static String firstInvoiceId(String serviceId) {
        return "inv-first-" + serviceId;
    }

    public static String renewalInvoiceId(String serviceId, Instant periodStart) {
        return "inv-renewal-" + serviceId + "-" + periodStart.getEpochSecond();
    }

    /** The first term is invoiced at the order; its period starts only at delivery, so the line has none yet. */
    public void invoiceOrder(ServiceOrdered order) {
        Money price = order.price();
        issuing.issue(new InvoiceIssuing.NewInvoice(firstInvoiceId(order.serviceId()), order.accountId(),
                List.of(new InvoiceLine(order.plan() + " (" + order.kind().toLowerCase() + " server), first "
                        + order.term().toLowerCase() + " term", order.serviceId(), null, null, price)),
                notBeforeNow(order.occurredAt().plus(properties.firstInvoiceDue()))), ACTOR,
                "first invoice of an order");
    }

    /** Issues every renewal invoice that came due; returns how many. */
    public int invoiceDueRenewals() {
        Instant horizon = clock.instant().plus(properties.renewalLeadTime());
        int issued = 0;
        List<BilledServices.RenewalDue> due;
        do {
            due = services.renewalsDueBy(horizon, BATCH);
            for (BilledServices.RenewalDue renewal : due) {
                transaction.executeWithoutResult(status -> invoiceRenewal(renewal));
                issued++;
            }
        } while (due.size() == BATCH);
        return issued;
    }

    /** Work done late (a backlog, a maintenance pause) is never due in the past. */
    private Instant notBeforeNow(Instant dueAt) {
        Instant earliest = clock.instant().plus(LATE_WORK_MARGIN);
        return dueAt.isBefore(earliest) ? earliest : dueAt;
    }

    private void invoiceRenewal(BilledServices.RenewalDue renewal) {
        Instant periodEnd = renewal.term().nextAfter(renewal.anchorAt(), renewal.renewalAt());
        issuing.issue(new InvoiceIssuing.NewInvoice(renewalInvoiceId(renewal.serviceId(), renewal.renewalAt()),
                renewal.accountId(), List.of(new InvoiceLine(renewal.plan() + " (" + renewal.kind().toLowerCase()
                        + " server), renewal", renewal.serviceId(), renewal.renewalAt(), periodEnd, renewal.price())),
                notBeforeNow(renewal.renewalAt())), ACTOR, "renewal invoice, " + properties.renewalLeadTime() + " before renewal");
        services.renewalInvoiced(renewal.serviceId(), renewal.renewalAt());
    }
}
