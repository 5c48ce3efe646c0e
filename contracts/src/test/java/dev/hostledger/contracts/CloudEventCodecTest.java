package dev.hostledger.contracts;

import dev.hostledger.contracts.account.AccountEvents;
import dev.hostledger.contracts.account.AccountOpened;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudEventCodecTest {

    private final CloudEventCodec codec = new CloudEventCodec();
    private final AccountOpened opened = new AccountOpened("acc-1", "Ada Lovelace", "ada@example.com",
            "Europe/London", "GBP", Instant.parse("2026-11-24T14:00:00Z"));

    @Test
    void anEventSurvivesTheRoundTripWithItsEnvelope() {
        CloudEvent envelope = codec.envelope("evt-1", EventCatalog.ACCOUNT_SOURCE, "acc-1", opened,
                Map.of("actortype", "customer"));

        DecodedEvent decoded = codec.decode(codec.serialize(envelope));

        assertThat(decoded.id()).isEqualTo("evt-1");
        assertThat(decoded.type()).isEqualTo(AccountEvents.ACCOUNT_OPENED);
        assertThat(decoded.data()).isEqualTo(opened);
        assertThat(decoded.envelope().getSource().toString()).isEqualTo("/hostledger/account");
        assertThat(decoded.envelope().getSubject()).isEqualTo("acc-1");
        assertThat(decoded.envelope().getExtension("partitionkey")).isEqualTo("acc-1");
        assertThat(decoded.envelope().getExtension("actortype")).isEqualTo("customer");
    }

    @Test
    void structuredModeIsPlainJsonAnOutsideTeamCanWrite() {
        String json = """
                {"specversion":"1.0","id":"ext-7","source":"/gateway","type":"hostledger.account.account-opened.v1",
                 "datacontenttype":"application/json","time":"2026-11-24T14:00:00Z",
                 "data":{"accountId":"acc-2","name":"Grace","email":"grace@example.com","timeZone":"UTC",
                         "currency":"EUR","occurredAt":"2026-11-24T14:00:00Z"}}
                """;

        DecodedEvent decoded = codec.decode(json.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.data().accountId()).isEqualTo("acc-2");
    }

    @Test
    void malformedBytesAreRejectedWithAReason() {
        assertThatThrownBy(() -> codec.decode("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("malformed CloudEvent");
    }

    @Test
    void anUnknownTypeIsRejectedByName() {
        String json = """
                {"specversion":"1.0","id":"x","source":"/x","type":"hostledger.nope.v1","data":{}}
                """;
        assertThatThrownBy(() -> codec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("unknown event type 'hostledger.nope.v1'");
    }

    @Test
    void aSchemaViolationNamesTheField() {
        String json = """
                {"specversion":"1.0","id":"x","source":"/x","type":"hostledger.account.account-opened.v1",
                 "datacontenttype":"application/json",
                 "data":{"accountId":"acc-3","name":"N","email":"not-an-email","timeZone":"UTC",
                         "currency":"EUR","occurredAt":"2026-11-24T14:00:00Z"}}
                """;
        assertThatThrownBy(() -> codec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("schema violation")
                .hasMessageContaining("email");
    }

    @Test
    void moneyIsExactAtTheCurrencyScale() {
        assertThat(Money.of("12.3", "EUR").amount().toPlainString()).isEqualTo("12.30");
        assertThat(Money.of("1500", "JPY").amount().toPlainString()).isEqualTo("1500");
        assertThatThrownBy(() -> Money.of("0.001", "EUR")).isInstanceOf(IllegalArgumentException.class);
    }
}
