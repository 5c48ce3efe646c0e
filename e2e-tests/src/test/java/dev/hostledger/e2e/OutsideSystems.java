package dev.hostledger.e2e;

import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.payments.PaymentReceived;
import dev.hostledger.contracts.provisioning.ServiceDeliveryReported;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The payment gateway and the provisioning system, as outside teams would publish with a plain Kafka producer. */
final class OutsideSystems {

    private static final CloudEventCodec CODEC = new CloudEventCodec();

    private OutsideSystems() {
    }

    static void pay(HostledgerSystem system, String accountId, String invoiceId, String amount) throws Exception {
        PaymentReceived payment = new PaymentReceived("gw-" + UUID.randomUUID(), accountId, invoiceId,
                Money.of(amount, "EUR"), system.clock.instant());
        PlainKafka.publish(system.infrastructure.kafka().bootstrapServers(), Topics.PAYMENTS_INBOUND, accountId,
                CODEC.serialize(CODEC.envelope(UUID.randomUUID().toString(), URI.create("/payment-gateway"), invoiceId,
                        payment, Map.of())));
    }

    static void deliver(HostledgerSystem system, String serviceId, String accountId, Instant deliveredAt)
            throws Exception {
        ServiceDeliveryReported delivery = new ServiceDeliveryReported(serviceId, accountId, deliveredAt);
        PlainKafka.publish(system.infrastructure.kafka().bootstrapServers(), Topics.PROVISIONING_INBOUND, accountId,
                CODEC.serialize(CODEC.envelope(UUID.randomUUID().toString(), URI.create("/provisioning"), serviceId,
                        delivery, Map.of())));
    }

    /** Orders a monthly EUR service, pays its first invoice through the gateway and delivers it: ACTIVE. */
    static String activeService(HostledgerSystem system, String accountId, String plan, String price)
            throws Exception {
        Http.Response ordered = Http.postJsonAs(system.account.baseUrl() + "/ops/accounts/" + accountId + "/services",
                """
                {"kind": "VIRTUAL", "plan": "%s", "term": "MONTHLY", "reason": "order",
                 "spec": {"cpuCores": 2, "ramGb": 4, "diskGb": 80, "location": "Nuremberg"},
                 "price": {"amount": "%s", "currency": "EUR"}}""".formatted(plan, price),
                HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD);
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
        String serviceId = ordered.json().get("serviceId").asText();
        String firstInvoice = "inv-first-" + serviceId;
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Http.get(system.billing.baseUrl() + "/invoices/" + firstInvoice).status() == 200);
        pay(system, accountId, firstInvoice, price);
        await().atMost(Duration.ofSeconds(20)).until(() -> "AWAITING_PROVISIONING".equals(status(system, serviceId)));
        deliver(system, serviceId, accountId, system.clock.instant());
        await().atMost(Duration.ofSeconds(20)).until(() -> "ACTIVE".equals(status(system, serviceId)));
        return serviceId;
    }

    static String status(HostledgerSystem system, String serviceId) {
        Http.Response service = Http.get(system.account.baseUrl() + "/services/" + serviceId);
        return service.status() == 200 ? service.json().get("status").asText() : "UNKNOWN";
    }
}
