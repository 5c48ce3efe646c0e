package dev.hostledger.contracts;

import java.util.List;

/**
 * Kafka topic names. The partition key is the account id on every topic, so one customer's events stay in order.
 * Retention is infinite: the topics are part of the history.
 */
public final class Topics {

    public static final String ACCOUNT_EVENTS = "hostledger.account.events";
    public static final String BILLING_EVENTS = "hostledger.billing.events";
    public static final String NOTIFICATION_EVENTS = "hostledger.notification.events";
    public static final String PAYMENTS_INBOUND = "hostledger.payments.inbound";
    public static final String PROVISIONING_INBOUND = "hostledger.provisioning.inbound";

    public static final List<String> ALL =
            List.of(ACCOUNT_EVENTS, BILLING_EVENTS, NOTIFICATION_EVENTS, PAYMENTS_INBOUND, PROVISIONING_INBOUND);

    /** Written by systems outside Hostledger: nothing on them is trusted beyond its schema. */
    public static final List<String> INBOUND = List.of(PAYMENTS_INBOUND, PROVISIONING_INBOUND);

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    /** The topic where a consumer of {@code topic} puts the records it rejected, with the reason in the headers. */
    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
