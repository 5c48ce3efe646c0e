package dev.hostledger.billing.config;

import dev.hostledger.billing.command.RenewalInvoicing;
import dev.hostledger.kit.schedule.PeriodicWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class RenewalInvoicingSchedule {

    @Bean
    public PeriodicWork renewalInvoicingWork(RenewalInvoicing invoicing, InvoicingProperties properties) {
        return new PeriodicWork("renewal-invoicing", properties.pollInterval(), invoicing::invoiceDueRenewals);
    }
}
