package dev.hostledger.billing.config;

import dev.hostledger.billing.command.DunningRun;
import dev.hostledger.billing.command.RenewalInvoicing;
import dev.hostledger.kit.schedule.PeriodicWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** billing's automated work, each on its own thread, deciding what is due from the injected clock. */
@Configuration
public class AutomationSchedule {

    @Bean
    public PeriodicWork renewalInvoicingWork(RenewalInvoicing invoicing, InvoicingProperties properties) {
        return new PeriodicWork("renewal-invoicing", properties.pollInterval(), invoicing::invoiceDueRenewals);
    }

    @Bean
    public PeriodicWork dunningWork(DunningRun dunning, DunningPolicy policy) {
        return new PeriodicWork("dunning", policy.pollInterval(), dunning::takeDueSteps);
    }
}
