package dev.hostledger.notification.kafka;

import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.account.AccountOpened;
import dev.hostledger.contracts.account.CompensationCredited;
import dev.hostledger.contracts.account.RenewalDateExtended;
import dev.hostledger.contracts.account.ServiceDelivered;
import dev.hostledger.contracts.account.ServiceOrdered;
import dev.hostledger.contracts.account.ServiceSuspended;
import dev.hostledger.contracts.account.ServiceTerminated;
import dev.hostledger.contracts.account.ServiceUnsuspended;
import dev.hostledger.kit.consume.IntegrationEventListener;
import dev.hostledger.kit.consume.ReceivedEvent;
import dev.hostledger.notification.delivery.Templates;
import dev.hostledger.notification.facts.AccountServices;
import dev.hostledger.notification.facts.InvoiceFacts;
import dev.hostledger.notification.query.Recipient;
import dev.hostledger.notification.query.Recipients;
import dev.hostledger.notification.request.MessageModel;
import dev.hostledger.notification.request.NotificationRequests;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

/**
 * Keeps contact details and each account's services, and asks for the messages about an account's own life: the
 * welcome, credits, and what happened to its services.
 */
@Component
public class AccountEventsListener implements IntegrationEventListener {

    /** account-service's key for billing's suspensions: {@code NON_PAYMENT:<invoice id>}. */
    private static final String NON_PAYMENT = "NON_PAYMENT:";

    private final Recipients recipients;
    private final NotificationRequests requests;
    private final CustomerMessages messages;
    private final AccountServices services;
    private final InvoiceFacts invoices;

    public AccountEventsListener(Recipients recipients, NotificationRequests requests, CustomerMessages messages,
                                 AccountServices services, InvoiceFacts invoices) {
        this.recipients = recipients;
        this.requests = requests;
        this.messages = messages;
        this.services = services;
        this.invoices = invoices;
    }

    @Override
    public String name() {
        return "notification.account-events";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.ACCOUNT_EVENTS);
    }

    @Override
    public void on(ReceivedEvent event) {
        Object data = event.data();
        if (data instanceof AccountOpened opened) {
            Recipient recipient = new Recipient(opened.accountId(), opened.email(), opened.name(), opened.timeZone(),
                    opened.currency());
            recipients.remember(recipient);
            requests.request(event, Templates.ACCOUNT_OPENED, recipient, Map.of("accountId", opened.accountId(),
                    "currency", opened.currency(), "openedAt", opened.occurredAt().toString()));
        } else if (data instanceof CompensationCredited credited) {
            messages.tell(event, Templates.COMPENSATION_CREDITED, credited.accountId(), new MessageModel()
                    .money("credited", credited.amount()).money("balanceAfter", credited.balanceAfter())
                    .put("reason", credited.reason()).at("creditedAt", credited.occurredAt()));
        } else if (data instanceof ServiceOrdered ordered) {
            services.ordered(ordered.serviceId(), ordered.accountId(), ordered.kind(), ordered.plan());
        } else if (data instanceof ServiceDelivered delivered) {
            messages.tell(event, Templates.SERVICE_DELIVERED, delivered.accountId(), service(delivered.serviceId())
                    .at("deliveredAt", delivered.deliveredAt()).at("renewalAt", delivered.renewalAt()));
        } else if (data instanceof ServiceSuspended suspended) {
            MessageModel model = service(suspended.serviceId()).at("suspendedAt", suspended.occurredAt());
            if (suspended.reasonKey().startsWith(NON_PAYMENT)) {
                // The customer is told which invoice to pay, not billing's wording.
                String invoiceId = suspended.reasonKey().substring(NON_PAYMENT.length());
                model.put("invoiceId", invoiceId).put("invoiceNumber", invoices.numberOf(invoiceId));
            } else {
                model.put("reason", suspended.reason());
            }
            messages.tell(event, Templates.SERVICE_SUSPENDED, suspended.accountId(), model);
        } else if (data instanceof ServiceUnsuspended unsuspended) {
            messages.tell(event, Templates.SERVICE_UNSUSPENDED, unsuspended.accountId(),
                    service(unsuspended.serviceId()).at("unsuspendedAt", unsuspended.occurredAt()));
        } else if (data instanceof ServiceTerminated terminated) {
            services.terminated(terminated.serviceId(), terminated.occurredAt());
            messages.tell(event, Templates.SERVICE_TERMINATED, terminated.accountId(),
                    service(terminated.serviceId()).put("reason", terminated.reason())
                            .at("terminatedAt", terminated.occurredAt()));
        } else if (data instanceof RenewalDateExtended extended) {
            messages.tell(event, Templates.RENEWAL_DATE_EXTENDED, extended.accountId(),
                    service(extended.serviceId()).put("extensionHours", String.valueOf(extended.extension().toHours()))
                            .at("previousRenewalAt", extended.previousRenewalAt())
                            .at("renewalAt", extended.renewalAt()).put("reason", extended.reason()));
        }
    }

    private MessageModel service(String serviceId) {
        return MessageModel.with("serviceId", serviceId).put("plan", services.planOf(serviceId));
    }
}
