package dev.hostledger.notification.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.contracts.DecodedEvent;
import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.notification.NotificationSent;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.notification.api.NotificationIds;
import dev.hostledger.notification.api.RequestNotification;
import dev.hostledger.notification.api.StartDelivery;
import dev.hostledger.notification.delivery.DeliveryQueue;
import dev.hostledger.notification.it.RunningNotificationService.Customer;
import dev.hostledger.testsupport.ReceivedMail;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Delivery against a real SMTP server (GreenMail), a real broker and PostgreSQL: rendering, retries while the
 * server is down, giving up, in-doubt attempts and operator re-sends, suppression, and "once" through
 * redeliveries, a restart and a consumer-offset reset.
 */
class NotificationDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static RunningNotificationService service;

    @BeforeAll
    static void start() {
        service = new RunningNotificationService(Map.of(
                "hostledger.notification.delivery.max-attempts", "4",
                "hostledger.notification.delivery.first-retry-after", "500ms",
                "hostledger.notification.delivery.max-retry-after", "1s",
                "hostledger.notification.delivery.poll-interval", "50ms",
                "hostledger.notification.delivery.heartbeat-interval", "200ms",
                "hostledger.notification.delivery.in-doubt-after", "1s"), StaleFactsForTest.class);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void theWelcomeIsRenderedInTheCustomersZoneSentOnceAndItsOutcomePublished() throws Exception {
        Customer kenji = Customer.unique("Kenji Sato", "Asia/Tokyo", "JPY");
        CloudEvent opened = service.accountOpened(kenji, Instant.parse("2026-11-24T23:30:00Z"), Map.of());

        service.publish(kenji.accountId(), opened);

        ReceivedMail mail = awaitOnlyMail(kenji.email());
        assertThat(mail.subject()).isEqualTo("Welcome to Hostledger, Kenji Sato");
        assertThat(mail.from()).isEqualTo("billing@hostledger.local");
        // 23:30 UTC is 08:30 the next morning in Tokyo.
        assertThat(mail.textBody()).contains("25 November 2026, 08:30 JST").contains("JPY");
        assertThat(mail.htmlBody()).contains("<strong>" + kenji.accountId() + "</strong>");

        JsonNode entry = awaitStatus(kenji.accountId(), "SENT");
        assertThat(entry.get("attempts").asInt()).isEqualTo(1);
        assertThat(entry.get("subject").asText()).isEqualTo("Welcome to Hostledger, Kenji Sato");
        assertThat(Instant.parse(entry.get("sentAt").asText()))
                .isAfterOrEqualTo(Instant.parse(entry.get("requestedAt").asText()));

        String notificationId = NotificationIds.of(opened.getId(), "account-opened", kenji.accountId());
        DecodedEvent published = awaitPublishedOutcome(notificationId);
        assertThat(published.type().name()).isEqualTo("hostledger.notification.notification-sent.v1");
        assertThat(published.data()).isEqualTo(new NotificationSent(notificationId, kenji.accountId(),
                opened.getId(), "account-opened", ((NotificationSent) published.data()).occurredAt()));
    }

    @Test
    void aMessageIsRetriedWhileTheMailServerIsDownAndSentWhenItComesBack() throws Exception {
        Customer ada = Customer.unique("Ada Lovelace", "Europe/London", "GBP");
        service.mail.stopSmtp();
        try {
            service.publish(ada.accountId(), service.accountOpened(ada, Instant.now(), Map.of()));
            JsonNode waiting = awaitStatus(ada.accountId(), "RETRY_WAIT");
            assertThat(waiting.get("reason").asText()).isNotBlank();
            assertThat(waiting.get("nextAttemptAt").isNull()).isFalse();
        } finally {
            service.mail.restartSmtp();
        }

        awaitStatus(ada.accountId(), "SENT");
        assertThat(awaitOnlyMail(ada.email()).subject()).isEqualTo("Welcome to Hostledger, Ada Lovelace");
        assertThat(service.notificationsOf(ada.accountId()).get(0).get("attempts").asInt()).isBetween(2, 4);
    }

    @Test
    void aMessageFailsForGoodAfterTheLastAttemptAndAnOperatorResendsIt() throws Exception {
        Customer grace = Customer.unique("Grace Hopper", "America/New_York", "USD");
        service.mail.stopSmtp();
        JsonNode failed;
        try {
            service.publish(grace.accountId(), service.accountOpened(grace, Instant.now(), Map.of()));
            failed = awaitStatus(grace.accountId(), "FAILED");
        } finally {
            service.mail.restartSmtp();
        }
        assertThat(failed.get("attempts").asInt()).isEqualTo(4);
        assertThat(failed.get("reason").asText()).startsWith("gave up after 4 attempts");
        assertThat(service.mail.messagesFor(grace.email())).isEmpty();

        resendAndExpectOneMail(failed, grace);
    }

    @Test
    void anAttemptWithoutOutcomeIsInDoubtListedForOperatorsAndResentOnlyByThem() throws Exception {
        Customer alan = Customer.unique("Alan Turing", "Europe/London", "GBP");
        String notificationId = leaveAnAttemptUnfinishedAsACrashedProcessWould(alan);

        JsonNode inDoubt = awaitStatus(alan.accountId(), "IN_DOUBT");
        assertThat(inDoubt.get("reason").asText()).contains("outcome was never recorded");
        RunningNotificationService.Response listed = service.get("/ops/notifications?status=IN_DOUBT", true);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().findValuesAsText("notificationId")).contains(notificationId);
        assertThat(service.get("/ops/notifications?status=IN_DOUBT", false).status()).isEqualTo(401);
        // Never sent again by itself.
        await().pollDelay(Duration.ofSeconds(1)).atMost(WAIT).until(() -> true);
        assertThat(service.mail.messagesFor(alan.email())).isEmpty();

        resendAndExpectOneMail(inDoubt, alan);
        List<String> actors = service.jdbc().queryForList("""
                SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'actorType' FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%NotificationResendRequested'""",
                String.class, notificationId);
        assertThat(actors).containsExactly("OPERATOR");
    }

    @Test
    void aRepublishedRecordIsRecordedAsSuppressedAndNeverSent() throws Exception {
        Customer linus = Customer.unique("Linus", "Europe/Helsinki", "EUR");

        service.publish(linus.accountId(),
                service.accountOpened(linus, Instant.now(), Map.of("republished", "true")));

        JsonNode suppressed = awaitStatus(linus.accountId(), "SUPPRESSED");
        assertThat(suppressed.get("reason").asText()).startsWith("re-published record");
        assertThat(suppressed.get("attempts").asInt()).isZero();
        assertThat(service.mail.messagesFor(linus.email())).isEmpty();
    }

    @Test
    void aMessageWhoseFactNoLongerHoldsWhenItIsAboutToGoOutIsSuppressed() throws Exception {
        Customer barbara = Customer.unique("Barbara Liskov", "America/Los_Angeles", "USD");
        StaleFactsForTest.ENDED_FOR_ACCOUNTS.add(barbara.accountId());

        service.publish(barbara.accountId(), service.accountOpened(barbara, Instant.now(), Map.of()));

        JsonNode suppressed = awaitStatus(barbara.accountId(), "SUPPRESSED");
        assertThat(suppressed.get("reason").asText()).contains("was closed before the welcome went out");
        assertThat(service.mail.messagesFor(barbara.email())).isEmpty();

        JsonNode progress = service.get("/ops/notifications/progress?template=account-opened", true).json().get(0);
        assertThat(progress.get("suppressed").asLong()).isPositive();
        assertThat(progress.get("total").asLong()).isEqualTo(progress.get("sent").asLong()
                + progress.get("failed").asLong() + progress.get("suppressed").asLong()
                + progress.get("inDoubt").asLong() + progress.get("pending").asLong());
    }

    @Test
    void operatorsPreviewATemplateForASampleOrAGivenEventWithoutSendingIt() throws Exception {
        RunningNotificationService.Response sample = service.get("/ops/templates/account-opened/preview", true);
        assertThat(sample.status()).isEqualTo(200);
        assertThat(sample.json().get("subject").asText()).isEqualTo("Welcome to Hostledger, Ada Lovelace");
        assertThat(sample.json().get("text").asText()).contains("24 November 2026, 14:00 GMT");

        RunningNotificationService.Response given = service.post("/ops/templates/account-opened/preview", """
                {"recipientName": "Ines", "timeZone": "Australia/Sydney",
                 "model": {"accountId": "acc-77", "currency": "AUD", "openedAt": "2026-11-24T14:00:00Z"}}""", true);
        assertThat(given.json().get("text").asText()).contains("25 November 2026, 01:00 AEDT").contains("AUD");
        assertThat(given.json().get("html").asText()).contains("<strong>acc-77</strong>");

        assertThat(service.get("/ops/templates/no-such-template/preview", true).status()).isEqualTo(404);
        assertThat(service.get("/ops/templates/account-opened/preview", false).status()).isEqualTo(401);
    }

    @Test
    void redeliveriesARestartMidBatchAndAnOffsetResetNeverSendASecondEmail() throws Exception {
        Customer edsger = Customer.unique("Edsger Dijkstra", "Europe/Amsterdam", "EUR");
        CloudEvent opened = service.accountOpened(edsger, Instant.now(), Map.of());
        int mailsBefore = service.mail.allMessages().size();

        // The same CloudEvent three times; the service goes down while they are being taken in.
        service.publish(edsger.accountId(), opened);
        service.publish(edsger.accountId(), opened);
        service.publish(edsger.accountId(), opened);
        service.stop();
        // History consumed again from the first record, as after an operator's offset reset.
        service.resetConsumerOffsetsToTheBeginning();
        service.start();

        assertThat(awaitOnlyMail(edsger.email()).subject()).contains("Edsger Dijkstra");
        await().atMost(WAIT).until(service::consumerCaughtUp);
        awaitStatus(edsger.accountId(), "SENT");
        // Settled: the whole topic was read again and nothing but Edsger's welcome is new.
        await().pollDelay(Duration.ofSeconds(2)).atMost(WAIT).until(() -> true);
        assertThat(service.mail.messagesFor(edsger.email())).hasSize(1);
        assertThat(service.mail.allMessages()).hasSize(mailsBefore + 1);
        assertThat(service.notificationsOf(edsger.accountId())).hasSize(1);
    }

    // --- helpers ---

    private String leaveAnAttemptUnfinishedAsACrashedProcessWould(Customer customer) {
        String sourceEventId = java.util.UUID.randomUUID().toString();
        String notificationId = NotificationIds.of(sourceEventId, "account-opened", customer.accountId());
        var commands = service.bean(ActingCommandGateway.class);
        var queue = service.bean(DeliveryQueue.class);
        Instant now = service.bean(Clock.class).instant();
        var actor = dev.hostledger.kit.actor.Actor.system("crashed-instance");
        Map<String, String> model = Map.of("accountId", customer.accountId(), "currency", customer.currency(),
                "openedAt", now.toString());
        service.bean(TransactionTemplate.class).executeWithoutResult(status -> {
            service.jdbc().update("""
                            INSERT INTO notification_request (notification_id, source_event_id, template, account_id,
                                recipient_email, recipient_name, time_zone, model, requested_at)
                            VALUES (?, ?, 'account-opened', ?, ?, ?, ?, ?::jsonb, now())""",
                    notificationId, sourceEventId, customer.accountId(), customer.email(), customer.name(),
                    customer.timeZone(), "{\"accountId\":\"" + customer.accountId() + "\",\"currency\":\""
                            + customer.currency() + "\",\"openedAt\":\"" + now + "\"}");
            commands.sendAndWait(new RequestNotification(notificationId, sourceEventId, "account-opened",
                    customer.accountId(), customer.email(), customer.name(), customer.timeZone(), model), actor, "t");
            commands.sendAndWait(new StartDelivery(notificationId), actor, "t");
            queue.enqueue(notificationId, "account-opened", now);
            // Claimed by a process that then died: it never says it is alive again.
            queue.markSending(notificationId, "notification-service/crashed-instance", now);
        });
        return notificationId;
    }

    private void resendAndExpectOneMail(JsonNode entry, Customer customer) throws Exception {
        String notificationId = entry.get("notificationId").asText();
        assertThat(service.post("/ops/notifications/" + notificationId + "/resend", "{\"reason\": \"\"}", true)
                .status()).as("a re-send needs a reason").isEqualTo(400);
        assertThat(service.post("/ops/notifications/" + notificationId + "/resend",
                "{\"reason\": \"customer asked\"}", false).status()).isEqualTo(401);

        var accepted = service.post("/ops/notifications/" + notificationId + "/resend",
                "{\"reason\": \"customer says nothing arrived\"}", true);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);

        awaitStatus(customer.accountId(), "SENT");
        assertThat(awaitOnlyMail(customer.email()).subject()).contains(customer.name());
        var again = service.post("/ops/notifications/" + notificationId + "/resend",
                "{\"reason\": \"once more\"}", true);
        assertThat(again.status()).as("a sent message is never re-sent").isEqualTo(409);
    }

    private static JsonNode awaitStatus(String accountId, String status) {
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(
                () -> {
                    JsonNode log = service.notificationsOf(accountId);
                    return log != null && log.size() == 1 ? log.get(0) : null;
                },
                entry -> entry != null && status.equals(entry.get("status").asText()));
    }

    private static ReceivedMail awaitOnlyMail(String address) {
        Callable<List<ReceivedMail>> mails = () -> service.mail.messagesFor(address);
        List<ReceivedMail> received = await().atMost(WAIT).until(mails, m -> !m.isEmpty());
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    private static DecodedEvent awaitPublishedOutcome(String notificationId) {
        CloudEventCodec codec = new CloudEventCodec();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningNotificationService.bootstrap(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.NOTIFICATION_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<DecodedEvent> found = new ArrayList<>();
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    DecodedEvent event = codec.decode(record.value());
                    if (event.data() instanceof NotificationSent sent && sent.notificationId().equals(notificationId)) {
                        found.add(event);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }
}
