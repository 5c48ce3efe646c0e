package dev.hostledger.notification.query;

/**
 * How far the messages of one template have gone: {@code total} requested, of which {@code sent}, {@code failed},
 * {@code suppressed}, {@code inDoubt}, and {@code pending} (queued, being sent, waiting for another attempt).
 */
public record TemplateProgress(String template, long total, long sent, long failed, long suppressed, long inDoubt,
                               long pending) {
}
