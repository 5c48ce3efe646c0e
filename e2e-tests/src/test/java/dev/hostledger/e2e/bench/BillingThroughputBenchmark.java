package dev.hostledger.e2e.bench;

import dev.hostledger.billing.BillingServiceApplication;
import dev.hostledger.billing.api.PaymentSource;
import dev.hostledger.billing.command.InvoiceIssuing;
import dev.hostledger.billing.command.PaymentIntake;
import dev.hostledger.billing.query.BillingAccount;
import dev.hostledger.billing.query.BillingAccounts;
import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.billing.InvoiceLine;
import dev.hostledger.kit.actor.Actor;
import dev.hostledger.testsupport.EmbeddedPostgresServer;
import dev.hostledger.testsupport.Infrastructure;
import dev.hostledger.testsupport.SpringConnectionProperties;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Not a test: prints billing's command throughput (issue an invoice, then pay it in full) on a durable PostgreSQL
 * (fsync on, synchronous_commit on) beside the raw insert rates of the same server, measured in the same run.
 * Run: {@code ./mvnw -B -pl e2e-tests test -Dtest=BillingThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (size with {@code -Dbench.invoices=4000 -Dbench.clients=4}).
 */
class BillingThroughputBenchmark {

    private static final int INVOICES = Integer.getInteger("bench.invoices", 4000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final int EVENTS_PER_INVOICE = 4; // InvoiceIssued, PaymentReceived, PaymentRecorded, InvoicePaid

    @Test
    void issueAndPayInvoices() throws Exception {
        Path dataDir = Path.of("target", "bench-pg-" + UUID.randomUUID());
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(Path.of("target", "bench-pg-work"),
                dataDir, 0)) {
            RawInsertRates.Rates raw = new RawInsertRates(postgres.jdbcUrl("raw_probe"), postgres.username(),
                    postgres.password()).measure(2000);
            ConfigurableApplicationContext billing = start(postgres);
            try {
                run(billing, raw);
            } finally {
                billing.close();
            }
        }
    }

    private void run(ConfigurableApplicationContext billing, RawInsertRates.Rates raw) throws Exception {
        JdbcTemplate jdbc = billing.getBean(JdbcTemplate.class);
        InvoiceIssuing issuing = billing.getBean(InvoiceIssuing.class);
        PaymentIntake payments = billing.getBean(PaymentIntake.class);
        String accountId = "acc-bench";
        billing.getBean(BillingAccounts.class).remember(new BillingAccount(accountId, "EUR", "UTC", Instant.now()));
        Actor actor = Actor.system("benchmark");
        List<InvoiceLine> lines = List.of(new InvoiceLine("Virtual server", null, null, null, Money.of("10.00", "EUR")));

        // Warm-up: JIT, connection pool, caches.
        issueAndPay(issuing, payments, accountId, actor, lines, "warm", 200);
        awaitEvents(jdbc, 200L * EVENTS_PER_INVOICE);
        long before = count(jdbc);

        long[] issueNanos = new long[INVOICES];
        long[] payNanos = new long[INVOICES];
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            work.add(clients.submit(() -> {
                for (int i = client; i < INVOICES; i += CLIENTS) {
                    String invoiceId = "bench-" + i;
                    long t0 = System.nanoTime();
                    issuing.issue(new InvoiceIssuing.NewInvoice(invoiceId, accountId, lines,
                            Instant.now().plus(Duration.ofDays(14))), actor, "benchmark");
                    long t1 = System.nanoTime();
                    payments.take(new PaymentIntake.IncomingPayment("pay-" + invoiceId, accountId, invoiceId,
                            Money.of("10.00", "EUR"), Instant.now(), PaymentSource.GATEWAY), actor, "benchmark");
                    issueNanos[i] = t1 - t0;
                    payNanos[i] = System.nanoTime() - t1;
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        double commandSeconds = (System.nanoTime() - start) / 1e9;
        long expected = before + (long) INVOICES * EVENTS_PER_INVOICE;
        awaitEvents(jdbc, expected);
        double allSeconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();

        long stored = count(jdbc) - before;
        assertThat(stored).isEqualTo((long) INVOICES * EVENTS_PER_INVOICE);
        // The read model follows asynchronously; every invoice must end up paid there too.
        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM invoice_view WHERE status = 'PAID' AND invoice_id LIKE 'bench-%'",
                Long.class) == INVOICES);

        System.out.printf("""

                ==== Billing command throughput (durable PostgreSQL, %d clients, %d invoices issued and paid) ====
                events stored                          %,d  (4 per invoice; payment application is asynchronous)
                events/s, synchronous commands only    %,.0f  (InvoiceIssued + PaymentReceived in %.2f s)
                events/s, until every event is stored  %,.0f  (%.2f s)
                issue invoice latency  p50 / p99      %.2f / %.2f ms
                record payment latency p50 / p99      %.2f / %.2f ms
                raw single-row insert per commit       %,.0f rows/s (1 client), %,.0f rows/s (4 clients)
                raw 100 rows per commit                %,.0f rows/s (1 client)
                =================================================================================================
                %n""", CLIENTS, INVOICES, stored, INVOICES * 2 / commandSeconds, commandSeconds,
                stored / allSeconds, allSeconds, millis(issueNanos, 50), millis(issueNanos, 99),
                millis(payNanos, 50), millis(payNanos, 99), raw.singleRowOneClient(), raw.singleRowFourClients(),
                raw.batched100OneClient());
    }

    private static void issueAndPay(InvoiceIssuing issuing, PaymentIntake payments, String accountId, Actor actor,
                                    List<InvoiceLine> lines, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            String invoiceId = prefix + "-" + i;
            issuing.issue(new InvoiceIssuing.NewInvoice(invoiceId, accountId, lines,
                    Instant.now().plus(Duration.ofDays(14))), actor, "warm-up");
            payments.take(new PaymentIntake.IncomingPayment("pay-" + invoiceId, accountId, invoiceId,
                    Money.of("10.00", "EUR"), Instant.now(), PaymentSource.GATEWAY), actor, "warm-up");
        }
    }

    private static void awaitEvents(JdbcTemplate jdbc, long atLeast) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> count(jdbc) >= atLeast);
    }

    private static long count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private static double millis(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgresServer postgres) {
        Map<String, Object> properties = new HashMap<>();
        properties.putAll(SpringConnectionProperties.database(postgres, "hostledger_billing_bench"));
        properties.putAll(SpringConnectionProperties.kafka(Infrastructure.shared().kafka()));
        properties.put("server.port", 0);
        properties.put("hostledger.service.name", "billing-bench-" + UUID.randomUUID());
        return BillingServiceApplication.application().run(properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }
}
