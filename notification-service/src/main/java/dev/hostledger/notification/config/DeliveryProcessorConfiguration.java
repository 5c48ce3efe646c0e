package dev.hostledger.notification.config;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DeliveryProcessorConfiguration {

    /**
     * One message per transaction: a batch that fails after some e-mails went out would roll back their records and
     * send them again.
     */
    @Bean
    public ConfigurerModule oneDeliveryPerTransaction() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerPooledStreamingEventProcessorConfiguration("notification-delivery",
                        (config, builder) -> builder.batchSize(1)));
    }
}
