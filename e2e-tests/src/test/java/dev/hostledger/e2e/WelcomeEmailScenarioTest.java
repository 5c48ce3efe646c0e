package dev.hostledger.e2e;

import dev.hostledger.testsupport.ReceivedMail;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The foundation's story: a customer signs up on account-service; the fact travels over Kafka; notification-service
 * welcomes them with exactly one e-mail through a real SMTP server and keeps it in its own event store.
 */
class WelcomeEmailScenarioTest {

    private final HostledgerSystem system = HostledgerSystem.get();

    @Test
    void aNewCustomerIsWelcomedByExactlyOneEmail() {
        String email = Customers.uniqueEmail("ada");

        String accountId = Customers.signUp(system, "Ada Lovelace", email, "Europe/London", "GBP");

        Http.Response account = await().atMost(Duration.ofSeconds(10))
                .until(() -> Http.get(system.account.baseUrl() + "/accounts/" + accountId), r -> r.status() == 200);
        assertThat(account.json().get("email").asText()).isEqualTo(email);
        assertThat(account.json().get("currency").asText()).isEqualTo("GBP");

        List<ReceivedMail> mails = await().atMost(Duration.ofSeconds(20))
                .until(() -> system.infrastructure.mail().messagesFor(email), m -> !m.isEmpty());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo("Welcome to Hostledger, Ada Lovelace");
        assertThat(mails.get(0).textBody()).contains(accountId).contains("GBP");
        assertThat(mails.get(0).htmlBody()).contains("<strong>" + accountId + "</strong>");

        Http.Response log = await().atMost(Duration.ofSeconds(10))
                .until(() -> Http.get(system.notification.baseUrl() + "/accounts/" + accountId + "/notifications"),
                        r -> r.status() == 200 && r.json().size() == 1
                                && "SENT".equals(r.json().get(0).get("status").asText()));
        assertThat(log.json().get(0).get("template").asText()).isEqualTo("account-opened");
        assertThat(log.json().get(0).get("recipientEmail").asText()).isEqualTo(email);

        String notificationId = log.json().get(0).get("notificationId").asText();
        List<String> storedEvents = system.notification.jdbc().queryForList(
                "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                String.class, notificationId);
        assertThat(storedEvents).containsExactly(
                "dev.hostledger.notification.api.NotificationRequested",
                "dev.hostledger.notification.api.NotificationDeliveryStarted",
                "dev.hostledger.notification.api.NotificationSent");

        // Nothing else trickles in later: still exactly one message once the pipeline has settled.
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> system.infrastructure.mail().messagesFor(email).size() == 1);
    }
}
