package dev.hostledger.billing.query;

import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.account.RenewalDateAdvanced;
import dev.hostledger.contracts.account.RenewalDateExtended;
import dev.hostledger.contracts.account.ServiceCancellationScheduled;
import dev.hostledger.contracts.account.ServiceDelivered;
import dev.hostledger.contracts.account.ServiceOrdered;
import dev.hostledger.contracts.account.Term;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The services billing invoices, as account-service published them. */
@Repository
public class BilledServices {

    /** A delivered service whose renewal invoice is due to be issued. */
    public record RenewalDue(String serviceId, String accountId, String plan, String kind, Money price, Term term,
                             Instant anchorAt, Instant renewalAt) {
    }

    private final JdbcTemplate jdbc;

    public BilledServices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void ordered(ServiceOrdered event) {
        jdbc.update("""
                        INSERT INTO billed_service (service_id, account_id, kind, plan, price, currency, term, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'ORDERED') ON CONFLICT (service_id) DO NOTHING""",
                event.serviceId(), event.accountId(), event.kind(), event.plan(), event.price().amount(),
                event.price().currency(), event.term());
    }

    public void delivered(ServiceDelivered event) {
        jdbc.update("""
                        UPDATE billed_service SET status = 'ACTIVE', anchor_at = ?, renewal_at = ?
                        WHERE service_id = ?""",
                Timestamp.from(event.deliveredAt()), Timestamp.from(event.renewalAt()), event.serviceId());
    }

    public void renewed(RenewalDateAdvanced event) {
        jdbc.update("UPDATE billed_service SET renewal_at = ? WHERE service_id = ? AND renewal_at < ?",
                Timestamp.from(event.renewalAt()), event.serviceId(), Timestamp.from(event.renewalAt()));
    }

    /**
     * An incident moved the renewal date later: later renewals count from the shifted anchor, and an invoice already
     * issued for the old date stands for the moved one.
     */
    public void renewalExtended(RenewalDateExtended event) {
        jdbc.update("""
                        UPDATE billed_service SET renewal_at = ?, anchor_at = anchor_at + make_interval(secs => ?),
                               renewal_invoiced_for = CASE WHEN renewal_invoiced_for = ? THEN ? ELSE renewal_invoiced_for END
                        WHERE service_id = ? AND renewal_at = ?""",
                Timestamp.from(event.renewalAt()), event.extension().toSeconds(),
                Timestamp.from(event.previousRenewalAt()), Timestamp.from(event.renewalAt()), event.serviceId(),
                Timestamp.from(event.previousRenewalAt()));
    }

    public void cancellationScheduled(ServiceCancellationScheduled event) {
        jdbc.update("UPDATE billed_service SET cancel_at_end_of_term = TRUE WHERE service_id = ?", event.serviceId());
    }

    /** Active, not cancelled, renewal date within the lead time, and no invoice yet for that renewal. */
    public List<RenewalDue> renewalsDueBy(Instant horizon, int limit) {
        return jdbc.query("""
                        SELECT service_id, account_id, plan, kind, price, currency, term, anchor_at, renewal_at
                        FROM billed_service
                        WHERE status = 'ACTIVE' AND NOT cancel_at_end_of_term AND renewal_at <= ?
                          AND (renewal_invoiced_for IS NULL OR renewal_invoiced_for < renewal_at)
                        ORDER BY renewal_at LIMIT ?""",
                (rs, row) -> new RenewalDue(rs.getString("service_id"), rs.getString("account_id"),
                        rs.getString("plan"), rs.getString("kind"),
                        new Money(rs.getBigDecimal("price"), rs.getString("currency")),
                        Term.valueOf(rs.getString("term")), rs.getTimestamp("anchor_at").toInstant(),
                        rs.getTimestamp("renewal_at").toInstant()),
                Timestamp.from(horizon), limit);
    }

    public void renewalInvoiced(String serviceId, Instant renewalAt) {
        jdbc.update("UPDATE billed_service SET renewal_invoiced_for = ? WHERE service_id = ?",
                Timestamp.from(renewalAt), serviceId);
    }
}
