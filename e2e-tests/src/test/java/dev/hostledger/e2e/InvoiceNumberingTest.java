package dev.hostledger.e2e;

import dev.hostledger.billing.BillingServiceApplication;
import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.contracts.EventCatalog;
import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.account.AccountOpened;
import dev.hostledger.testsupport.Infrastructure;
import dev.hostledger.testsupport.KafkaBrokerProcess;
import dev.hostledger.testsupport.SpringConnectionProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Invoice numbers are legal: 1,000 invoices issued by 8 concurrent clients while billing-service is restarted in the
 * middle get exactly the numbers 1..1000 of their series, none skipped, none twice. Clients retry a failed call with
 * the same invoice id, as a careful caller would, and a retry never takes a second number.
 */
class InvoiceNumberingTest {

    private static final int INVOICES = 1000;
    private static final int CLIENTS = 8;

    private final String database = "hostledger_billing_numbers_" + UUID.randomUUID().toString().substring(0, 8);
    private final int port = freePort();
    // Its own broker: on the shared one this billing would also invoice every order other tests placed.
    private final KafkaBrokerProcess broker = KafkaBrokerProcess.start(Path.of("target", "numbers-broker-" + database), 0);
    private ConfigurableApplicationContext billing;

    @AfterEach
    void stop() {
        if (billing != null) {
            billing.close();
        }
        broker.close();
    }

    @Test
    void numbersStayGapFreeUnderConcurrencyAndARestart() throws Exception {
        billing = startBilling();
        String accountId = "acc-numbers-" + UUID.randomUUID();
        openAccount(accountId);
        JdbcTemplate jdbc = billing.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM billing_account WHERE account_id = ?", Integer.class, accountId) == 1);

        AtomicInteger issued = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> work = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int first = client * (INVOICES / CLIENTS);
            work.add(clients.submit(() -> IntStream.range(first, first + INVOICES / CLIENTS)
                    .forEach(i -> issueUntilDone("inv-" + database + "-" + i, accountId, issued))));
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> issued.get() >= INVOICES / 2);
        billing.close();
        billing = startBilling();
        for (Future<?> future : work) {
            future.get(3, TimeUnit.MINUTES);
        }
        clients.shutdown();

        List<String> numbers = billing.getBean(JdbcTemplate.class)
                .queryForList("SELECT invoice_number FROM issued_invoice ORDER BY invoice_number", String.class);
        String series = numbers.get(0).substring(0, 4);
        List<String> expected = IntStream.rangeClosed(1, INVOICES)
                .mapToObj(n -> "%s-%06d".formatted(series, n)).toList();
        assertThat(numbers).containsExactlyElementsOf(expected);
        List<String> stored = billing.getBean(JdbcTemplate.class).queryForList("""
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'invoiceNumber' FROM domain_event_entry
                WHERE payload_type = 'dev.hostledger.billing.api.InvoiceIssued' ORDER BY 1""", String.class);
        assertThat(stored).containsExactlyElementsOf(expected);
    }

    private void issueUntilDone(String invoiceId, String accountId, AtomicInteger issued) {
        String body = """
                {"invoiceId": "%s", "accountId": "%s", "dueAt": "%s", "reason": "numbering test",
                 "lines": [{"description": "Dedicated server", "amount": {"amount": "10.00", "currency": "EUR"}}]}
                """.formatted(invoiceId, accountId, Instant.now().plus(Duration.ofDays(14)));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            try {
                Http.Response response = Http.postJsonAs("http://127.0.0.1:" + port + "/ops/invoices", body,
                        HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD);
                if (response.status() == 201) {
                    issued.incrementAndGet();
                    return;
                }
            } catch (UncheckedIOException restarting) {
                // the service is restarting: try the same invoice id again
            }
            sleep();
        }
        throw new AssertionError("invoice " + invoiceId + " could not be issued in time");
    }

    private ConfigurableApplicationContext startBilling() {
        Map<String, Object> properties = new HashMap<>();
        properties.putAll(SpringConnectionProperties.database(Infrastructure.shared().postgres(), database));
        properties.putAll(SpringConnectionProperties.kafka(broker));
        properties.put("server.port", port);
        properties.put("hostledger.service.name", "billing-numbering-" + database);
        properties.put("hostledger.security.operators[0].username", HostledgerSystem.OPERATOR);
        properties.put("hostledger.security.operators[0].password", "{noop}" + HostledgerSystem.OPERATOR_PASSWORD);
        return BillingServiceApplication.application().run(properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    private void openAccount(String accountId) throws Exception {
        CloudEventCodec codec = new CloudEventCodec();
        AccountOpened opened = new AccountOpened(accountId, "Numbers Ltd", "numbers@example.com", "UTC", "EUR",
                Instant.now());
        PlainKafka.publish(broker.bootstrapServers(), Topics.ACCOUNT_EVENTS, accountId,
                codec.serialize(codec.envelope(UUID.randomUUID().toString(), EventCatalog.ACCOUNT_SOURCE, accountId,
                        opened, Map.of())));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
