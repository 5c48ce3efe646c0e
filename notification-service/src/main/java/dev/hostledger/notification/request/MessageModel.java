package dev.hostledger.notification.request;

import dev.hostledger.contracts.Money;
import dev.hostledger.notification.delivery.Templates;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a message is rendered from, as the strings the request row keeps: instants as UTC ISO-8601 under keys the
 * templates render in the customer's zone, money as {@code <key>Amount} plus the one {@code currency} of the account.
 * Absent facts (a null pause, no overpayment) are left out, so a template tests for them with {@code != null}.
 */
public final class MessageModel {

    private final Map<String, String> values = new LinkedHashMap<>();

    public static MessageModel with(String key, String value) {
        return new MessageModel().put(key, value);
    }

    public MessageModel put(String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
        return this;
    }

    public MessageModel at(String key, Instant instant) {
        if (!Templates.isInstant(key)) {
            throw new IllegalArgumentException("'" + key + "' would not be rendered as a time: end it in At or Until");
        }
        return put(key, instant == null ? null : instant.toString());
    }

    public MessageModel money(String key, Money money) {
        if (money != null) {
            put(key + "Amount", money.amount().toPlainString());
            put("currency", money.currency());
        }
        return this;
    }

    /** Money only when there is some: "nothing left to pay" reads better than a line of zeros. */
    public MessageModel moneyIfPositive(String key, Money money) {
        return money != null && money.isPositive() ? money(key, money) : this;
    }

    public Map<String, String> build() {
        return Map.copyOf(values);
    }
}
