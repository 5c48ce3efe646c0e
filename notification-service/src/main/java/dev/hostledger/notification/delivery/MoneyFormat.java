package dev.hostledger.notification.delivery;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Money as a customer reads it: the currency's symbol and its own number of decimals ({@code €1,234.50},
 * {@code ¥1,235}, {@code CHF 12.00}). Available to every template as {@code money}, e.g.
 * {@code [(${money.format(totalAmount, currency)})]}. The amount is exact; nothing is rounded that the currency
 * does not round.
 */
public final class MoneyFormat {

    private final Locale locale;

    public MoneyFormat(Locale locale) {
        this.locale = locale;
    }

    /** @param amount a decimal string as on the wire ({@code "12.34"}); @param currency an ISO 4217 code */
    public String format(String amount, String currency) {
        return format(new BigDecimal(amount), currency);
    }

    public String format(BigDecimal amount, String currency) {
        Currency unit = Currency.getInstance(currency);
        int decimals = unit.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > Math.max(decimals, 0)) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more decimals than "
                    + currency + " allows (" + decimals + ")");
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(unit);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(amount);
    }
}
