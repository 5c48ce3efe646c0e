package dev.hostledger.notification.delivery;

import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.notification.api.DeliveryDecision;
import dev.hostledger.notification.api.MarkNotificationInDoubt;
import dev.hostledger.notification.api.RecordDeliveryFailure;
import dev.hostledger.notification.api.RecordNotificationSent;
import dev.hostledger.notification.config.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static dev.hostledger.notification.delivery.DeliveryClaims.ACTOR;

/**
 * The second transaction of an attempt: record what the SMTP server did with each message and move its queue row
 * on. If it cannot be committed, the rows stay SENDING and become in doubt: never sent twice.
 */
@Component
public class DeliveryOutcomes {

    private static final Logger log = LoggerFactory.getLogger(DeliveryOutcomes.class);

    private final DeliveryQueue queue;
    private final ActingCommandGateway commands;
    private final TransactionTemplate transaction;
    private final RetrySchedule retries;
    private final int maxAttempts;
    private final Clock clock;

    public DeliveryOutcomes(DeliveryQueue queue, ActingCommandGateway commands, TransactionTemplate transaction,
                            NotificationProperties properties, Clock clock) {
        this.queue = queue;
        this.commands = commands;
        this.transaction = transaction;
        this.retries = new RetrySchedule(properties.delivery().firstRetryAfter(),
                properties.delivery().maxRetryAfter());
        this.maxAttempts = properties.delivery().maxAttempts();
        this.clock = clock;
    }

    public void record(List<Handoff> handoffs, String owner) {
        try {
            transaction.executeWithoutResult(status -> handoffs.forEach(handoff -> apply(handoff, owner)));
        } catch (RuntimeException batchFailure) {
            // One bad outcome must not cost the others their record: try each alone.
            log.warn("Recording {} delivery outcomes together failed ({}); recording them one by one",
                    handoffs.size(), batchFailure.getMessage());
            for (Handoff handoff : handoffs) {
                try {
                    transaction.executeWithoutResult(status -> apply(handoff, owner));
                } catch (RuntimeException e) {
                    log.error("Outcome {} of notification {} not recorded; it will be in doubt",
                            handoff.result(), handoff.delivery().notificationId(), e);
                }
            }
        }
    }

    private void apply(Handoff handoff, String owner) {
        String id = handoff.delivery().notificationId();
        boolean stillOurs = queue.lockIfSendingBy(id, owner);
        if (handoff.result() == HandoffResult.SENT) {
            // Recorded even if the attempt was meanwhile declared in doubt: the doubt is resolved.
            commands.sendAndWait(new RecordNotificationSent(id, handoff.detail()), ACTOR, "accepted by the SMTP server");
            if (stillOurs) {
                queue.remove(id);
            }
            return;
        }
        if (!stillOurs) {
            log.warn("Notification {} was declared in doubt before its outcome ({}) arrived; an operator decides",
                    id, handoff.result());
            return;
        }
        Instant now = clock.instant();
        switch (handoff.result()) {
            case NOT_DELIVERED -> {
                int attempt = handoff.delivery().attempts() + 1;
                Instant next = retries.nextAttemptAt(now, attempt);
                DeliveryDecision decision = commands.sendAndWait(new RecordDeliveryFailure(id, handoff.detail(),
                        false, next, maxAttempts), ACTOR, "the SMTP server did not take it");
                if (decision == DeliveryDecision.RETRY) {
                    queue.retryAt(id, next, handoff.detail());
                } else {
                    queue.remove(id);
                }
            }
            case REFUSED -> {
                commands.sendAndWait(new RecordDeliveryFailure(id, handoff.detail(), true, now, maxAttempts), ACTOR,
                        "refused for good");
                queue.remove(id);
            }
            default -> {
                commands.sendAndWait(new MarkNotificationInDoubt(id, "the SMTP transfer broke off: "
                        + handoff.detail()), ACTOR, "outcome unknown");
                queue.remove(id);
            }
        }
    }
}
