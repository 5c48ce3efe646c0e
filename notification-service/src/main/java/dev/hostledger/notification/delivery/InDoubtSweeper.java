package dev.hostledger.notification.delivery;

import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.notification.api.MarkNotificationInDoubt;
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
 * Finds attempts that started and will never report (their process went silent, or they exceeded the longest
 * possible attempt) and records them as in doubt. They are not sent again: the customer may already have them.
 */
@Component
public class InDoubtSweeper {

    private static final Logger log = LoggerFactory.getLogger(InDoubtSweeper.class);
    private static final int SWEEP_LIMIT = 200;

    private final DeliveryQueue queue;
    private final ActingCommandGateway commands;
    private final TransactionTemplate transaction;
    private final NotificationProperties.Delivery properties;
    private final Clock clock;

    public InDoubtSweeper(DeliveryQueue queue, ActingCommandGateway commands, TransactionTemplate transaction,
                          NotificationProperties properties, Clock clock) {
        this.queue = queue;
        this.commands = commands;
        this.transaction = transaction;
        this.properties = properties.delivery();
        this.clock = clock;
    }

    /** @return how many attempts were declared in doubt */
    public int sweep() {
        Integer swept = transaction.execute(status -> {
            Instant now = clock.instant();
            List<String> unfinished = queue.lockUnfinished(now.minus(properties.inDoubtAfter()),
                    now.minus(properties.maxAttemptDuration()), SWEEP_LIMIT);
            for (String id : unfinished) {
                commands.sendAndWait(new MarkNotificationInDoubt(id, "an attempt started but its outcome was never"
                        + " recorded (the process stopped between the SMTP handoff and the record)"), ACTOR,
                        "at-most-once: not sent again without an operator");
                queue.remove(id);
            }
            return unfinished.size();
        });
        if (swept != null && swept > 0) {
            log.warn("{} notification attempt(s) declared in doubt; operators can list and re-send them", swept);
        }
        return swept == null ? 0 : swept;
    }
}
