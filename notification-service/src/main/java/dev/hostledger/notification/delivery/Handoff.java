package dev.hostledger.notification.delivery;

/** The outcome of handing one message to the SMTP server; {@code detail} is the subject when sent, else the reason. */
public record Handoff(PendingDelivery delivery, HandoffResult result, String detail) {
}
