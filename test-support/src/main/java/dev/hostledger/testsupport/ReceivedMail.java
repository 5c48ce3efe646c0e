package dev.hostledger.testsupport;

import java.time.Instant;
import java.util.List;

/**
 * A delivered message. {@code from} and {@code to} are bare addresses (no display names); {@code textBody} and
 * {@code htmlBody} are the first text/plain and text/html parts, {@code null} when the message has none;
 * {@code sentAt} is the Date header (the receive date when that is missing).
 */
public record ReceivedMail(String from, List<String> to, String subject, String textBody, String htmlBody,
                           Instant sentAt) {

    public ReceivedMail {
        to = List.copyOf(to);
    }
}
