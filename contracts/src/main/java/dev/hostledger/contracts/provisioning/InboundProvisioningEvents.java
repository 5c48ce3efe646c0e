package dev.hostledger.contracts.provisioning;

import dev.hostledger.contracts.EventType;
import dev.hostledger.contracts.Topics;

import java.util.List;

/** What the provisioning system publishes on {@link Topics#PROVISIONING_INBOUND}. */
public final class InboundProvisioningEvents {

    public static final EventType<ServiceDeliveryReported> SERVICE_DELIVERED = new EventType<>(
            "hostledger.provisioning.service-delivered.v1", Topics.PROVISIONING_INBOUND, ServiceDeliveryReported.class);

    public static final List<EventType<?>> TYPES = List.of(SERVICE_DELIVERED);

    private InboundProvisioningEvents() {
    }
}
