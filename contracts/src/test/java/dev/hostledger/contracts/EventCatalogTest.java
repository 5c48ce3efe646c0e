package dev.hostledger.contracts;

import dev.hostledger.contracts.payments.PaymentReceived;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCatalogTest {

    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void everyTypeHasItsSchemaAndAUniqueName() {
        assertThat(EventCatalog.ALL).extracting(EventType::name).doesNotHaveDuplicates();
        for (EventType<?> type : EventCatalog.ALL) {
            assertThat(CloudEventCodec.class.getResource(type.schemaResource())).as(type.name()).isNotNull();
            assertThat(type.name()).startsWith("hostledger.").endsWith(".v1");
            assertThat(Topics.ALL).contains(type.topic());
        }
    }

    @Test
    void inboundTypesAreDistinctFromOursAndTravelOnInboundTopics() {
        assertThat(EventCatalog.byName("hostledger.payments.payment-received.v1")).hasValueSatisfying(type ->
                assertThat(type.topic()).isEqualTo(Topics.PAYMENTS_INBOUND));
    }

    @Test
    void moneyTravelsAsADecimalString() {
        PaymentReceived payment = new PaymentReceived("pay-1", "acc-1", "inv-1", Money.of("12.30", "EUR"),
                Instant.parse("2026-11-24T10:00:00Z"));
        String json = new String(codec.serialize(codec.envelope("e-1", URI_GATEWAY, "inv-1", payment, Map.of())),
                StandardCharsets.UTF_8);

        assertThat(json).contains("\"amount\":{\"amount\":\"12.30\",\"currency\":\"EUR\"}");
        assertThat(codec.decode(json.getBytes(StandardCharsets.UTF_8)).data()).isEqualTo(payment);
    }

    @Test
    void aNumberInsteadOfADecimalStringBreaksTheSchema() {
        String json = """
                {"specversion":"1.0","id":"x","source":"/gw","type":"hostledger.payments.payment-received.v1",
                 "datacontenttype":"application/json",
                 "data":{"paymentId":"p","accountId":"a","invoiceId":"i","amount":{"amount":12.3,"currency":"EUR"},
                         "receivedAt":"2026-11-24T10:00:00Z"}}""";
        assertThatThrownBy(() -> codec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("/amount/amount");
    }

    private static final java.net.URI URI_GATEWAY = java.net.URI.create("/gateway");
}
