package dev.hostledger.account.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param applyFundsAutomatically credit first: when an invoice is issued, the account's funds pay as much of it as
 *                                they can, before any other payment is asked for
 */
@ConfigurationProperties("hostledger.account")
public record AccountProperties(Boolean applyFundsAutomatically) {

    public AccountProperties {
        applyFundsAutomatically = applyFundsAutomatically == null || applyFundsAutomatically;
    }
}
