package dev.hostledger.billing.config;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class GraceConsistencyConfiguration {

    /**
     * The grace periods' read model is what protection is decided from, so it is written in the transaction that
     * records the declaration or extension: an extension made a second before the end is seen by the very next
     * enforcement tick, never the old end. (A streaming projection could lag behind and let suspensions through.)
     * It is archived by backups rather than replayed (see BillingRestoreTables).
     */
    @Bean
    public ConfigurerModule gracePeriodsInTheCommandTransaction() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor("grace-periods"));
    }
}
