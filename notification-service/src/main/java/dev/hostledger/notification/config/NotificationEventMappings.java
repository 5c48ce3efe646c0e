package dev.hostledger.notification.config;

import dev.hostledger.kit.publish.IntegrationEventMappings;
import dev.hostledger.notification.api.NotificationFailed;
import dev.hostledger.notification.api.NotificationInDoubt;
import dev.hostledger.notification.api.NotificationSent;
import dev.hostledger.notification.api.NotificationSuppressed;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outcome of every message goes to {@code hostledger.notification.events} (billing's incident report reads
 * who was told what). Requests, attempts and deferrals stay internal: they are how, not what.
 */
@Configuration
public class NotificationEventMappings {

    @Bean
    public IntegrationEventMappings integrationEventMappings() {
        return IntegrationEventMappings.builder()
                .map(NotificationSent.class, e -> new dev.hostledger.contracts.notification.NotificationSent(
                        e.notificationId(), e.accountId(), e.sourceEventId(), e.template(), e.sentAt()))
                .map(NotificationFailed.class, e -> new dev.hostledger.contracts.notification.NotificationFailed(
                        e.notificationId(), e.accountId(), e.sourceEventId(), e.template(), e.reason(),
                        e.failedAt()))
                .map(NotificationSuppressed.class, e ->
                        new dev.hostledger.contracts.notification.NotificationSuppressed(e.notificationId(),
                                e.accountId(), e.sourceEventId(), e.template(), e.reason(), e.suppressedAt()))
                .map(NotificationInDoubt.class, e -> new dev.hostledger.contracts.notification.NotificationInDoubt(
                        e.notificationId(), e.accountId(), e.sourceEventId(), e.template(), e.reason(),
                        e.markedAt()))
                .build();
    }
}
