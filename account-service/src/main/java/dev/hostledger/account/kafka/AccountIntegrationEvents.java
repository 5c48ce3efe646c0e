package dev.hostledger.account.kafka;

import dev.hostledger.account.api.AccountOpened;
import dev.hostledger.kit.publish.IntegrationEventMappings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What account-service tells the other services, in the contracts' words. */
@Configuration
public class AccountIntegrationEvents {

    @Bean
    public IntegrationEventMappings accountEventMappings() {
        return IntegrationEventMappings.builder()
                .map(AccountOpened.class, e -> new dev.hostledger.contracts.account.AccountOpened(
                        e.accountId(), e.name(), e.email(), e.timeZone(), e.currency(), e.openedAt()))
                .build();
    }
}
