package dev.hostledger.billing.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param noticeLeadTime     how long before a grace period's end each affected account is told (24 h)
 * @param catchUpRate        suspensions carried out per second once a grace period ended, so the end does not
 *                           suspend thousands of services in one second
 * @param pollInterval       how often billing enforces grace periods: the longest a protected service can stay
 *                           suspended after a window is declared
 */
@ConfigurationProperties("hostledger.billing.grace")
public record GraceProperties(Duration noticeLeadTime, Integer catchUpRate, Duration pollInterval) {

    public GraceProperties {
        noticeLeadTime = noticeLeadTime == null ? Duration.ofHours(24) : noticeLeadTime;
        catchUpRate = catchUpRate == null ? 10 : catchUpRate;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
    }
}
