package dev.hostledger.notification.it;

import dev.hostledger.notification.delivery.FactCheck;
import dev.hostledger.notification.delivery.PendingDelivery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fact check as billing's "invoice still unpaid" will be, over the welcome template (the only one whose event
 * exists today): a test marks an account's fact as no longer holding, the way an InvoicePaid event will.
 */
@Configuration
class StaleFactsForTest {

    static final Set<String> ENDED_FOR_ACCOUNTS = ConcurrentHashMap.newKeySet();

    @Bean
    FactCheck welcomeStillWanted() {
        return new FactCheck() {
            @Override
            public boolean covers(String template) {
                return template.equals("account-opened");
            }

            @Override
            public Optional<String> staleReason(PendingDelivery delivery) {
                return ENDED_FOR_ACCOUNTS.contains(delivery.accountId())
                        ? Optional.of("account " + delivery.accountId() + " was closed before the welcome went out")
                        : Optional.empty();
            }
        };
    }
}
