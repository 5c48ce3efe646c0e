package dev.hostledger.billing.kafka;

import dev.hostledger.billing.query.BillingAccount;
import dev.hostledger.billing.query.BillingAccounts;
import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.account.AccountOpened;
import dev.hostledger.kit.consume.IntegrationEventListener;
import dev.hostledger.kit.consume.ReceivedEvent;
import org.springframework.stereotype.Component;

import java.util.Set;

/** Learns of new accounts, so that invoices can be issued in the account's currency. */
@Component
public class AccountEventsListener implements IntegrationEventListener {

    private final BillingAccounts accounts;

    public AccountEventsListener(BillingAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "billing.account-events";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.ACCOUNT_EVENTS);
    }

    @Override
    public void on(ReceivedEvent event) {
        if (event.data() instanceof AccountOpened opened) {
            accounts.remember(new BillingAccount(opened.accountId(), opened.currency(), opened.timeZone(),
                    opened.occurredAt()));
        }
    }
}
