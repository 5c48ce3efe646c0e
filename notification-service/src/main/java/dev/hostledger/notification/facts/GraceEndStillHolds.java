package dev.hostledger.notification.facts;

import dev.hostledger.notification.delivery.FactCheck;
import dev.hostledger.notification.delivery.PendingDelivery;
import dev.hostledger.notification.delivery.Templates;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * A grace ending notice announces one end. If the window was extended since, the customer would be told to pay by a
 * date that no longer matters (the extension's own message and a later notice say the new end); if it ended or was
 * cancelled, the notice is moot. An unknown window is not held against the notice: nothing says it is wrong.
 */
@Component
public class GraceEndStillHolds implements FactCheck {

    private final GraceWindows windows;

    public GraceEndStillHolds(GraceWindows windows) {
        this.windows = windows;
    }

    @Override
    public boolean covers(String template) {
        return Templates.GRACE_ENDING_NOTICE.equals(template);
    }

    @Override
    public Optional<String> staleReason(PendingDelivery delivery) {
        String gracePeriodId = delivery.model().get("gracePeriodId");
        Instant announced = Instant.parse(delivery.model().get("endsAt"));
        return windows.find(gracePeriodId).flatMap(window -> {
            if (window.closed() != null) {
                return Optional.of("grace period " + gracePeriodId + " " + window.closed()
                        + " before its ending notice went out");
            }
            if (!window.endsAt().equals(announced)) {
                return Optional.of("grace period " + gracePeriodId + " now ends at " + window.endsAt()
                        + ", not at the announced " + announced);
            }
            return Optional.empty();
        });
    }
}
