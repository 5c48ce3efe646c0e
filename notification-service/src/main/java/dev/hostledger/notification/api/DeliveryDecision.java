package dev.hostledger.notification.api;

/** What {@link RecordDeliveryFailure} decided, so the delivery queue can follow. */
public enum DeliveryDecision {
    RETRY,
    GIVE_UP
}
