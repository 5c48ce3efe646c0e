package dev.hostledger.notification.kafka;

import dev.hostledger.kit.consume.ReceivedEvent;
import dev.hostledger.kit.consume.RejectedEventException;
import dev.hostledger.notification.query.Recipient;
import dev.hostledger.notification.query.Recipients;
import dev.hostledger.notification.request.MessageModel;
import dev.hostledger.notification.request.NotificationRequests;
import org.springframework.stereotype.Component;

import java.util.List;

/** Asks for a message to the holder of an account, addressed from the contact details kept from the account topic. */
@Component
public class CustomerMessages {

    private final Recipients recipients;
    private final NotificationRequests requests;

    public CustomerMessages(Recipients recipients, NotificationRequests requests) {
        this.recipients = recipients;
        this.requests = requests;
    }

    /**
     * A fact about an account whose opening was never received cannot be addressed. It is dead-lettered rather than
     * retried: the listener container has one thread for both topics, so waiting here would hold up every customer's
     * messages; an operator re-drives the record once the account is known.
     */
    public void tell(ReceivedEvent event, String template, String accountId, MessageModel model) {
        Recipient recipient = recipients.find(accountId).orElseThrow(() -> new RejectedEventException(
                "no contact details for account " + accountId + " (its account-opened was not received): cannot send '"
                        + template + "'; re-drive once the account is known"));
        requests.request(event, template, recipient, model.build());
    }

    /** One message per account, each with its own id from (event, template, account). */
    public void tellEach(ReceivedEvent event, String template, List<Recipient> accounts, MessageModel model) {
        var values = model.build();
        accounts.forEach(recipient -> requests.request(event, template, recipient, values));
    }
}
