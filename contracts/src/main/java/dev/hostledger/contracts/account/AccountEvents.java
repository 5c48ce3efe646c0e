package dev.hostledger.contracts.account;

import dev.hostledger.contracts.EventType;
import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Topics;

import java.util.List;

/** What account-service publishes on {@link Topics#ACCOUNT_EVENTS}. */
public final class AccountEvents {

    public static final EventType<AccountOpened> ACCOUNT_OPENED = type("account-opened", AccountOpened.class);
    public static final EventType<FundsAdded> FUNDS_ADDED = type("funds-added", FundsAdded.class);
    public static final EventType<FundsApplied> FUNDS_APPLIED = type("funds-applied", FundsApplied.class);
    public static final EventType<OverpaymentCredited> OVERPAYMENT_CREDITED =
            type("overpayment-credited", OverpaymentCredited.class);
    public static final EventType<CompensationCredited> COMPENSATION_CREDITED =
            type("compensation-credited", CompensationCredited.class);

    public static final EventType<ServiceOrdered> SERVICE_ORDERED = type("service-ordered", ServiceOrdered.class);
    public static final EventType<ServiceAwaitingProvisioning> SERVICE_AWAITING_PROVISIONING =
            type("service-awaiting-provisioning", ServiceAwaitingProvisioning.class);
    public static final EventType<ServiceDelivered> SERVICE_DELIVERED = type("service-delivered", ServiceDelivered.class);
    public static final EventType<RenewalDateAdvanced> RENEWAL_DATE_ADVANCED =
            type("renewal-date-advanced", RenewalDateAdvanced.class);
    public static final EventType<ServiceSpecChanged> SERVICE_SPEC_CHANGED =
            type("service-spec-changed", ServiceSpecChanged.class);
    public static final EventType<ServiceCancellationScheduled> SERVICE_CANCELLATION_SCHEDULED =
            type("service-cancellation-scheduled", ServiceCancellationScheduled.class);

    public static final EventType<ServiceSuspended> SERVICE_SUSPENDED = type("service-suspended", ServiceSuspended.class);
    public static final EventType<ServiceUnsuspended> SERVICE_UNSUSPENDED =
            type("service-unsuspended", ServiceUnsuspended.class);
    public static final EventType<ServiceTerminated> SERVICE_TERMINATED =
            type("service-terminated", ServiceTerminated.class);

    public static final EventType<RenewalDateExtended> RENEWAL_DATE_EXTENDED =
            type("renewal-date-extended", RenewalDateExtended.class);

    public static final List<EventType<?>> TYPES = List.of(RENEWAL_DATE_EXTENDED, ACCOUNT_OPENED, FUNDS_ADDED, FUNDS_APPLIED,
            OVERPAYMENT_CREDITED, COMPENSATION_CREDITED, SERVICE_ORDERED, SERVICE_AWAITING_PROVISIONING,
            SERVICE_DELIVERED, RENEWAL_DATE_ADVANCED, SERVICE_SPEC_CHANGED, SERVICE_CANCELLATION_SCHEDULED,
            SERVICE_SUSPENDED, SERVICE_UNSUSPENDED, SERVICE_TERMINATED);

    private AccountEvents() {
    }

    private static <T extends IntegrationEvent> EventType<T> type(String name, Class<T> data) {
        return new EventType<>("hostledger.account." + name + ".v1", Topics.ACCOUNT_EVENTS, data);
    }
}
