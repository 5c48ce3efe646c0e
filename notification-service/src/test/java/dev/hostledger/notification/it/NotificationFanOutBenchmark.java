package dev.hostledger.notification.it;

import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.contracts.Topics;
import dev.hostledger.notification.it.RunningNotificationService.Customer;
import dev.hostledger.testsupport.ReceivedMail;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fans one notice out to 10,000 customers through the whole path (Kafka record, inbox, aggregate, queue, claim, SMTP
 * handoff, outcome) into a local GreenMail, paced by the fan-out throttle, and checks that none is lost or doubled.
 * Prints messages/s beside the raw SMTP rate of the same server measured in the same run. Not part of the normal
 * build (surefire only runs *Test classes):
 * {@code ./mvnw -B -o -pl notification-service test -Dtest=NotificationFanOutBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Until the grace notices exist, the notice fanned out is the welcome message, declared a fan-out template here.
 */
class NotificationFanOutBenchmark {

    private static final int CUSTOMERS = 10_000;
    private static final int RAW_MESSAGES = 2_000;

    @Test
    void tenThousandCustomersGetExactlyOneMessageEach() throws Exception {
        try (RunningNotificationService service = new RunningNotificationService(Map.of(
                "hostledger.notification.fan-out.templates", "account-opened",
                "hostledger.notification.fan-out.messages-per-second", "5000",
                "hostledger.notification.delivery.workers", "4",
                "hostledger.notification.delivery.batch-size", "100",
                "hostledger.notification.delivery.poll-interval", "20ms",
                "hostledger.consumer.concurrency", "3",
                "logging.level.root", "WARN"));
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningNotificationService.bootstrap(),
                     ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.LINGER_MS_CONFIG, 10,
                     ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                     ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            CloudEventCodec codec = new CloudEventCodec();
            List<Customer> customers = new ArrayList<>();
            for (int i = 0; i < CUSTOMERS; i++) {
                customers.add(Customer.unique("Customer " + i, i % 2 == 0 ? "Europe/Berlin" : "Asia/Tokyo", "EUR"));
            }

            long start = System.nanoTime();
            for (Customer customer : customers) {
                producer.send(new ProducerRecord<>(Topics.ACCOUNT_EVENTS, customer.accountId(),
                        codec.serialize(service.accountOpened(customer, Instant.now(), Map.of()))));
            }
            producer.flush();
            double publishSeconds = seconds(start);
            double takenInSeconds = 0;
            while (service.mail.receivedCount() < CUSTOMERS && seconds(start) < 300) {
                if (takenInSeconds == 0 && service.jdbc().queryForObject(
                        "SELECT count(*) FROM notification_request", Long.class) >= CUSTOMERS) {
                    takenInSeconds = seconds(start);
                }
                Thread.sleep(100);
            }
            double endToEndSeconds = seconds(start);

            // Settled: nothing more trickles in, and every message is one customer's only message.
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);
            List<ReceivedMail> mails = service.mail.allMessages();
            Map<String, Long> perRecipient = mails.stream()
                    .collect(Collectors.groupingBy(m -> m.to().get(0), Collectors.counting()));
            Set<String> expected = customers.stream().map(Customer::email).collect(Collectors.toSet());
            assertThat(mails).as("none doubled").hasSize(CUSTOMERS);
            assertThat(perRecipient.keySet()).as("none lost").isEqualTo(expected);
            assertThat(perRecipient.values()).allMatch(count -> count == 1);
            await().atMost(Duration.ofMinutes(2)).until(() -> service.jdbc().queryForObject(
                    "SELECT count(*) FROM notification_log WHERE status = 'SENT'", Long.class) == CUSTOMERS);
            assertThat(service.jdbc().queryForObject("SELECT count(*) FROM notification_log", Long.class))
                    .as("one notification per customer, all sent").isEqualTo(CUSTOMERS);
            assertThat(service.jdbc().queryForObject("SELECT count(*) FROM delivery_queue", Long.class)).isZero();

            double rawPerSecond = rawSmtpRate(service.bean(JavaMailSender.class));
            System.out.printf("%nFAN-OUT BENCHMARK: %,d customers, %,d e-mails received, none lost, none doubled%n"
                            + "  published to Kafka in %.1f s; all taken in (requested, queued) after %.1f s%n"
                            + "  Kafka -> e-mail end to end %.1f s = %.0f e-mails/s%n"
                            + "  raw SMTP limit of the same GreenMail (one connection, batches of 100): %.0f e-mails/s%n%n",
                    CUSTOMERS, mails.size(), publishSeconds, takenInSeconds, endToEndSeconds, CUSTOMERS / endToEndSeconds,
                    rawPerSecond);
        }
    }

    /** The ceiling: the same messages' size through the same sender to the same server, with nothing else. */
    private static double rawSmtpRate(JavaMailSender sender) throws Exception {
        List<MimeMessage> messages = new ArrayList<>();
        for (int i = 0; i < RAW_MESSAGES; i++) {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom("billing@hostledger.local");
            helper.setTo("raw-" + i + "@bench.test");
            helper.setSubject("Welcome to Hostledger, Customer " + i);
            helper.setText("Hello Customer " + i + ", your account is open.", "<p>Hello Customer " + i + "</p>");
            messages.add(mime);
        }
        long start = System.nanoTime();
        for (int i = 0; i < RAW_MESSAGES; i += 100) {
            sender.send(messages.subList(i, i + 100).toArray(MimeMessage[]::new));
        }
        return RAW_MESSAGES / seconds(start);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
