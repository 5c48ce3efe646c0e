package dev.hostledger.e2e;

import dev.hostledger.account.api.AccountOpened;
import dev.hostledger.account.api.FundsAdded;
import dev.hostledger.contracts.Money;
import dev.hostledger.kit.actor.Actor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Many account histories appended fast but for real: through Axon's event store (and the hash trigger), 1,000
 * events per transaction; each account is one AccountOpened and {@value #EVENTS_PER_ACCOUNT} - 1 FundsAdded.
 */
final class AccountHistories {

    static final int EVENTS_PER_ACCOUNT = 10;
    private static final int EVENTS_PER_APPEND = 1_000;

    private AccountHistories() {
    }

    static void append(EventStore store, int accounts, String idPrefix) {
        MetaData actor = Actor.system("e2e-history").toMetaData(null);
        Instant openedAt = Instant.parse("2026-01-05T09:00:00Z");
        List<EventMessage<?>> batch = new ArrayList<>(EVENTS_PER_APPEND);
        for (int a = 0; a < accounts; a++) {
            String accountId = idPrefix + a;
            batch.add(new GenericDomainEventMessage<>("CustomerAccount", accountId, 0, new AccountOpened(accountId,
                    "Customer " + a, accountId + "@example.com", "Europe/Berlin", "EUR", openedAt), actor));
            BigDecimal balance = BigDecimal.ZERO;
            for (int s = 1; s < EVENTS_PER_ACCOUNT; s++) {
                BigDecimal amount = BigDecimal.valueOf(s * 10L + a % 7, 2);
                balance = balance.add(amount);
                batch.add(new GenericDomainEventMessage<>("CustomerAccount", accountId, s, new FundsAdded(accountId,
                        "top-up-" + s, new Money(amount, "EUR"), new Money(balance, "EUR"), "bank transfer " + s,
                        openedAt.plus(Duration.ofHours(s))), actor));
            }
            if (batch.size() >= EVENTS_PER_APPEND) {
                store.publish(batch);
                batch = new ArrayList<>(EVENTS_PER_APPEND);
            }
        }
        if (!batch.isEmpty()) {
            store.publish(batch);
        }
    }
}
