package dev.hostledger.notification.delivery;

public record RenderedMessage(String subject, String text, String html) {
}
