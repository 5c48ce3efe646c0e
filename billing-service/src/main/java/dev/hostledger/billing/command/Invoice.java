package dev.hostledger.billing.command;

import dev.hostledger.billing.api.AdvanceDunning;
import dev.hostledger.billing.api.CarryOutDeferredSuspensions;
import dev.hostledger.billing.api.GraceProtection;
import dev.hostledger.billing.api.ReleaseForGracePeriod;
import dev.hostledger.billing.api.SuspensionDeferred;
import dev.hostledger.billing.api.ApplyPayment;
import dev.hostledger.billing.api.DunningStep;
import dev.hostledger.billing.api.InvoiceOverdue;
import dev.hostledger.billing.api.InvoiceReminderDue;
import dev.hostledger.billing.api.SuspensionRequested;
import dev.hostledger.billing.api.SuspensionWarningDue;
import dev.hostledger.billing.api.TerminationRequested;
import dev.hostledger.billing.api.UnsuspensionRequested;
import dev.hostledger.billing.config.DunningPolicy;
import dev.hostledger.billing.api.CancelInvoice;
import dev.hostledger.billing.api.CreditNoteIssued;
import dev.hostledger.billing.api.ExtendDueDate;
import dev.hostledger.billing.api.InvoiceDueDateExtended;
import dev.hostledger.billing.api.InvoiceIssued;
import dev.hostledger.billing.api.InvoicePaid;
import dev.hostledger.billing.api.IssueInvoice;
import dev.hostledger.billing.api.PaymentRecorded;
import dev.hostledger.billing.api.PaymentRefunded;
import dev.hostledger.billing.api.RefundPayment;
import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.billing.InvoiceLine;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An invoice: a legal document that is never edited or deleted. Payments reduce its open amount (any excess is
 * overpaid and becomes account funds), a credit note cancels what is open, refunds give back what was paid. While it
 * is unpaid it walks its dunning schedule, and billing alone decides from it to suspend, terminate, or bring back the
 * services it pays for.
 */
@Aggregate
public class Invoice {

    enum Status { OPEN, PAID, CANCELLED }

    /** The reason of an unsuspension a grace period caused, followed by the period's id (the report counts them). */
    public static final String GRACE_RELEASE_REASON = "suspension held back by grace period ";

    @AggregateIdentifier
    private String invoiceId;
    private String accountId;
    private Money total;
    private Money applied;
    private Money credited;
    private Money refunded;
    private Instant dueAt;
    private Status status;
    private String invoiceNumber;
    private final Set<String> paymentIds = new HashSet<>();
    private final Set<String> refundIds = new HashSet<>();
    private List<String> serviceIds;
    private DunningStep nextDunningStep;
    /** Services this invoice has had suspended (and not yet brought back). */
    private final Set<String> suspendedServices = new HashSet<>();
    /** Services whose suspension a grace period holds back, with until when. */
    private final Map<String, GraceProtection> deferredServices = new HashMap<>();

    protected Invoice() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Invoice(IssueInvoice command, Clock clock) {
        requireText(command.invoiceNumber(), "invoiceNumber");
        requireText(command.accountId(), "accountId");
        if (command.lines() == null || command.lines().isEmpty()) {
            throw new IllegalArgumentException("an invoice needs at least one line");
        }
        Money total = Money.zero(command.currency());
        for (InvoiceLine line : command.lines()) {
            requireText(line.description(), "line description");
            if (!line.amount().currency().equals(command.currency())) {
                throw new IllegalArgumentException("line '" + line.description() + "' is in "
                        + line.amount().currency() + ", the invoice in " + command.currency());
            }
            total = total.plus(line.amount());
        }
        if (!total.isPositive()) {
            throw new IllegalArgumentException("an invoice total must be positive, was " + total);
        }
        Instant now = clock.instant();
        if (command.dueAt() == null || command.dueAt().isBefore(now)) {
            throw new IllegalArgumentException("dueAt must not be in the past");
        }
        apply(new InvoiceIssued(command.invoiceId(), command.invoiceNumber(), command.accountId(),
                command.lines(), total, now, command.dueAt()));
    }

    @CommandHandler
    void handle(ApplyPayment command, Clock clock) {
        if (paymentIds.contains(command.paymentId())) {
            return; // the same payment again: already applied
        }
        Money amount = command.amount();
        requireCurrency(amount);
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a payment must be positive, was " + amount);
        }
        Money open = open();
        Money appliedNow = status == Status.OPEN ? amount.min(open) : Money.zero(total.currency());
        Money overpaid = amount.minus(appliedNow);
        Money openAfter = open.minus(appliedNow);
        Instant now = clock.instant();
        apply(new PaymentRecorded(invoiceId, accountId, command.paymentId(), amount, appliedNow, overpaid, openAfter,
                command.source(), now));
        if (status == Status.OPEN && openAfter.isZero()) {
            apply(new InvoicePaid(invoiceId, accountId, now));
            liftSuspension(now);
        }
    }

    /**
     * The next step of the dunning schedule, once its time has come. Asked again (a retry, a second poller, a
     * restart) or asked out of order, it does nothing: no step is skipped, none happens twice.
     */
    @CommandHandler
    void handle(AdvanceDunning command, Clock clock, DunningPolicy policy) {
        Instant now = clock.instant();
        if (status != Status.OPEN || command.step() != nextDunningStep
                || now.isBefore(policy.timeOf(command.step(), dueAt))) {
            return;
        }
        Map<String, GraceProtection> protections = protectedServices(command.protections());
        Instant pausedUntil = protections.values().stream().map(GraceProtection::until)
                .max(Instant::compareTo).orElse(null);
        Money open = open();
        switch (command.step()) {
            case REMINDER -> apply(new InvoiceReminderDue(invoiceId, accountId, dueAt, open, pausedUntil, now));
            case OVERDUE -> apply(new InvoiceOverdue(invoiceId, accountId, dueAt, open, pausedUntil, now));
            case SUSPENSION_WARNING -> apply(new SuspensionWarningDue(invoiceId, accountId, serviceIds,
                    policy.timeOf(DunningStep.SUSPENSION, dueAt), open, pausedUntil, now));
            case SUSPENSION -> suspendOrDefer(protections, now);
            case TERMINATION -> {
                if (protections.isEmpty()) {
                    apply(new TerminationRequested(invoiceId, accountId, serviceIds, nonPaymentReason(), now));
                }
                // else held: asked again once no grace period protects any of the services
            }
        }
    }

    /** Suspends the unprotected services now; the protected ones wait, and the audit says until when. */
    private void suspendOrDefer(Map<String, GraceProtection> protections, Instant now) {
        List<String> unprotected = serviceIds.stream().filter(id -> !protections.containsKey(id)).toList();
        if (!unprotected.isEmpty()) {
            apply(new SuspensionRequested(invoiceId, accountId, unprotected, nonPaymentReason(), now));
        }
        defer(protections, now);
    }

    /** A grace period now protects services this invoice had suspended: they come back until its end. */
    @CommandHandler
    void handle(ReleaseForGracePeriod command, Clock clock) {
        Map<String, GraceProtection> released = new HashMap<>(protectedServices(command.protections()));
        released.keySet().retainAll(suspendedServices);
        if (released.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        released.values().stream().map(GraceProtection::gracePeriodId).distinct().forEach(window ->
                apply(new UnsuspensionRequested(invoiceId, accountId, servicesOf(released, window),
                        GRACE_RELEASE_REASON + window, now)));
        defer(released, now);
    }

    /** After the grace period: what it held back happens now, if the invoice is still unpaid. */
    @CommandHandler
    void handle(CarryOutDeferredSuspensions command, Clock clock) {
        if (status != Status.OPEN) {
            return;
        }
        List<String> due = deferredServices.keySet().stream()
                .filter(id -> !command.stillProtected().containsKey(id)).sorted().toList();
        if (!due.isEmpty()) {
            apply(new SuspensionRequested(invoiceId, accountId, due,
                    nonPaymentReason() + ", held back by a grace period until it ended", clock.instant()));
        }
    }

    private void defer(Map<String, GraceProtection> protections, Instant now) {
        protections.values().stream().map(GraceProtection::gracePeriodId).distinct().forEach(window ->
                apply(new SuspensionDeferred(invoiceId, accountId, servicesOf(protections, window), window,
                        protections.get(servicesOf(protections, window).get(0)).until(), now)));
    }

    private Map<String, GraceProtection> protectedServices(Map<String, GraceProtection> protections) {
        Map<String, GraceProtection> ours = new HashMap<>(protections);
        ours.keySet().retainAll(serviceIds);
        return ours;
    }

    private static List<String> servicesOf(Map<String, GraceProtection> protections, String window) {
        return protections.entrySet().stream().filter(e -> e.getValue().gracePeriodId().equals(window))
                .map(Map.Entry::getKey).sorted().toList();
    }

    @CommandHandler
    void handle(CancelInvoice command, Clock clock) {
        requireText(command.reason(), "reason");
        requireText(command.creditNoteNumber(), "creditNoteNumber");
        if (status != Status.OPEN) {
            throw new IllegalStateException("invoice " + invoiceId + " is " + status + ": nothing open to credit");
        }
        Instant now = clock.instant();
        apply(new CreditNoteIssued(invoiceId, command.creditNoteNumber(), accountId, open(), command.reason(), now));
        liftSuspension(now);
    }

    /** Nothing is owed any more: the suspension for this invoice goes (a suspension for another reason stays). */
    private void liftSuspension(Instant now) {
        if (!suspendedServices.isEmpty()) {
            apply(new UnsuspensionRequested(invoiceId, accountId, suspendedServices.stream().sorted().toList(),
                    nonPaymentReason(), now));
        }
    }

    private String nonPaymentReason() {
        return "non-payment of invoice " + invoiceNumber;
    }

    @CommandHandler
    void handle(RefundPayment command, Clock clock) {
        if (refundIds.contains(command.refundId())) {
            return; // the same refund again: already given back
        }
        requireText(command.reason(), "reason");
        requireCurrency(command.amount());
        if (!command.amount().isPositive()) {
            throw new IllegalArgumentException("a refund must be positive, was " + command.amount());
        }
        Money refundable = applied.minus(refunded);
        if (command.amount().isGreaterThan(refundable)) {
            throw new IllegalArgumentException("a refund of " + command.amount() + " exceeds the " + refundable
                    + " paid and not yet refunded on invoice " + invoiceId);
        }
        apply(new PaymentRefunded(invoiceId, command.refundId(), accountId, command.amount(), command.reason(),
                clock.instant()));
    }

    @CommandHandler
    void handle(ExtendDueDate command, Clock clock) {
        requireText(command.reason(), "reason");
        if (status != Status.OPEN) {
            throw new IllegalStateException("invoice " + invoiceId + " is " + status + ": no due date to extend");
        }
        if (command.dueAt() == null || !command.dueAt().isAfter(dueAt)) {
            throw new IllegalArgumentException("the new due date must be after the current one, " + dueAt);
        }
        apply(new InvoiceDueDateExtended(invoiceId, accountId, dueAt, command.dueAt(), command.reason(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(InvoiceIssued event) {
        invoiceId = event.invoiceId();
        invoiceNumber = event.invoiceNumber();
        serviceIds = event.lines().stream().map(InvoiceLine::serviceId).filter(Objects::nonNull).distinct().toList();
        nextDunningStep = DunningStep.REMINDER;
        accountId = event.accountId();
        total = event.total();
        applied = Money.zero(total.currency());
        credited = applied;
        refunded = applied;
        dueAt = event.dueAt();
        status = Status.OPEN;
    }

    @EventSourcingHandler
    void on(PaymentRecorded event) {
        paymentIds.add(event.paymentId());
        applied = applied.plus(event.applied());
    }

    @EventSourcingHandler
    void on(InvoicePaid event) {
        status = Status.PAID;
        deferredServices.clear();
    }

    @EventSourcingHandler
    void on(CreditNoteIssued event) {
        credited = credited.plus(event.amount());
        status = Status.CANCELLED;
        deferredServices.clear();
    }

    @EventSourcingHandler
    void on(PaymentRefunded event) {
        refundIds.add(event.refundId());
        refunded = refunded.plus(event.amount());
    }

    @EventSourcingHandler
    void on(InvoiceReminderDue event) {
        stepDone(DunningStep.REMINDER);
    }

    @EventSourcingHandler
    void on(InvoiceOverdue event) {
        stepDone(DunningStep.OVERDUE);
    }

    @EventSourcingHandler
    void on(SuspensionWarningDue event) {
        stepDone(DunningStep.SUSPENSION_WARNING);
    }

    @EventSourcingHandler
    void on(SuspensionRequested event) {
        if (nextDunningStep == DunningStep.SUSPENSION) {
            stepDone(DunningStep.SUSPENSION);
        }
        suspendedServices.addAll(event.serviceIds());
        event.serviceIds().forEach(deferredServices::remove);
    }

    @EventSourcingHandler
    void on(SuspensionDeferred event) {
        if (nextDunningStep == DunningStep.SUSPENSION) {
            stepDone(DunningStep.SUSPENSION);
        }
        event.serviceIds().forEach(id -> deferredServices.put(id,
                new GraceProtection(event.gracePeriodId(), event.until())));
    }

    @EventSourcingHandler
    void on(TerminationRequested event) {
        stepDone(DunningStep.TERMINATION);
    }

    @EventSourcingHandler
    void on(UnsuspensionRequested event) {
        event.serviceIds().forEach(suspendedServices::remove);
    }

    private void stepDone(DunningStep step) {
        nextDunningStep = step.next(!serviceIds.isEmpty()).orElse(null);
    }

    @EventSourcingHandler
    void on(InvoiceDueDateExtended event) {
        dueAt = event.dueAt();
    }

    private Money open() {
        return total.minus(applied).minus(credited);
    }

    private void requireCurrency(Money amount) {
        if (!amount.currency().equals(total.currency())) {
            throw new IllegalArgumentException("invoice " + invoiceId + " is in " + total.currency() + ", not "
                    + amount.currency());
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
