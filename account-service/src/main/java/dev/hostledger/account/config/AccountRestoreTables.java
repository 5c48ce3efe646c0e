package dev.hostledger.account.config;

import dev.hostledger.kit.backup.ArchivedTable;
import dev.hostledger.kit.backup.RestoreContributor;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * account-service's copies of billing's facts, kept from the billing topic by the consumer (its inbox entries are
 * archived by the kit, so the records are not applied again): the accounts' invoices with the services they pay
 * for, and the incidents renewal extensions are measured against. Its read models rebuild from its own events.
 */
@Component
public class AccountRestoreTables implements RestoreContributor {

    @Override
    public List<ArchivedTable> archivedTables() {
        return List.of(new ArchivedTable("account_invoice", null),
                new ArchivedTable("account_invoice_line", null),
                new ArchivedTable("known_incident", null));
    }
}
