package dev.hostledger.notification.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** One notification per (source event id, template, account id): the id is a name-based UUID of the three. */
public final class NotificationIds {

    private NotificationIds() {
    }

    public static String of(String sourceEventId, String template, String accountId) {
        String key = sourceEventId + '|' + template + '|' + accountId;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
