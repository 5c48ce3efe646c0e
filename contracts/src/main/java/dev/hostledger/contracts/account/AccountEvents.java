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

    public static final List<EventType<?>> TYPES =
            List.of(ACCOUNT_OPENED, FUNDS_ADDED, FUNDS_APPLIED, OVERPAYMENT_CREDITED, COMPENSATION_CREDITED);

    private AccountEvents() {
    }

    private static <T extends IntegrationEvent> EventType<T> type(String name, Class<T> data) {
        return new EventType<>("hostledger.account." + name + ".v1", Topics.ACCOUNT_EVENTS, data);
    }
}
