package dev.hostledger.notification.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from the sender address of every customer message
 */
@ConfigurationProperties("hostledger.notification")
public record NotificationProperties(String from) {

    public NotificationProperties {
        from = from == null ? "Hostledger Billing <billing@hostledger.local>" : from;
    }
}
