package dev.hostledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The post-mortem's promise at scale, on business time: 1,000 accounts with a server each, some invoices paid before,
 * some during, some never; a 72 h grace period covers every suspension deadline; every one of them is deferred;
 * affected accounts get one notice 24 h before the end; an extension after that notice brings a notice before the new
 * end and none for the old; at the end only still-unpaid services are suspended, spread at the configured rate, and
 * exactly as the preview taken before the end said.
 */
class GraceWindowScenarioTest {

    private static final int ACCOUNTS = Integer.getInteger("grace.accounts", 1000);

    private final HostledgerSystem system = HostledgerSystem.get();

    @Test
    void aWindowHoldsBackEverySuspensionAndTheEndCatchesUpOnlyTheUnpaid() throws Exception {
        Instant start = system.clock.instant();
        List<Customer> customers = createCustomersWithAServer(ACCOUNTS);
        // Each order's first invoice is due 3 days after the order: its suspension deadline is 6 days after.
        List<Customer> paidBefore = every(customers, 0);
        List<Customer> paidDuring = every(customers, 1);
        List<Customer> neverPaid = customers.stream().filter(c -> !paidBefore.contains(c) && !paidDuring.contains(c))
                .toList();
        for (Customer customer : paidBefore) {
            OutsideSystems.pay(system, customer.accountId, customer.firstInvoice(), "10.00");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> countPaid(paidBefore) == paidBefore.size());

        system.clock.advanceTo(start.plus(Duration.ofDays(5)));
        String window = declareWindow(72);
        Instant windowEnd = Instant.parse(ops("/ops/grace-periods/" + window).get("endsAt").asText());
        assertThat(windowEnd).isBetween(start.plus(Duration.ofDays(8)), start.plus(Duration.ofDays(8)).plusSeconds(60));

        // Every suspension deadline falls inside the window: each becomes a deferral, none a suspension.
        system.clock.advanceTo(start.plus(Duration.ofDays(6)).plus(Duration.ofMinutes(5)));
        List<Customer> unpaid = new ArrayList<>(paidDuring);
        unpaid.addAll(neverPaid);
        // (The window covers all accounts: other tests' customers with unpaid invoices are protected too; count ours.)
        Set<String> ours = serviceIds(customers);
        await().atMost(Duration.ofSeconds(180)).until(() -> only(deferredServices(window), ours).size() == unpaid.size());
        assertThat(only(deferredServices(window), ours)).isEqualTo(serviceIds(unpaid));
        assertThat(suspensionsRequested(customers)).isZero();

        for (Customer customer : paidDuring) {
            OutsideSystems.pay(system, customer.accountId, customer.firstInvoice(), "10.00");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> countPaid(paidDuring) == paidDuring.size());

        // 24 h before the planned end: one notice per affected account (unpaid ones), announcing that end.
        system.clock.advanceTo(windowEnd.minus(Duration.ofHours(24)).plusSeconds(30));
        Set<String> ourAccounts = accountIds(customers);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> only(notices(window, windowEnd), ourAccounts).size() == neverPaid.size());
        assertThat(only(notices(window, windowEnd), ourAccounts)).isEqualTo(accountIds(neverPaid));

        // Extended by 24 h after that notice: a new notice before the new end, none more for the old end.
        Instant newEnd = windowEnd.plus(Duration.ofHours(24));
        assertThat(Http.postJsonAs(system.billing.baseUrl() + "/ops/grace-periods/" + window + "/extension",
                "{\"hours\": 24, \"reason\": \"restoration takes longer\"}", HostledgerSystem.OPERATOR,
                HostledgerSystem.OPERATOR_PASSWORD).status()).isEqualTo(200);
        system.clock.advanceTo(windowEnd.plusSeconds(30));
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(60))
                .until(() -> only(notices(window, newEnd), ourAccounts).size() == neverPaid.size());
        assertThat(only(notices(window, newEnd), ourAccounts)).isEqualTo(accountIds(neverPaid));
        assertThat(only(notices(window, windowEnd), ourAccounts)).hasSize(neverPaid.size());
        assertThat(suspensionsRequested(customers)).isZero();

        JsonNode preview = ops("/ops/grace-periods/" + window + "/preview");
        Set<String> previewed = only(new TreeSet<>(preview.get("suspensions").findValuesAsText("serviceId")), ours);
        assertThat(previewed).isEqualTo(serviceIds(neverPaid));

        system.clock.advanceTo(newEnd.plusSeconds(1));
        await().atMost(Duration.ofSeconds(240)).until(() -> suspensionsRequested(customers) == neverPaid.size());
        List<Instant> suspendedAt = suspensionTimes(customers);
        assertThat(suspendedServices(customers)).isEqualTo(previewed);
        // Spread at the configured rate (see HostledgerSystem): each 200 ms tick carries out its share of it, so
        // no second sees more than the rate (plus one tick's share at a boundary), and the whole takes its time.
        int perTick = HostledgerSystem.GRACE_CATCH_UP_RATE / 5;
        for (Instant first : suspendedAt) {
            long inOneSecond = suspendedAt.stream()
                    .filter(t -> !t.isBefore(first) && t.isBefore(first.plusSeconds(1))).count();
            assertThat(inOneSecond).isLessThanOrEqualTo(HostledgerSystem.GRACE_CATCH_UP_RATE + perTick);
        }
        double seconds = Duration.between(suspendedAt.get(0), suspendedAt.get(suspendedAt.size() - 1)).toMillis() / 1000.0;
        assertThat(seconds).isGreaterThanOrEqualTo((neverPaid.size() - 1) / perTick * 0.2 * 0.8);
        await().atMost(Duration.ofSeconds(120)).until(() -> neverPaid.stream()
                .allMatch(c -> "SUSPENDED".equals(OutsideSystems.status(system, c.serviceId))));
        assertThat(paidDuring).allMatch(c -> !"SUSPENDED".equals(OutsideSystems.status(system, c.serviceId)));
    }

    private record Customer(String accountId, String serviceId) {
        String firstInvoice() {
            return "inv-first-" + serviceId;
        }
    }

    private List<Customer> createCustomersWithAServer(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Customer>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                String accountId = Customers.signUp(system, "Grace Customer " + n, Customers.uniqueEmail("grace" + n),
                        "Europe/Amsterdam", "EUR");
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> Http.get(system.account.baseUrl() + "/accounts/" + accountId).status() == 200);
                Http.Response ordered = Http.postJsonAs(system.account.baseUrl() + "/ops/accounts/" + accountId
                        + "/services", """
                        {"kind": "%s", "plan": "GR-1", "term": "MONTHLY", "reason": "order",
                         "spec": {"cpuCores": 1, "ramGb": 2, "diskGb": 20, "location": "Amsterdam"},
                         "price": {"amount": "10.00", "currency": "EUR"}}""".formatted(n % 2 == 0 ? "VIRTUAL" : "DEDICATED"),
                        HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD);
                assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
                return new Customer(accountId, ordered.json().get("serviceId").asText());
            }));
        }
        List<Customer> customers = new ArrayList<>();
        for (Future<Customer> future : futures) {
            customers.add(future.get());
        }
        pool.shutdown();
        Set<String> invoices = customers.stream().map(Customer::firstInvoice).collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(180)).until(() -> system.billing.jdbc().queryForObject(
                "SELECT count(*) FROM invoice_view WHERE invoice_id = ANY (?)", Integer.class,
                (Object) invoices.toArray(String[]::new)) == count);
        return customers;
    }

    private String declareWindow(int hours) {
        Http.Response declared = Http.postJsonAs(system.billing.baseUrl() + "/ops/grace-periods", """
                {"hours": %d, "scope": {"allAccounts": true}, "reason": "data centre outage"}""".formatted(hours),
                HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD);
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        String id = declared.json().get("gracePeriodId").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> Http.getAs(system.billing.baseUrl() + "/ops/grace-periods/" + id,
                HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD).status() == 200);
        return id;
    }

    private static List<Customer> every(List<Customer> customers, int remainder) {
        List<Customer> selected = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            if (i % 3 == remainder) {
                selected.add(customers.get(i));
            }
        }
        return selected;
    }

    private int countPaid(List<Customer> customers) {
        return system.billing.jdbc().queryForObject(
                "SELECT count(*) FROM invoice_view WHERE status = 'PAID' AND invoice_id = ANY (?)", Integer.class,
                (Object) customers.stream().map(Customer::firstInvoice).toArray(String[]::new));
    }

    private Set<String> deferredServices(String window) {
        return new TreeSet<>(system.billing.jdbc().queryForList("""
                        SELECT DISTINCT jsonb_array_elements_text(convert_from(payload, 'UTF8')::jsonb -> 'serviceIds')
                        FROM domain_event_entry WHERE payload_type = 'dev.hostledger.billing.api.SuspensionDeferred'
                          AND convert_from(payload, 'UTF8')::jsonb ->> 'gracePeriodId' = ?""", String.class, window));
    }

    private Set<String> notices(String window, Instant endsAt) {
        List<String> accounts = system.billing.jdbc().queryForList("""
                        SELECT convert_from(payload, 'UTF8')::jsonb ->> 'accountId' FROM domain_event_entry
                        WHERE payload_type = 'dev.hostledger.billing.api.GraceEndingNoticeDue'
                          AND aggregate_identifier = ?
                          AND (convert_from(payload, 'UTF8')::jsonb ->> 'endsAt')::timestamptz = ?""",
                String.class, window, Timestamp.from(endsAt));
        Set<String> unique = new HashSet<>(accounts);
        assertThat(unique).as("one notice per account and end").hasSize(accounts.size());
        return new TreeSet<>(unique);
    }

    private int suspensionsRequested(List<Customer> customers) {
        return suspensionRows(customers).size();
    }

    private Set<String> suspendedServices(List<Customer> customers) {
        return suspensionRows(customers).stream().map(row -> row.get("service").toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private List<Instant> suspensionTimes(List<Customer> customers) {
        return suspensionRows(customers).stream().map(row -> Instant.parse(row.get("at").toString())).sorted().toList();
    }

    private List<Map<String, Object>> suspensionRows(List<Customer> customers) {
        return system.billing.jdbc().queryForList("""
                        SELECT jsonb_array_elements_text(p -> 'serviceIds') AS service, p ->> 'requestedAt' AS at
                        FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p FROM domain_event_entry
                              WHERE payload_type = 'dev.hostledger.billing.api.SuspensionRequested'
                                AND aggregate_identifier = ANY (?)) requested""",
                (Object) customers.stream().map(Customer::firstInvoice).toArray(String[]::new));
    }

    private static Set<String> only(Set<String> all, Set<String> ours) {
        return all.stream().filter(ours::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> serviceIds(List<Customer> customers) {
        return customers.stream().map(Customer::serviceId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> accountIds(List<Customer> customers) {
        return customers.stream().map(Customer::accountId).collect(Collectors.toCollection(TreeSet::new));
    }

    private JsonNode ops(String path) {
        return Http.getAs(system.billing.baseUrl() + path, HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD)
                .json();
    }
}
