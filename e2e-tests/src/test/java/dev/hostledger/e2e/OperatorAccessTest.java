package dev.hostledger.e2e;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Operator endpoints need an operator credential; health stays open for probes. */
class OperatorAccessTest {

    private final HostledgerSystem system = HostledgerSystem.get();

    @Test
    void anAnonymousCallToAnOpsEndpointIs401() {
        for (HostledgerSystem.RunningService service : services()) {
            assertThat(Http.get(service.baseUrl() + "/ops/event-store").status()).isEqualTo(401);
            assertThat(Http.getAs(service.baseUrl() + "/ops/event-store", "ops", "wrong").status()).isEqualTo(401);
        }
    }

    @Test
    void anOperatorSeesTheEventStore() {
        Customers.signUp(system, "Ops View", Customers.uniqueEmail("ops"), "UTC", "EUR");

        Http.Response response = Http.getAs(system.account.baseUrl() + "/ops/event-store",
                HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("events").asLong()).isPositive();
        assertThat(response.json().get("processors").findValuesAsText("processor")).contains("integration-publisher");
    }

    @Test
    void everyServiceIsReadyWithItsDatabaseAndKafka() {
        for (HostledgerSystem.RunningService service : services()) {
            Http.Response readiness = Http.get(service.baseUrl() + "/actuator/health/readiness");
            assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
            assertThat(readiness.json().at("/components/db/status").asText()).isEqualTo("UP");
            assertThat(readiness.json().at("/components/kafka/status").asText()).isEqualTo("UP");
        }
    }

    private List<HostledgerSystem.RunningService> services() {
        return List.of(system.account, system.billing, system.notification);
    }
}
