package dev.hostledger.e2e.bench;

import dev.hostledger.account.api.OpenAccount;
import dev.hostledger.account.api.OrderService;
import dev.hostledger.account.api.ServiceKind;
import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.account.ServiceSpec;
import dev.hostledger.contracts.account.Term;
import dev.hostledger.e2e.HostledgerSystem;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Not a test: N services whose first invoices all cross their suspension deadline at the same business instant.
 * Prints billing's dunning decisions per second and the lag between the deadline and account-service's
 * ServiceSuspended (p50/p99), on the shared real stack. Run:
 * {@code ./mvnw -B -pl e2e-tests test -Dtest=SuspensionDeadlineBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbench.services=10000}
 */
class SuspensionDeadlineBenchmark {

    private static final int SERVICES = Integer.getInteger("bench.services", 10_000);

    @Test
    void everyServiceCrossesItsSuspensionDeadlineAtOnce() throws Exception {
        HostledgerSystem system = HostledgerSystem.get();
        ActingCommandGateway commands = system.account.context().getBean(ActingCommandGateway.class);
        JdbcTemplate billing = system.billing.jdbc();
        JdbcTemplate account = system.account.jdbc();
        String batch = UUID.randomUUID().toString().substring(0, 8);
        Actor actor = Actor.system("benchmark");

        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> orders = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int client = c;
            orders.add(pool.submit(() -> {
                for (int i = client; i < SERVICES; i += 4) {
                    // the account first: its AccountOpened precedes the order on the account's partition
                    commands.sendAndWait(new OpenAccount("acc-bench-" + batch + "-" + i, "Bench " + i,
                            "bench" + i + "@example.com", "UTC", "EUR"), actor, "benchmark account");
                    commands.sendAndWait(new OrderService("bench-" + batch + "-" + i, "acc-bench-" + batch + "-" + i,
                            ServiceKind.VIRTUAL, "BENCH", new ServiceSpec(1, 1, 10, "bench"), Money.of("1.00", "EUR"),
                            Term.MONTHLY), actor, "benchmark order");
                }
                return null;
            }));
        }
        for (Future<?> order : orders) {
            order.get();
        }
        pool.shutdown();
        await().atMost(Duration.ofMinutes(10)).until(() -> billing.queryForObject(
                "SELECT count(*) FROM billed_service WHERE service_id LIKE ?", Long.class, "bench-" + batch + "-%")
                == SERVICES);
        double setupSeconds = (System.nanoTime() - t0) / 1e9;
        await().atMost(Duration.ofMinutes(10)).until(() -> billing.queryForObject(
                "SELECT count(*) FROM dunning_schedule WHERE invoice_id LIKE ?", Long.class,
                "inv-first-bench-" + batch + "-%") == SERVICES);
        Instant deadline = billing.queryForObject("SELECT max(due_at) FROM dunning_schedule WHERE invoice_id LIKE ?",
                Timestamp.class, "inv-first-bench-" + batch + "-%").toInstant().plus(Duration.ofHours(72));

        // Everything before the suspension first, so the suspensions alone are measured.
        system.clock.advanceTo(deadline.minusSeconds(60));
        await().atMost(Duration.ofMinutes(10)).until(() -> stepCount(billing, batch, "SUSPENSION_WARNING") == SERVICES);
        system.clock.advanceTo(deadline);
        long jump = System.nanoTime();
        await().atMost(Duration.ofMinutes(10)).until(() -> stepCount(billing, batch, "SUSPENSION") == SERVICES);
        double decisionSeconds = (System.nanoTime() - jump) / 1e9;
        await().atMost(Duration.ofMinutes(10)).until(() -> account.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE payload_type = 'dev.hostledger.account.api.ServiceSuspended'
                  AND aggregate_identifier LIKE ?""", Long.class, "bench-" + batch + "-%") == SERVICES);
        double suspendedSeconds = (System.nanoTime() - jump) / 1e9;
        long[] lagMillis = account.queryForList("""
                        SELECT convert_from(payload, 'UTF8')::jsonb ->> 'suspendedAt' FROM domain_event_entry
                        WHERE payload_type = 'dev.hostledger.account.api.ServiceSuspended' AND aggregate_identifier LIKE ?""",
                        String.class, "bench-" + batch + "-%").stream()
                .mapToLong(at -> Duration.between(deadline, Instant.parse(at)).toMillis()).sorted().toArray();
        assertThat(lagMillis).hasSize(SERVICES);

        System.out.printf("""

                ==== %,d services crossing their suspension deadline at once (shared real stack) ====
                setup (orders + first invoices)         %.1f s
                suspension decisions (billing)         %,.0f decisions/s (%.1f s)
                all ServiceSuspended (account-service) %.1f s after the deadline
                lag deadline -> ServiceSuspended       p50 %,d ms, p99 %,d ms, max %,d ms
                ===================================================================================
                %n""", SERVICES, setupSeconds, SERVICES / decisionSeconds, decisionSeconds, suspendedSeconds,
                lagMillis[lagMillis.length / 2], lagMillis[Math.min(lagMillis.length - 1, lagMillis.length * 99 / 100)],
                Arrays.stream(lagMillis).max().orElse(0));
    }

    private static long stepCount(JdbcTemplate billing, String batch, String step) {
        return billing.queryForObject("SELECT count(*) FROM dunning_history WHERE step = ? AND invoice_id LIKE ?",
                Long.class, step, "inv-first-bench-" + batch + "-%");
    }
}
