package dev.hostledger.notification.delivery;

import java.util.Optional;

/**
 * Does the fact a message is about still hold, right before it goes out? One implementation per kind of fact (a
 * reminder's invoice is still unpaid, a grace notice's end has not moved), each a Spring bean; the delivery worker
 * asks every check that {@link #covers} the template. A message is never suppressed for being old: a backlog after
 * an outage still goes out if its fact holds.
 */
public interface FactCheck {

    boolean covers(String template);

    /** @return why the message would be stale now; empty when its fact still holds */
    Optional<String> staleReason(PendingDelivery delivery);
}
