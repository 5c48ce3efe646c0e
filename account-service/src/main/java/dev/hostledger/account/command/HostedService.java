package dev.hostledger.account.command;

import dev.hostledger.account.api.AdvanceRenewalDate;
import dev.hostledger.account.api.CancelAtEndOfTerm;
import dev.hostledger.account.api.ChangeServiceSpec;
import dev.hostledger.account.api.MarkFirstInvoicePaid;
import dev.hostledger.account.api.OrderService;
import dev.hostledger.account.api.RecordDelivery;
import dev.hostledger.account.api.ExtendRenewalDate;
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
import dev.hostledger.account.api.SuspendService;
import dev.hostledger.account.api.SuspensionLifted;
import dev.hostledger.account.api.TerminateService;
import dev.hostledger.account.api.LiftSuspension;
import dev.hostledger.contracts.account.ServiceSpec;
import dev.hostledger.contracts.account.Term;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A dedicated or virtual server a customer ordered: ordered, paid (awaiting provisioning), delivered (active), and
 * renewed term by term. Renewal dates count from the delivery, never from the order (see {@link Term}).
 */
@Aggregate
public class HostedService {

    enum Status { ORDERED, AWAITING_PROVISIONING, ACTIVE, TERMINATED }

    @AggregateIdentifier
    private String serviceId;
    private String accountId;
    private ServiceSpec spec;
    private Term term;
    private Instant orderedAt;
    private Status status;
    private Instant deliveredAt;
    private int termsCovered;
    private Instant renewalAt;
    private Instant cancellationEndsAt;
    /** Incident remedies: every renewal date counts from the delivery plus these. */
    private Duration extension = Duration.ZERO;
    private final Set<String> extendedForIncidents = new HashSet<>();
    /** Renewal dates an incident moved since the last renewal: an invoice issued for one still pays that period. */
    private final Set<Instant> movedRenewalDates = new HashSet<>();
    /** Why the service is down, by reason key; it runs while this is empty. */
    private final Set<String> suspensions = new HashSet<>();

    protected HostedService() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public HostedService(OrderService command, Clock clock) {
        requireText(command.plan(), "plan");
        if (command.kind() == null || command.term() == null || command.spec() == null) {
            throw new IllegalArgumentException("an order needs a kind, a term and a spec");
        }
        if (command.price() == null || !command.price().isPositive()) {
            throw new IllegalArgumentException("an order needs a positive price");
        }
        apply(new ServiceOrdered(command.serviceId(), command.accountId(), command.kind(), command.plan(),
                command.spec(), command.price(), command.term(), clock.instant()));
    }

    @CommandHandler
    void handle(MarkFirstInvoicePaid command, Clock clock) {
        if (status != Status.ORDERED) {
            return; // paid before, or already delivered: nothing left to wait for
        }
        apply(new ServiceAwaitingProvisioning(serviceId, accountId, command.invoiceId(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordDelivery command, Clock clock) {
        if (!accountId.equals(command.accountId())) {
            throw new IllegalArgumentException("service " + serviceId + " belongs to account " + accountId
                    + ", not " + command.accountId());
        }
        if (deliveredAt != null) {
            throw new IllegalStateException("service " + serviceId + " was already delivered at " + deliveredAt);
        }
        if (command.deliveredAt().isBefore(orderedAt)) {
            throw new IllegalArgumentException("delivery at " + command.deliveredAt() + " is before the order at "
                    + orderedAt);
        }
        apply(new ServiceDelivered(serviceId, accountId, command.deliveredAt(), term.after(command.deliveredAt(), 1),
                clock.instant()));
    }

    @CommandHandler
    void handle(AdvanceRenewalDate command, Clock clock) {
        if (renewalAt == null
                || !renewalAt.equals(command.periodStart()) && !movedRenewalDates.contains(command.periodStart())) {
            return; // not delivered yet, or this period was already paid for: the same payment again
        }
        apply(new RenewalDateAdvanced(serviceId, accountId, command.invoiceId(), renewalAt,
                term.after(deliveredAt, termsCovered + 1).plus(extension), clock.instant()));
    }

    /** @return true if the renewal date moved, false if this incident had already moved it (or it has none yet) */
    @CommandHandler
    boolean handle(ExtendRenewalDate command, Clock clock) {
        requireText(command.incidentId(), "incidentId");
        requireText(command.reason(), "reason");
        if (command.extension() == null || command.extension().isNegative() || command.extension().isZero()) {
            throw new IllegalArgumentException("an extension moves the renewal date later");
        }
        if (renewalAt == null || status == Status.TERMINATED || extendedForIncidents.contains(command.incidentId())) {
            return false;
        }
        apply(new RenewalDateExtended(serviceId, accountId, command.incidentId(), command.extension(), renewalAt,
                renewalAt.plus(command.extension()), command.reason(), clock.instant()));
        return true;
    }

    @CommandHandler
    void handle(ChangeServiceSpec command, Clock clock) {
        requireText(command.reason(), "reason");
        if (command.spec() == null) {
            throw new IllegalArgumentException("a spec change needs the new spec");
        }
        if (command.spec().equals(spec)) {
            return;
        }
        apply(new ServiceSpecChanged(serviceId, accountId, spec, command.spec(), command.reason(), clock.instant()));
    }

    @CommandHandler
    void handle(CancelAtEndOfTerm command, Clock clock) {
        requireText(command.reason(), "reason");
        if (status != Status.ACTIVE) {
            throw new IllegalStateException("service " + serviceId + " is " + status
                    + ": only a delivered service runs to the end of a term");
        }
        if (cancellationEndsAt != null) {
            return;
        }
        apply(new ServiceCancellationScheduled(serviceId, accountId, renewalAt, command.reason(), clock.instant()));
    }

    /** Suspends for this reason (a second suspension for the same reason changes nothing). */
    @CommandHandler
    void handle(SuspendService command, Clock clock) {
        requireText(command.reasonKey(), "reasonKey");
        requireText(command.reason(), "reason");
        if (status == Status.TERMINATED || suspensions.contains(command.reasonKey())) {
            return;
        }
        apply(new ServiceSuspended(serviceId, accountId, command.reasonKey(), command.reason(), clock.instant()));
    }

    /** Lifts only the suspension of this reason: a payment does not lift an operator's abuse suspension. */
    @CommandHandler
    void handle(LiftSuspension command, Clock clock) {
        if (status == Status.TERMINATED || !suspensions.contains(command.reasonKey())) {
            return;
        }
        Set<String> remaining = new HashSet<>(suspensions);
        remaining.remove(command.reasonKey());
        Instant now = clock.instant();
        if (remaining.isEmpty()) {
            apply(new ServiceUnsuspended(serviceId, accountId, command.reasonKey(), command.reason(), now));
        } else {
            apply(new SuspensionLifted(serviceId, accountId, command.reasonKey(), command.reason(), remaining, now));
        }
    }

    @CommandHandler
    void handle(TerminateService command, Clock clock) {
        requireText(command.reason(), "reason");
        if (status == Status.TERMINATED) {
            return;
        }
        apply(new ServiceTerminated(serviceId, accountId, command.reason(), clock.instant()));
    }

    @EventSourcingHandler
    void on(ServiceSuspended event) {
        suspensions.add(event.reasonKey());
    }

    @EventSourcingHandler
    void on(SuspensionLifted event) {
        suspensions.remove(event.reasonKey());
    }

    @EventSourcingHandler
    void on(ServiceUnsuspended event) {
        suspensions.clear();
    }

    @EventSourcingHandler
    void on(ServiceTerminated event) {
        status = Status.TERMINATED;
    }

    @EventSourcingHandler
    void on(ServiceOrdered event) {
        serviceId = event.serviceId();
        accountId = event.accountId();
        spec = event.spec();
        term = event.term();
        orderedAt = event.orderedAt();
        status = Status.ORDERED;
    }

    @EventSourcingHandler
    void on(ServiceAwaitingProvisioning event) {
        status = Status.AWAITING_PROVISIONING;
    }

    @EventSourcingHandler
    void on(ServiceDelivered event) {
        deliveredAt = event.deliveredAt();
        renewalAt = event.renewalAt();
        termsCovered = 1;
        status = Status.ACTIVE;
    }

    @EventSourcingHandler
    void on(RenewalDateAdvanced event) {
        renewalAt = event.renewalAt();
        termsCovered++;
        movedRenewalDates.clear();
    }

    @EventSourcingHandler
    void on(RenewalDateExtended event) {
        movedRenewalDates.add(event.previousRenewalAt());
        renewalAt = event.renewalAt();
        extension = extension.plus(event.extension());
        extendedForIncidents.add(event.incidentId());
    }

    @EventSourcingHandler
    void on(ServiceSpecChanged event) {
        spec = event.spec();
    }

    @EventSourcingHandler
    void on(ServiceCancellationScheduled event) {
        cancellationEndsAt = event.endsAt();
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
