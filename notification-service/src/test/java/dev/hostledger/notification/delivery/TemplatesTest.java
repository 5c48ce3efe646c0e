package dev.hostledger.notification.delivery;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesTest {

    private final Templates templates = new Templates();

    @Test
    void theWelcomeMessageShowsTheOpeningTimeInTheCustomersZone() {
        RenderedMessage message = templates.render(Templates.ACCOUNT_OPENED, "Kenji", "Asia/Tokyo",
                Map.of("accountId", "acc-9", "currency", "JPY", "openedAt", "2026-11-24T23:30:00Z"));

        assertThat(message.subject()).isEqualTo("Welcome to Hostledger, Kenji");
        // 23:30 UTC is 08:30 the next day in Tokyo.
        assertThat(message.text()).contains("25 November 2026, 08:30 JST").contains("acc-9").contains("JPY");
        assertThat(message.html()).contains("<strong>acc-9</strong>").contains("25 November 2026, 08:30 JST");
    }

    @Test
    void htmlIsEscaped() {
        RenderedMessage message = templates.render(Templates.ACCOUNT_OPENED, "<script>x</script>", "UTC",
                Map.of("accountId", "acc-1", "currency", "EUR", "openedAt", "2026-11-24T10:00:00Z"));

        assertThat(message.html()).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
