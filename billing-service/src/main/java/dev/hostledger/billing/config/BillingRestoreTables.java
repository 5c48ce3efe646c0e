package dev.hostledger.billing.config;

import dev.hostledger.kit.backup.ArchivedTable;
import dev.hostledger.kit.backup.RestoreContributor;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * billing's state that no billing event carries, so backups archive it as it is (read models such as invoice_view and
 * dunning_schedule are not here: their processors rebuild them from the events after a restore, which is also what
 * brings the pending dunning deadlines back).
 * <ul>
 * <li>{@code document_number_series}: the gap-free counters. Restored whole even at a point in time: numbers handed
 *     out after the instant may already be on documents customers hold, so they are left unused (a visible gap)
 *     rather than given to other documents.</li>
 * <li>{@code issued_invoice}: what inbound payments are checked against, written in the issuing transaction.</li>
 * <li>{@code billing_account}, {@code billed_service}: billing's copies of account-service facts, kept from the
 *     account topic by the consumer (its inbox entries are archived by the kit, so the records are not applied again).
 *     </li>
 * <li>{@code grace_period_view}, {@code grace_notice}: written in the command's transaction (what protection is
 *     decided from must never lag), so there is no streaming processor to rebuild them.</li>
 * <li>{@code incident_renewal_extension}, {@code incident_compensation}, {@code notification_sent_fact}: what the
 *     incident reports count from the account and notification topics.</li>
 * </ul>
 */
@Component
public class BillingRestoreTables implements RestoreContributor {

    @Override
    public List<ArchivedTable> archivedTables() {
        return List.of(new ArchivedTable("document_number_series", null),
                new ArchivedTable("issued_invoice", "issued_at"),
                new ArchivedTable("billing_account", "opened_at"),
                new ArchivedTable("billed_service", null),
                new ArchivedTable("incident_renewal_extension", null),
                new ArchivedTable("incident_compensation", null),
                new ArchivedTable("notification_sent_fact", null),
                new ArchivedTable("grace_period_view", null),
                new ArchivedTable("grace_notice", null));
    }
}
