package dev.hostledger.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a 400 problem+json that names the field, and nothing is stored. */
class AccountApiTest {

    private final HostledgerSystem system = HostledgerSystem.get();

    @Test
    void malformedJsonIsRefusedAndNothingIsStored() {
        long before = storedEvents();

        Http.Response response = Http.postJson(system.account.baseUrl() + "/accounts", "{\"name\": \"Ada\", ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asText()).isEqualTo("Malformed JSON");
        assertThat(response.json().get("detail").asText()).contains("line 1");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anInvalidFieldIsNamed() {
        long before = storedEvents();

        Http.Response response = Http.postJson(system.account.baseUrl() + "/accounts", """
                {"name": "Ada", "email": "not-an-address", "timeZone": "Mars/Olympus", "currency": "EUR"}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("email", "timeZone");
        assertThat(response.json().get("detail").asText()).contains("email").contains("timeZone");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        Http.Response response = Http.postJson(system.account.baseUrl() + "/accounts", """
                {"name": ["Ada"], "email": "ada@example.com", "timeZone": "UTC", "currency": "EUR"}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("name");
    }

    @Test
    void anUnknownAccountIsAProblemNotAnEmptyBody() {
        Http.Response response = Http.get(system.account.baseUrl() + "/accounts/no-such-account");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).isEqualTo("account no-such-account not found");
    }

    private long storedEvents() {
        return system.account.jdbc().queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}
