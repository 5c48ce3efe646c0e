package dev.hostledger.account.kafka;

import dev.hostledger.account.api.RecordDelivery;
import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.provisioning.ServiceDeliveryReported;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.consume.IntegrationEventListener;
import dev.hostledger.kit.consume.ReceivedEvent;
import dev.hostledger.kit.consume.RejectedEventException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Deliveries reported by the provisioning system. A delivery the service refuses (unknown service, before the
 * order, delivered twice, another account) is dead-lettered with the reason.
 */
@Component
public class ProvisioningInboundListener implements IntegrationEventListener {

    private final ActingCommandGateway commands;

    public ProvisioningInboundListener(ActingCommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "account.provisioning-inbound";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.PROVISIONING_INBOUND);
    }

    @Override
    public void on(ReceivedEvent event) {
        if (!(event.data() instanceof ServiceDeliveryReported delivery)) {
            throw new RejectedEventException("account-service does not take " + event.event().type().name()
                    + " from " + Topics.PROVISIONING_INBOUND);
        }
        try {
            commands.sendAndWait(new RecordDelivery(delivery.serviceId(), delivery.accountId(), delivery.deliveredAt()),
                    event.actor(), event.reason() == null ? "delivery reported by provisioning" : event.reason());
        } catch (AggregateNotFoundException e) {
            throw new RejectedEventException("unknown service " + delivery.serviceId());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new RejectedEventException(e.getMessage());
        }
    }
}
