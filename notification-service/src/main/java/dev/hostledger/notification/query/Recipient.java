package dev.hostledger.notification.query;

/**
 * Where and how to reach an account's holder: the e-mail, the name to greet, the zone to render times in and the
 * currency it is billed in.
 */
public record Recipient(String accountId, String email, String name, String timeZone, String currency) {
}
