package dev.hostledger.notification.delivery;

import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import dev.hostledger.notification.api.StartDelivery;
import dev.hostledger.notification.api.SuppressNotification;
import dev.hostledger.notification.config.NotificationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The first transaction of an attempt, committed before any SMTP traffic: take due messages, suppress those whose
 * fact no longer holds, and record the start of an attempt for the rest. Fan-out templates are taken only as far as
 * the bucket has tokens, so what is claimed goes out at once and no claimed message waits for its turn.
 */
@Component
public class DeliveryClaims {

    static final Actor ACTOR = Actor.system("notification-delivery");

    private final DeliveryQueue queue;
    private final FactChecks factChecks;
    private final ActingCommandGateway commands;
    private final TransactionTemplate transaction;
    private final FanOutThrottle throttle;
    private final NotificationProperties properties;
    private final Clock clock;

    public DeliveryClaims(DeliveryQueue queue, FactChecks factChecks, ActingCommandGateway commands,
                          TransactionTemplate transaction, FanOutThrottle throttle, NotificationProperties properties,
                          Clock clock) {
        this.queue = queue;
        this.factChecks = factChecks;
        this.commands = commands;
        this.transaction = transaction;
        this.throttle = throttle;
        this.properties = properties;
        this.clock = clock;
    }

    /** What one claim took: messages to send now, and how many due messages it looked at in all. */
    public record Claimed(List<PendingDelivery> toSend, int looked) {
    }

    public Claimed claim(String owner) {
        int batch = properties.delivery().batchSize();
        int tokens = throttle.take(batch);
        List<String> fanOut = properties.fanOut().templates();
        try {
            Claimed claimed = transaction.execute(status -> {
                Instant now = clock.instant();
                List<PendingDelivery> due = new ArrayList<>(queue.lockDue(now, fanOut, false, batch));
                List<PendingDelivery> dueFanOut = queue.lockDue(now, fanOut, true, tokens);
                throttle.giveBack(tokens - dueFanOut.size());
                due.addAll(dueFanOut);
                List<PendingDelivery> toSend = new ArrayList<>();
                for (PendingDelivery delivery : due) {
                    var stale = factChecks.staleReason(delivery);
                    if (stale.isPresent()) {
                        commands.sendAndWait(new SuppressNotification(delivery.notificationId(), stale.get()),
                                ACTOR, "its fact no longer holds");
                        queue.remove(delivery.notificationId());
                    } else {
                        commands.sendAndWait(new StartDelivery(delivery.notificationId()), ACTOR,
                                "hand it to the SMTP server");
                        queue.markSending(delivery.notificationId(), owner, now);
                        toSend.add(delivery);
                    }
                }
                return new Claimed(toSend, due.size());
            });
            return claimed;
        } catch (RuntimeException e) {
            // Nothing was claimed; the tokens were not used either.
            throttle.giveBack(tokens);
            throw e;
        }
    }
}
