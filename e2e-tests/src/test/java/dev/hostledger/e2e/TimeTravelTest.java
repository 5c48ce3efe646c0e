package dev.hostledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Time travel: an account, a hosted service and an invoice are each read at three business instants while the test
 * changes them; afterwards each is asked for "as of" those instants and must answer what was recorded then. Read-only
 * on the shared system (it only adds its own customers).
 */
class TimeTravelTest {

    private final HostledgerSystem system = HostledgerSystem.get();

    /** What a present view showed at a business instant. */
    private record Recorded(Instant at, JsonNode view) {
    }

    @Test
    void anAccountAsOfThreePastInstantsIsWhatItWasThen() {
        String accountId = Customers.signUp(system, "Grace Hopper", Customers.uniqueEmail("asof"), "UTC", "EUR");
        List<Recorded> recorded = new ArrayList<>();
        recorded.add(record("/accounts/" + accountId, system.account.baseUrl(), view -> view.has("balance")));
        for (String amount : List.of("25.00", "10.50")) {
            Http.Response topUp = operatorPost(system.account.baseUrl() + "/ops/accounts/" + accountId + "/funds", """
                    {"amount": {"amount": "%s", "currency": "EUR"}, "reason": "bank transfer"}""".formatted(amount));
            assertThat(topUp.status()).as(topUp.body()).isEqualTo(200);
            BigDecimal expected = new BigDecimal(recorded.get(recorded.size() - 1).view().at("/balance/amount")
                    .asText()).add(new BigDecimal(amount));
            recorded.add(record("/accounts/" + accountId, system.account.baseUrl(),
                    view -> amount(view, "/balance/amount").compareTo(expected) == 0));
        }

        for (Recorded then : recorded) {
            JsonNode asOf = asOf(system.account.baseUrl(), "/accounts/" + accountId, then.at());
            assertThat(asOf.get("name").asText()).isEqualTo(then.view().get("name").asText());
            assertThat(asOf.get("email").asText()).isEqualTo(then.view().get("email").asText());
            assertThat(amount(asOf, "/balance/amount")).as("balance as of " + then.at())
                    .isEqualByComparingTo(amount(then.view(), "/balance/amount"));
        }
        assertThat(amount(asOf(system.account.baseUrl(), "/accounts/" + accountId, recorded.get(2).at()),
                "/balance/amount")).isEqualByComparingTo("35.50");

        Instant beforeOpening = Instant.parse(recorded.get(0).view().get("openedAt").asText()).minusSeconds(1);
        assertThat(Http.get(system.account.baseUrl() + "/accounts/" + accountId + "/as-of?at=" + beforeOpening)
                .status()).isEqualTo(404);
    }

    @Test
    void aServiceAndItsInvoiceAsOfThreePastInstantsAreWhatTheyWereThen() {
        String accountId = Customers.signUp(system, "Ada Lovelace", Customers.uniqueEmail("asof"), "UTC", "EUR");
        await().atMost(Duration.ofSeconds(20)).until(() -> Http.get(system.account.baseUrl() + "/accounts/" + accountId)
                .status() == 200);
        Http.Response ordered = operatorPost(system.account.baseUrl() + "/ops/accounts/" + accountId + "/services", """
                {"kind": "VIRTUAL", "plan": "VS-2", "term": "MONTHLY", "reason": "order for time travel",
                 "spec": {"cpuCores": 2, "ramGb": 4, "diskGb": 80, "location": "Helsinki"},
                 "price": {"amount": "90.00", "currency": "EUR"}}""");
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
        String serviceId = ordered.json().get("serviceId").asText();
        String invoiceId = "inv-first-" + serviceId;
        String servicePath = "/services/" + serviceId;
        String invoicePath = "/invoices/" + invoiceId;

        List<Recorded> service = new ArrayList<>();
        List<Recorded> invoice = new ArrayList<>();
        service.add(record(servicePath, system.account.baseUrl(), view -> view.has("status")));
        invoice.add(record(invoicePath, system.billing.baseUrl(), view -> view.has("status")));

        assertThat(operatorPost(system.account.baseUrl() + "/ops/services/" + serviceId + "/spec", """
                {"spec": {"cpuCores": 4, "ramGb": 8, "diskGb": 160, "location": "Helsinki"},
                 "reason": "upgrade before delivery"}""").status()).isEqualTo(200);
        service.add(record(servicePath, system.account.baseUrl(), view -> view.at("/spec/cpuCores").asInt() == 4));

        pay(invoiceId, "pay-1", "30.00");
        invoice.add(record(invoicePath, system.billing.baseUrl(),
                view -> amount(view, "/paid/amount").compareTo(new BigDecimal("30.00")) == 0));
        pay(invoiceId, "pay-2", "60.00");
        invoice.add(record(invoicePath, system.billing.baseUrl(), view -> view.get("status").asText().equals("PAID")));
        service.add(record(servicePath, system.account.baseUrl(),
                view -> view.get("status").asText().equals("AWAITING_PROVISIONING")));

        for (Recorded then : service) {
            JsonNode asOf = asOf(system.account.baseUrl(), servicePath, then.at());
            assertThat(asOf.get("status").asText()).as("status as of " + then.at())
                    .isEqualTo(then.view().get("status").asText());
            assertThat(asOf.get("spec")).as("spec as of " + then.at()).isEqualTo(then.view().get("spec"));
            assertThat(asOf.get("plan").asText()).isEqualTo("VS-2");
        }
        assertThat(service).extracting(then -> then.view().get("status").asText())
                .containsExactly("ORDERED", "ORDERED", "AWAITING_PROVISIONING");
        for (Recorded then : invoice) {
            JsonNode asOf = asOf(system.billing.baseUrl(), invoicePath, then.at());
            assertThat(asOf.get("status").asText()).as("status as of " + then.at())
                    .isEqualTo(then.view().get("status").asText());
            assertThat(amount(asOf, "/open/amount")).isEqualByComparingTo(amount(then.view(), "/open/amount"));
            assertThat(amount(asOf, "/paid/amount")).isEqualByComparingTo(amount(then.view(), "/paid/amount"));
            assertThat(amount(asOf, "/total/amount")).isEqualByComparingTo("90.00");
        }
        assertThat(invoice).extracting(then -> amount(then.view(), "/open/amount"))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("90"), new BigDecimal("60"), BigDecimal.ZERO);

        // The operator CLI answers the same question; an instant before the invoice existed is "not found".
        Map<String, String> urls = Map.of("account", system.account.baseUrl(), "billing", system.billing.baseUrl());
        OperatorCliRun cli = OperatorCliRun.asOperator(urls, "as-of", "invoice", invoiceId, "--at",
                invoice.get(1).at().toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(OpsJson.parse(cli.out()).get("status").asText()).isEqualTo("OPEN");
        assertThat(amount(OpsJson.parse(cli.out()), "/paid/amount")).isEqualByComparingTo("30.00");
        OperatorCliRun before = OperatorCliRun.asOperator(urls, "as-of", "invoice", invoiceId, "--at",
                "2000-01-01T00:00:00Z");
        assertThat(before.exitCode()).isEqualTo(1);
        assertThat(before.err()).contains("HTTP 404");
    }

    /** Waits until the present view shows the change, then notes it with the business instant it was read at. */
    private Recorded record(String path, String baseUrl, Predicate<JsonNode> changed) {
        JsonNode view = await().atMost(Duration.ofSeconds(20)).until(() -> {
            Http.Response response = Http.get(baseUrl + path);
            return response.status() == 200 ? response.json() : null;
        }, json -> json != null && changed.test(json));
        return new Recorded(system.clock.instant(), view);
    }

    private JsonNode asOf(String baseUrl, String path, Instant at) {
        Http.Response response = Http.get(baseUrl + path + "/as-of?at=" + at);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private void pay(String invoiceId, String paymentId, String amount) {
        await().atMost(Duration.ofSeconds(20)).until(() -> Http.get(system.billing.baseUrl() + "/invoices/" + invoiceId)
                .status() == 200);
        Http.Response paid = operatorPost(system.billing.baseUrl() + "/ops/invoices/" + invoiceId + "/payments", """
                {"paymentId": "%s-%s", "amount": {"amount": "%s", "currency": "EUR"}, "reason": "bank transfer"}"""
                .formatted(paymentId, invoiceId, amount));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
    }

    private static Http.Response operatorPost(String url, String body) {
        return Http.postJsonAs(url, body, HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD);
    }

    private static BigDecimal amount(JsonNode view, String pointer) {
        return new BigDecimal(view.at(pointer).asText());
    }
}
