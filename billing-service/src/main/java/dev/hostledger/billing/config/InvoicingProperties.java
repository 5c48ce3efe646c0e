package dev.hostledger.billing.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param firstInvoiceDue  how long after the order its first invoice is due
 * @param renewalLeadTime  how long before a renewal date its invoice is issued (due on the renewal date)
 * @param pollInterval     how often renewal invoicing looks for renewals that came due (against the injected clock)
 */
@ConfigurationProperties("hostledger.billing.invoicing")
public record InvoicingProperties(Duration firstInvoiceDue, Duration renewalLeadTime, Duration pollInterval) {

    public InvoicingProperties {
        firstInvoiceDue = firstInvoiceDue == null ? Duration.ofDays(3) : firstInvoiceDue;
        renewalLeadTime = renewalLeadTime == null ? Duration.ofDays(7) : renewalLeadTime;
        pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
    }
}
