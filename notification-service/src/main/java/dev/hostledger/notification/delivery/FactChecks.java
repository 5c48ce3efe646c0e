package dev.hostledger.notification.delivery;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Every {@link FactCheck} bean, asked in turn; the first that finds a message stale names the reason. */
@Component
public class FactChecks {

    private final List<FactCheck> checks;

    public FactChecks(List<FactCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public Optional<String> staleReason(PendingDelivery delivery) {
        return checks.stream()
                .filter(check -> check.covers(delivery.template()))
                .map(check -> check.staleReason(delivery))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
