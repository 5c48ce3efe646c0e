package dev.hostledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Dunning on business time: an unpaid invoice walks reminder, overdue, warning and suspension of exactly the service
 * it pays for; the gateway's payment brings it back (but not past an operator's abuse suspension); a second invoice
 * left unpaid ends in termination; a service paid on another invoice stays up throughout.
 */
class DunningScenarioTest {

    private final HostledgerSystem system = HostledgerSystem.get();

    @Test
    void fromReminderToSuspensionAndBackAndToTermination() throws Exception {
        String accountId = Customers.signUp(system, "Late Payer", Customers.uniqueEmail("late"), "Europe/Vienna", "EUR");
        awaitAccount(accountId);
        String dunned = OutsideSystems.activeService(system, accountId, "VS-2", "15.00");
        String terminated = OutsideSystems.activeService(system, accountId, "VS-4", "25.00");
        String paidUp = OutsideSystems.activeService(system, accountId, "VS-1", "5.00");

        Instant due = system.clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        String invoice = issue(accountId, dunned, "15.00", due);
        String second = issue(accountId, terminated, "25.00", due);

        system.clock.advanceTo(due.minus(Duration.ofHours(72)));
        awaitSteps(invoice, "REMINDER");
        system.clock.advanceTo(due);
        awaitSteps(invoice, "REMINDER", "OVERDUE");
        system.clock.advanceTo(due.plus(Duration.ofHours(48)));
        awaitSteps(invoice, "REMINDER", "OVERDUE", "SUSPENSION_WARNING");
        assertThat(OutsideSystems.status(system, dunned)).isEqualTo("ACTIVE");

        system.clock.advanceTo(due.plus(Duration.ofHours(72)));
        awaitSteps(invoice, "REMINDER", "OVERDUE", "SUSPENSION_WARNING", "SUSPENSION");
        await().atMost(Duration.ofSeconds(20)).until(() -> "SUSPENDED".equals(OutsideSystems.status(system, dunned)));
        await().atMost(Duration.ofSeconds(20)).until(() -> "SUSPENDED".equals(OutsideSystems.status(system, terminated)));
        assertThat(OutsideSystems.status(system, paidUp)).isEqualTo("ACTIVE");
        JsonNode suspension = service(dunned).get("suspensions").get(0);
        assertThat(suspension.get("reasonKey").asText()).isEqualTo("NON_PAYMENT:" + invoice);
        assertThat(suspension.get("reason").asText()).startsWith("non-payment of invoice ");

        OutsideSystems.pay(system, accountId, invoice, "15.00");
        await().atMost(Duration.ofSeconds(20)).until(() -> "ACTIVE".equals(OutsideSystems.status(system, dunned)));
        assertThat(service(dunned).get("suspensions")).isEmpty();

        // An operator's suspension for abuse is not lifted when the customer pays.
        assertThat(Http.postJsonAs(system.account.baseUrl() + "/ops/services/" + paidUp + "/suspension",
                "{\"reason\": \"spam relay reported\"}", HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD)
                .status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SUSPENDED".equals(OutsideSystems.status(system, paidUp)));

        system.clock.advanceTo(due.plus(Duration.ofDays(30)));
        awaitSteps(second, "REMINDER", "OVERDUE", "SUSPENSION_WARNING", "SUSPENSION", "TERMINATION");
        await().atMost(Duration.ofSeconds(20)).until(() -> "TERMINATED".equals(OutsideSystems.status(system, terminated)));
        assertThat(OutsideSystems.status(system, dunned)).isEqualTo("ACTIVE");
        assertThat(OutsideSystems.status(system, paidUp)).isEqualTo("SUSPENDED");
        assertThat(steps(invoice)).doesNotContain("TERMINATION");
    }

    @Test
    void aBillingRestartBetweenOverdueAndSuspensionSuspendsExactlyOnce() throws Exception {
        String accountId = Customers.signUp(system, "Restart Case", Customers.uniqueEmail("restart"), "UTC", "EUR");
        awaitAccount(accountId);
        String serviceId = OutsideSystems.activeService(system, accountId, "VS-2", "15.00");
        Instant due = system.clock.instant().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.SECONDS);
        String invoice = issue(accountId, serviceId, "15.00", due);
        system.clock.advanceTo(due);
        awaitSteps(invoice, "REMINDER", "OVERDUE");

        system.restartBilling(() -> system.clock.advanceTo(due.plus(Duration.ofHours(73))));

        await().atMost(Duration.ofSeconds(30)).until(() -> "SUSPENDED".equals(OutsideSystems.status(system, serviceId)));
        awaitSteps(invoice, "REMINDER", "OVERDUE", "SUSPENSION_WARNING", "SUSPENSION");
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        Integer suspensions = system.billing.jdbc().queryForObject("""
                        SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                        AND payload_type = 'dev.hostledger.billing.api.SuspensionRequested'""", Integer.class, invoice);
        assertThat(suspensions).isEqualTo(1);
        Integer suspendedEvents = system.account.jdbc().queryForObject("""
                        SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                        AND payload_type = 'dev.hostledger.account.api.ServiceSuspended'""", Integer.class, serviceId);
        assertThat(suspendedEvents).isEqualTo(1);
    }

    private String issue(String accountId, String serviceId, String amount, Instant due) {
        String invoiceId = "inv-dun-" + UUID.randomUUID();
        Http.Response issued = Http.postJsonAs(system.billing.baseUrl() + "/ops/invoices", """
                {"invoiceId": "%s", "accountId": "%s", "dueAt": "%s", "reason": "extra month",
                 "lines": [{"description": "Extra month", "serviceId": "%s", "amount": {"amount": "%s", "currency": "EUR"}}]}
                """.formatted(invoiceId, accountId, due, serviceId, amount),
                HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Http.get(system.billing.baseUrl() + "/invoices/" + invoiceId).status() == 200);
        return invoiceId;
    }

    private void awaitSteps(String invoiceId, String... expected) {
        await().atMost(Duration.ofSeconds(20)).until(() -> steps(invoiceId).equals(List.of(expected)));
    }

    private List<String> steps(String invoiceId) {
        return Http.get(system.billing.baseUrl() + "/invoices/" + invoiceId).json().at("/dunning/steps")
                .findValuesAsText("step");
    }

    private JsonNode service(String serviceId) {
        return Http.get(system.account.baseUrl() + "/services/" + serviceId).json();
    }

    private void awaitAccount(String accountId) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Http.get(system.account.baseUrl() + "/accounts/" + accountId).status() == 200);
    }
}
