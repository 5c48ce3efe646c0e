package dev.hostledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seed post-mortem, replayed on business time: an outage starts; a service is suspended for non-payment while
 * nobody has declared anything; three days in, a 72-hour grace period is declared, backdated to the outage's start,
 * and the suspension is reversed; orders the outage delayed get 72 hours on top of delivery + term (a second run
 * changes nothing); compensation is uploaded twice and credited once (a bad line refuses a whole upload); some pay
 * during the window, one does not; at the end only that one is suspended; and every number of the incident's report
 * equals what happened.
 */
class PostMortemScenarioTest {

    private final HostledgerSystem system = HostledgerSystem.get();

    @Test
    void theIncidentReportCountsExactlyWhatTheScenarioDid() throws Exception {
        Instant t0 = system.clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String suspendedEarly = account("Suspended Early");
        String paysDuring = account("Pays During");
        String neverPays = account("Never Pays");
        String delayedOrder = account("Delayed Order");
        String servedBefore = account("Served Before");
        String serviceEarly = OutsideSystems.activeService(system, suspendedEarly, "VS-1", "10.00");
        String serviceDuring = OutsideSystems.activeService(system, paysDuring, "VS-1", "10.00");
        String serviceNever = OutsideSystems.activeService(system, neverPays, "VS-1", "10.00");
        String serviceBefore = OutsideSystems.activeService(system, servedBefore, "VS-1", "10.00");
        String invoiceEarly = issue(suspendedEarly, serviceEarly, t0.plus(Duration.ofDays(1)));
        String invoiceDuring = issue(paysDuring, serviceDuring, t0.plus(Duration.ofDays(4)));
        String invoiceNever = issue(neverPays, serviceNever, t0.plus(Duration.ofDays(4)));

        // An order placed before the outage, its first invoice paid, waiting for provisioning.
        system.clock.advanceTo(t0.plus(Duration.ofDays(2)));
        String delayedService = order(delayedOrder);
        OutsideSystems.pay(system, delayedOrder, "inv-first-" + delayedService, "10.00");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "AWAITING_PROVISIONING".equals(OutsideSystems.status(system, delayedService)));

        // The outage starts; an operator opens the incident.
        Instant outage = t0.plus(Duration.ofDays(3));
        system.clock.advanceTo(outage.plus(Duration.ofHours(1)));
        String incident = "inc-" + UUID.randomUUID();
        assertThat(ops(system.billing, "/ops/incidents", """
                {"incidentId": "%s", "title": "Storage controller failure", "startedAt": "%s",
                 "description": "failed hardware upgrade; primary backups corrupted", "reason": "outage"}"""
                .formatted(incident, outage)).status()).isEqualTo(201);

        // During the outage, before anyone declares anything, the early invoice's services are suspended.
        system.clock.advanceTo(t0.plus(Duration.ofDays(4)).plusSeconds(60));
        await().atMost(Duration.ofSeconds(20)).until(() -> "SUSPENDED".equals(OutsideSystems.status(system, serviceEarly)));
        // The delayed order is delivered after the outage began.
        system.clock.advanceTo(t0.plus(Duration.ofDays(5)));
        Instant deliveredAt = system.clock.instant();
        OutsideSystems.deliver(system, delayedService, delayedOrder, deliveredAt);
        await().atMost(Duration.ofSeconds(20)).until(() -> "ACTIVE".equals(OutsideSystems.status(system, delayedService)));

        // Three days into the outage: a 72 h grace period for the affected accounts, backdated to its start.
        system.clock.advanceTo(outage.plus(Duration.ofDays(3)));
        List<String> affected = List.of(suspendedEarly, paysDuring, neverPays, delayedOrder, servedBefore);
        Http.Response declared = ops(system.billing, "/ops/grace-periods", """
                {"startsAt": "%s", "hours": 72, "scope": {"accountIds": %s}, "reason": "outage", "incidentId": "%s"}"""
                .formatted(outage, json(affected), incident));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        String window = declared.json().get("gracePeriodId").asText();
        Instant windowEnd = Instant.parse(declared.json().get("endsAt").asText());
        await().atMost(Duration.ofSeconds(20)).until(() -> "ACTIVE".equals(OutsideSystems.status(system, serviceEarly)));

        // Orders the outage delayed: a dry run first, then +72 h on top of delivery + term; a second run changes nothing.
        JsonNode dryRun = ops(system.account, "/ops/incidents/" + incident + "/renewal-extensions",
                "{\"dryRun\": true, \"reason\": \"delayed by the outage\"}").json();
        assertThat(dryRun.get("services").findValuesAsText("serviceId")).containsExactly(delayedService);
        Instant extendedRenewal = deliveredAt.atZone(ZoneOffset.UTC).plusMonths(1).toInstant().plus(Duration.ofHours(72));
        assertThat(Instant.parse(dryRun.get("services").get(0).get("newRenewalAt").asText())).isEqualTo(extendedRenewal);
        assertThat(Instant.parse(service(delayedService).get("renewalAt").asText()))
                .isEqualTo(deliveredAt.atZone(ZoneOffset.UTC).plusMonths(1).toInstant());
        JsonNode applied = ops(system.account, "/ops/incidents/" + incident + "/renewal-extensions",
                "{\"reason\": \"delayed by the outage\"}").json();
        assertThat(applied.get("extended").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                Instant.parse(service(delayedService).get("renewalAt").asText()).equals(extendedRenewal));
        assertThat(ops(system.account, "/ops/incidents/" + incident + "/renewal-extensions",
                "{\"reason\": \"delayed by the outage\"}").json().get("extended").asInt()).isZero();

        // Compensation: a malformed upload applies nothing; the good one twice credits once.
        Http.Response bad = csv("accountId,amount,currency,reason\n" + suspendedEarly + ",15.00,EUR,outage\n"
                + paysDuring + ",lots,EUR,outage\n", incident);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("line").asInt()).isEqualTo(3);
        String upload = "accountId,amount,currency,reason\n" + suspendedEarly + ",15.00,EUR,outage of 3 days\n"
                + paysDuring + ",15.00,EUR,outage of 3 days\n" + neverPays + ",7.50,EUR,outage of 3 days\n";
        assertThat(csv(upload, incident).json().get("credited").asInt()).isEqualTo(3);
        assertThat(csv(upload, incident).json().get("credited").asInt()).isZero();

        // The other suspension deadlines fall inside the window: deferred. Two customers pay during it.
        system.clock.advanceTo(t0.plus(Duration.ofDays(7)).plusSeconds(60));
        await().atMost(Duration.ofSeconds(20)).until(() -> steps(invoiceNever).contains("SUSPENSION")
                && steps(invoiceDuring).contains("SUSPENSION"));
        OutsideSystems.pay(system, paysDuring, invoiceDuring, "10.00");
        OutsideSystems.pay(system, suspendedEarly, invoiceEarly, "10.00");
        await().atMost(Duration.ofSeconds(20)).until(() -> paid(invoiceDuring) && paid(invoiceEarly));

        // The end: only the one who never paid is suspended.
        system.clock.advanceTo(windowEnd.minus(Duration.ofHours(23)));
        await().atMost(Duration.ofSeconds(20)).until(() -> Http.getAs(system.billing.baseUrl() + "/ops/grace-periods/"
                + window, HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD).json().get("notices").asInt() == 1);
        system.clock.advanceTo(windowEnd.plusSeconds(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> "SUSPENDED".equals(OutsideSystems.status(system, serviceNever)));
        assertThat(OutsideSystems.status(system, serviceEarly)).isEqualTo("ACTIVE");
        assertThat(OutsideSystems.status(system, serviceDuring)).isEqualTo("ACTIVE");
        assertThat(OutsideSystems.status(system, serviceBefore)).isEqualTo("ACTIVE");
        assertThat(ops(system.billing, "/ops/incidents/" + incident + "/close", "{\"reason\": \"restored\"}").status())
                .isEqualTo(200);

        JsonNode report = await().atMost(Duration.ofSeconds(30)).until(() -> Http.getAs(system.billing.baseUrl()
                        + "/ops/incidents/" + incident + "/report", HostledgerSystem.OPERATOR,
                HostledgerSystem.OPERATOR_PASSWORD).json(), r -> r.get("compensations").asInt() == 3
                && r.get("renewalsExtended").asInt() == 1 && r.get("suspensionsLaterExecuted").asInt() == 1
                && "CLOSED".equals(r.at("/incident/status").asText()));
        assertThat(report.get("gracePeriods")).hasSize(1);
        assertThat(report.get("gracePeriods").get(0).asText()).isEqualTo(window);
        assertThat(report.get("servicesProtected").asInt()).isEqualTo(3);
        assertThat(report.get("suspensionsDeferred").asInt()).isEqualTo(3);
        assertThat(report.get("suspensionsLaterExecuted").asInt()).isEqualTo(1);
        assertThat(report.get("suspensionsAvoidedByPayment").asInt()).isEqualTo(2);
        assertThat(report.get("suspensionsReversedByBackdating").asInt()).isEqualTo(1);
        assertThat(report.get("noticesDue").asInt()).isEqualTo(1);
        assertThat(report.get("renewalsExtended").asInt()).isEqualTo(1);
        assertThat(report.get("compensations").asInt()).isEqualTo(3);
        assertThat(report.at("/compensationTotal/EUR").decimalValue()).isEqualByComparingTo("37.50");
        assertThat(report.at("/incident/status").asText()).isEqualTo("CLOSED");
        // Notices sent: what notification-service recorded as sent for this window's notices.
        List<String> noticeEvents = system.billing.jdbc().queryForList(
                "SELECT event_id FROM incident_notice WHERE grace_period_id = ?", String.class, window);
        long sentByNotification = system.notification.jdbc().queryForObject("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE payload_type = 'dev.hostledger.notification.api.NotificationSent'
                          AND convert_from(payload, 'UTF8')::jsonb ->> 'sourceEventId' = ANY (?)""", Long.class,
                (Object) noticeEvents.toArray(String[]::new));
        await().atMost(Duration.ofSeconds(20)).until(() -> Http.getAs(system.billing.baseUrl() + "/ops/incidents/"
                        + incident + "/report", HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD).json()
                .get("noticesSent").asLong() == sentByNotification);
    }

    private String account(String name) {
        String accountId = Customers.signUp(system, name, Customers.uniqueEmail("pm"), "Europe/Paris", "EUR");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Http.get(system.account.baseUrl() + "/accounts/" + accountId).status() == 200);
        return accountId;
    }

    private String order(String accountId) {
        Http.Response ordered = ops(system.account, "/ops/accounts/" + accountId + "/services", """
                {"kind": "DEDICATED", "plan": "DS-4", "term": "MONTHLY", "reason": "order",
                 "spec": {"cpuCores": 4, "ramGb": 32, "diskGb": 1000, "location": "Roubaix"},
                 "price": {"amount": "10.00", "currency": "EUR"}}""");
        assertThat(ordered.status()).isEqualTo(201);
        String serviceId = ordered.json().get("serviceId").asText();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                Http.get(system.billing.baseUrl() + "/invoices/inv-first-" + serviceId).status() == 200);
        return serviceId;
    }

    private String issue(String accountId, String serviceId, Instant due) {
        String invoiceId = "inv-pm-" + UUID.randomUUID();
        Http.Response issued = ops(system.billing, "/ops/invoices", """
                {"invoiceId": "%s", "accountId": "%s", "dueAt": "%s", "reason": "monthly",
                 "lines": [{"description": "VS-1 month", "serviceId": "%s", "amount": {"amount": "10.00", "currency": "EUR"}}]}
                """.formatted(invoiceId, accountId, due, serviceId));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Http.get(system.billing.baseUrl() + "/invoices/" + invoiceId).status() == 200);
        return invoiceId;
    }

    private List<String> steps(String invoiceId) {
        return Http.get(system.billing.baseUrl() + "/invoices/" + invoiceId).json().at("/dunning/steps")
                .findValuesAsText("step");
    }

    private boolean paid(String invoiceId) {
        return "PAID".equals(Http.get(system.billing.baseUrl() + "/invoices/" + invoiceId).json().get("status").asText());
    }

    private JsonNode service(String serviceId) {
        return Http.get(system.account.baseUrl() + "/services/" + serviceId).json();
    }

    private Http.Response ops(HostledgerSystem.RunningService service, String path, String body) {
        return Http.postJsonAs(service.baseUrl() + path, body, HostledgerSystem.OPERATOR,
                HostledgerSystem.OPERATOR_PASSWORD);
    }

    private Http.Response csv(String body, String incident) {
        return Http.postBodyAs(system.account.baseUrl() + "/ops/incidents/" + incident + "/compensation", "text/csv",
                body, HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD);
    }

    private static String json(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
