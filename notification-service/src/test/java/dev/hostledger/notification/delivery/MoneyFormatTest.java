package dev.hostledger.notification.delivery;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyFormatTest {

    private final MoneyFormat money = new MoneyFormat(Locale.US);

    @Test
    void eachCurrencyHasItsSymbolAndItsDecimals() {
        assertThat(money.format("1234.5", "EUR")).isEqualTo("€1,234.50");
        assertThat(money.format("12.34", "GBP")).isEqualTo("£12.34");
        assertThat(money.format("1235", "JPY")).isEqualTo("¥1,235");
        assertThat(money.format("0.5", "USD")).isEqualTo("$0.50");
        assertThat(money.format("12.345", "BHD")).contains("12.345");
    }

    @Test
    void negativeAmountsKeepTheirSign() {
        assertThat(money.format("-7.10", "EUR")).isEqualTo("-€7.10");
    }

    @Test
    void nothingIsRoundedThatTheCurrencyDoesNotRound() {
        assertThatThrownBy(() -> money.format("12.345", "EUR")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more decimals than EUR");
        assertThatThrownBy(() -> money.format("10.5", "JPY")).isInstanceOf(IllegalArgumentException.class);
    }
}
