package dev.hostledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A dedicated server's life, on business time the test controls: ordered, its first invoice paid from funds and by
 * the gateway, delivered 30 hours after the order (reported by the provisioning system over Kafka), renewed a month
 * after the delivery: the renewal invoice comes 7 days before, is paid, and the renewal date moves one term on.
 */
class HostedServiceScenarioTest {

    private final HostledgerSystem system = HostledgerSystem.get();

    @Test
    void renewalCountsFromDeliveryAndIsInvoicedAWeekAhead() throws Exception {
        String accountId = Customers.signUp(system, "Hosting Customer", Customers.uniqueEmail("hosting"), "Europe/Berlin", "EUR");
        await().atMost(Duration.ofSeconds(10)).until(() -> Http.get(system.account.baseUrl() + "/accounts/" + accountId).status() == 200);
        assertThat(ops(system.account.baseUrl() + "/ops/accounts/" + accountId + "/funds",
                "{\"amount\": {\"amount\": \"20.00\", \"currency\": \"EUR\"}, \"reason\": \"prepaid by bank transfer\"}")
                .status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> balance(accountId).compareTo(new BigDecimal("20.00")) == 0);

        Http.Response ordered = ops(system.account.baseUrl() + "/ops/accounts/" + accountId + "/services", """
                {"kind": "DEDICATED", "plan": "DS-8", "term": "MONTHLY", "reason": "web shop order 4711",
                 "spec": {"cpuCores": 8, "ramGb": 64, "diskGb": 2000, "location": "Falkenstein"},
                 "price": {"amount": "89.00", "currency": "EUR"}}""");
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
        String serviceId = ordered.json().get("serviceId").asText();
        Instant orderedAt = Instant.parse(await().atMost(Duration.ofSeconds(10))
                .until(() -> service(serviceId), json -> json.has("orderedAt")).get("orderedAt").asText());

        // The first invoice: issued by billing from the order; credit first takes the 20.00 of funds.
        String firstInvoice = "inv-first-" + serviceId;
        JsonNode invoice = await().atMost(Duration.ofSeconds(20)).until(() -> Http.get(
                        system.billing.baseUrl() + "/invoices/" + firstInvoice),
                r -> r.status() == 200 && "20.00".equals(r.json().at("/paid/amount").asText())).json();
        assertThat(invoice.at("/total/amount").asText()).isEqualTo("89.00");
        assertThat(invoice.get("payments").get(0).get("source").asText()).isEqualTo("FUNDS");
        assertThat(balance(accountId)).isEqualByComparingTo("0.00");

        OutsideSystems.pay(system, accountId, firstInvoice, "69.00");
        JsonNode awaiting = await().atMost(Duration.ofSeconds(20)).until(() -> service(serviceId),
                json -> "AWAITING_PROVISIONING".equals(json.get("status").asText()));
        assertThat(awaiting.get("deliveredAt").isNull()).isTrue();

        // Provisioning hands the server over 30 hours after the order.
        system.clock.advance(Duration.ofHours(30));
        Instant deliveredAt = orderedAt.plus(Duration.ofHours(30));
        OutsideSystems.deliver(system, serviceId, accountId, deliveredAt);
        JsonNode active = await().atMost(Duration.ofSeconds(20)).until(() -> service(serviceId),
                json -> "ACTIVE".equals(json.get("status").asText()));
        Instant renewalAt = deliveredAt.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
        assertThat(Instant.parse(active.get("renewalAt").asText())).isEqualTo(renewalAt);

        // Eight days before the renewal date there is no renewal invoice; seven days before there is.
        system.clock.advanceTo(renewalAt.minus(Duration.ofDays(8)));
        String renewalInvoice = "inv-renewal-" + serviceId + "-" + renewalAt.getEpochSecond();
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> Http.get(system.billing.baseUrl() + "/invoices/" + renewalInvoice).status() == 404);
        system.clock.advanceTo(renewalAt.minus(Duration.ofDays(7)).plusSeconds(1));
        JsonNode renewal = await().atMost(Duration.ofSeconds(20)).until(() -> Http.get(
                system.billing.baseUrl() + "/invoices/" + renewalInvoice), r -> r.status() == 200).json();
        assertThat(Instant.parse(renewal.get("dueAt").asText())).isEqualTo(renewalAt);
        assertThat(Instant.parse(renewal.get("lines").get(0).get("periodStart").asText())).isEqualTo(renewalAt);
        assertThat(Instant.parse(renewal.get("lines").get(0).get("periodEnd").asText()))
                .isEqualTo(deliveredAt.atZone(ZoneOffset.UTC).plusMonths(2).toInstant());

        OutsideSystems.pay(system, accountId, renewalInvoice, "89.00");
        JsonNode renewed = await().atMost(Duration.ofSeconds(20)).until(() -> service(serviceId),
                json -> Instant.parse(json.get("renewalAt").asText()).isAfter(renewalAt));
        assertThat(Instant.parse(renewed.get("renewalAt").asText()))
                .isEqualTo(deliveredAt.atZone(ZoneOffset.UTC).plusMonths(2).toInstant());

        // The whole life is answerable from the service's history, with who did what and why.
        JsonNode history = Http.get(system.account.baseUrl() + "/services/" + serviceId + "/history").json();
        assertThat(history.findValuesAsText("event")).containsExactly("ServiceOrdered", "ServiceAwaitingProvisioning",
                "ServiceDelivered", "RenewalDateAdvanced");
        assertThat(history.get(0).get("reason").asText()).isEqualTo("web shop order 4711");
        assertThat(history.get(0).at("/data/spec/ramGb").asInt()).isEqualTo(64);
        assertThat(history.get(2).get("actorType").asText()).isEqualTo("OUTSIDE_PUBLISHER");
    }

    @Test
    void invalidDeliveriesAreDeadLetteredWithTheirReason() throws Exception {
        String accountId = Customers.signUp(system, "Provisioning Checks", Customers.uniqueEmail("prov"), "UTC", "EUR");
        await().atMost(Duration.ofSeconds(10)).until(() -> Http.get(system.account.baseUrl() + "/accounts/" + accountId).status() == 200);
        String serviceId = ops(system.account.baseUrl() + "/ops/accounts/" + accountId + "/services", """
                {"kind": "VIRTUAL", "plan": "VS-2", "term": "QUARTERLY", "reason": "order",
                 "spec": {"cpuCores": 2, "ramGb": 4, "diskGb": 80, "location": "Helsinki"},
                 "price": {"amount": "15.00", "currency": "EUR"}}""").json().get("serviceId").asText();
        Instant orderedAt = Instant.parse(await().atMost(Duration.ofSeconds(10))
                .until(() -> service(serviceId), json -> json.has("orderedAt")).get("orderedAt").asText());

        String unknown = "svc-" + UUID.randomUUID();
        OutsideSystems.deliver(system, unknown, accountId, orderedAt.plusSeconds(60));
        OutsideSystems.deliver(system, serviceId, accountId, orderedAt.minus(Duration.ofHours(1)));
        OutsideSystems.deliver(system, serviceId, accountId, orderedAt.plus(Duration.ofMinutes(5)));
        OutsideSystems.deliver(system, serviceId, accountId, orderedAt.plus(Duration.ofMinutes(6)));

        await().atMost(Duration.ofSeconds(20)).until(() -> "ACTIVE".equals(service(serviceId).get("status").asText()));
        List<String> reasons = await().atMost(Duration.ofSeconds(20)).until(() -> deadLetterReasons(accountId),
                found -> found.size() == 3);
        assertThat(reasons).containsExactlyInAnyOrder(
                "unknown service " + unknown,
                "delivery at " + orderedAt.minus(Duration.ofHours(1)) + " is before the order at " + orderedAt,
                "service " + serviceId + " was already delivered at " + orderedAt.plus(Duration.ofMinutes(5)));
    }

    private List<String> deadLetterReasons(String accountId) {
        List<String> reasons = new java.util.ArrayList<>();
        Http.getAs(system.account.baseUrl() + "/ops/dead-letters", HostledgerSystem.OPERATOR,
                HostledgerSystem.OPERATOR_PASSWORD).json().forEach(letter -> {
            if (accountId.equals(letter.get("key").asText())) {
                reasons.add(letter.get("reason").asText());
            }
        });
        return reasons;
    }

    private JsonNode service(String serviceId) {
        return Http.get(system.account.baseUrl() + "/services/" + serviceId).json();
    }

    private BigDecimal balance(String accountId) {
        return new BigDecimal(Http.get(system.account.baseUrl() + "/accounts/" + accountId).json()
                .at("/balance/amount").asText());
    }

    private Http.Response ops(String url, String body) {
        return Http.postJsonAs(url, body, HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD);
    }
}
