package dev.hostledger.contracts;

import dev.hostledger.contracts.account.AccountEvents;
import dev.hostledger.contracts.billing.BillingEvents;
import dev.hostledger.contracts.notification.NotificationEvents;
import dev.hostledger.contracts.payments.InboundPaymentEvents;
import dev.hostledger.contracts.provisioning.InboundProvisioningEvents;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every integration event type Hostledger knows, by CloudEvents type name and by Java class. */
public final class EventCatalog {

    public static final URI ACCOUNT_SOURCE = URI.create("/hostledger/account");
    public static final URI BILLING_SOURCE = URI.create("/hostledger/billing");
    public static final URI NOTIFICATION_SOURCE = URI.create("/hostledger/notification");

    /** One list per publisher, so each team adds its types in its own file. */
    public static final List<EventType<?>> ALL = Stream.of(
                    AccountEvents.TYPES,
                    BillingEvents.TYPES,
                    InboundPaymentEvents.TYPES,
                    InboundProvisioningEvents.TYPES,
                    NotificationEvents.TYPES)
            .flatMap(List::stream).toList();

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::dataClass, Function.identity()));

    private EventCatalog() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static EventType<?> of(IntegrationEvent event) {
        EventType<?> type = BY_CLASS.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("No CloudEvents type is registered for " + event.getClass().getName());
        }
        return type;
    }
}
