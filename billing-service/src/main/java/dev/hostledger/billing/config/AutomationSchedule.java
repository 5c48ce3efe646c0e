package dev.hostledger.billing.config;

import dev.hostledger.billing.command.DunningRun;
import dev.hostledger.billing.command.GraceEnforcement;
import dev.hostledger.billing.command.RenewalInvoicing;
import dev.hostledger.kit.ops.maintenance.MaintenanceMode;
import dev.hostledger.kit.schedule.PeriodicWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * billing's automated work, each on its own thread, deciding what is due from the injected clock; it skips while an
 * operator has paused automation (maintenance mode) and catches up at the first tick after the resume.
 */
@Configuration
public class AutomationSchedule {

    @Bean
    public PeriodicWork renewalInvoicingWork(RenewalInvoicing invoicing, InvoicingProperties properties,
                                             MaintenanceMode maintenance) {
        return new PeriodicWork("renewal-invoicing", properties.pollInterval(),
                maintenance.unlessPaused("renewal invoicing", invoicing::invoiceDueRenewals));
    }

    /** Never paused: it only ever protects customers. */
    @Bean
    public PeriodicWork graceProtectionWork(GraceEnforcement grace, GraceProperties properties) {
        return new PeriodicWork("grace-protection", properties.pollInterval(), grace::protect);
    }

    @Bean
    public PeriodicWork graceCatchUpWork(GraceEnforcement grace, GraceProperties properties,
                                         MaintenanceMode maintenance) {
        return new PeriodicWork("grace-catch-up", properties.pollInterval(),
                maintenance.unlessPaused("suspensions held back by grace periods", grace::catchUp));
    }

    @Bean
    public PeriodicWork dunningWork(DunningRun dunning, DunningPolicy policy, MaintenanceMode maintenance) {
        return new PeriodicWork("dunning", policy.pollInterval(), maintenance.unlessPaused("dunning",
                dunning::takeDueSteps));
    }
}
