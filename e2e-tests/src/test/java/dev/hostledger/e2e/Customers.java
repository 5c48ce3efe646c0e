package dev.hostledger.e2e;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Signs customers up through account-service's public API. */
final class Customers {

    private Customers() {
    }

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    static String signUp(HostledgerSystem system, String name, String email, String timeZone, String currency) {
        Http.Response response = Http.postJson(system.account.baseUrl() + "/accounts", """
                {"name": "%s", "email": "%s", "timeZone": "%s", "currency": "%s"}
                """.formatted(name, email, timeZone, currency));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("accountId").asText();
    }
}
