package dev.hostledger.billing.config;

import dev.hostledger.kit.eventstore.AccountSequencingPolicy;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PaymentOrderingConfiguration {

    /** Payments of one account are applied in the order they were received, whichever segment takes them. */
    @Bean
    public ConfigurerModule paymentsInAccountOrder() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSequencingPolicy("payment-application", config -> new AccountSequencingPolicy()));
    }
}
