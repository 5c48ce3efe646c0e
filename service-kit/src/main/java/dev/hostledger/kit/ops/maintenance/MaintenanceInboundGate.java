package dev.hostledger.kit.ops.maintenance;

import dev.hostledger.contracts.Topics;
import dev.hostledger.kit.consume.InboundGate;

/**
 * Closed for outside systems' topics while automation is paused: a record fetched in the moment the pause began (before
 * {@link InboundBuffering} paused its partition) is refused, left in Kafka, and fetched again after the resume.
 */
public class MaintenanceInboundGate implements InboundGate {

    private final MaintenanceMode maintenance;

    public MaintenanceInboundGate(MaintenanceMode maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public boolean open(String topic) {
        return !Topics.INBOUND.contains(topic) || !maintenance.automationPaused();
    }
}
