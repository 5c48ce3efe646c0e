package dev.hostledger.account.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hostledger.account.api.RenewalDateAdvanced;
import dev.hostledger.account.api.RenewalDateExtended;
import dev.hostledger.account.api.ServiceAwaitingProvisioning;
import dev.hostledger.account.api.ServiceCancellationScheduled;
import dev.hostledger.account.api.ServiceDelivered;
import dev.hostledger.account.api.ServiceOrdered;
import dev.hostledger.account.api.ServiceSpecChanged;
import dev.hostledger.account.api.ServiceSuspended;
import dev.hostledger.account.api.ServiceTerminated;
import dev.hostledger.account.api.ServiceUnsuspended;
import dev.hostledger.account.api.SuspensionLifted;
import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.account.ServiceSpec;
import dev.hostledger.kit.integrity.VerifiableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hosted services and where each stands in its lifecycle. */
@Component
@ProcessingGroup("hosted-services")
public class HostedServiceProjection implements VerifiableProjection {

    private static final TypeReference<List<Map<String, String>>> SUSPENSIONS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public HostedServiceProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ServiceOrdered event) throws JsonProcessingException {
        jdbc.update("""
                        INSERT INTO hosted_service_view (service_id, account_id, kind, plan, spec, price, currency, term,
                                                         status, ordered_at)
                        VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, 'ORDERED', ?) ON CONFLICT (service_id) DO NOTHING""",
                event.serviceId(), event.accountId(), event.kind().name(), event.plan(),
                json.writeValueAsString(event.spec()), event.price().amount(), event.price().currency(),
                event.term().name(), Timestamp.from(event.orderedAt()));
    }

    @EventHandler
    void on(ServiceAwaitingProvisioning event) {
        jdbc.update("UPDATE hosted_service_view SET status = 'AWAITING_PROVISIONING', paid_at = ? WHERE service_id = ?",
                Timestamp.from(event.paidAt()), event.serviceId());
    }

    @EventHandler
    void on(ServiceDelivered event) {
        jdbc.update("""
                        UPDATE hosted_service_view SET status = 'ACTIVE', delivered_at = ?, renewal_at = ?
                        WHERE service_id = ?""",
                Timestamp.from(event.deliveredAt()), Timestamp.from(event.renewalAt()), event.serviceId());
    }

    @EventHandler
    void on(RenewalDateAdvanced event) {
        jdbc.update("UPDATE hosted_service_view SET renewal_at = ? WHERE service_id = ?",
                Timestamp.from(event.renewalAt()), event.serviceId());
    }

    @EventHandler
    void on(RenewalDateExtended event) {
        jdbc.update("UPDATE hosted_service_view SET renewal_at = ? WHERE service_id = ?",
                Timestamp.from(event.renewalAt()), event.serviceId());
    }

    @EventHandler
    void on(ServiceSpecChanged event) throws JsonProcessingException {
        jdbc.update("UPDATE hosted_service_view SET spec = ?::jsonb WHERE service_id = ?",
                json.writeValueAsString(event.spec()), event.serviceId());
    }

    @EventHandler
    void on(ServiceCancellationScheduled event) {
        jdbc.update("UPDATE hosted_service_view SET cancellation_ends_at = ? WHERE service_id = ?",
                Timestamp.from(event.endsAt()), event.serviceId());
    }

    @Override
    public String processingGroup() {
        return "hosted-services";
    }

    @Override
    public List<String> tables() {
        return List.of("hosted_service_view");
    }

    @EventHandler
    void on(ServiceSuspended event) throws JsonProcessingException {
        jdbc.update("""
                        UPDATE hosted_service_view SET status = 'SUSPENDED',
                               suspensions = suspensions || ?::jsonb WHERE service_id = ?""",
                json.writeValueAsString(List.of(Map.of("reasonKey", event.reasonKey(), "reason", event.reason(),
                        "since", event.suspendedAt().toString()))), event.serviceId());
    }

    @EventHandler
    void on(SuspensionLifted event) {
        withoutSuspension(event.serviceId(), event.reasonKey());
    }

    @EventHandler
    void on(ServiceUnsuspended event) {
        withoutSuspension(event.serviceId(), event.reasonKey());
        jdbc.update("UPDATE hosted_service_view SET status = 'ACTIVE' WHERE service_id = ?", event.serviceId());
    }

    @EventHandler
    void on(ServiceTerminated event) {
        jdbc.update("UPDATE hosted_service_view SET status = 'TERMINATED', terminated_at = ? WHERE service_id = ?",
                Timestamp.from(event.terminatedAt()), event.serviceId());
    }

    private void withoutSuspension(String serviceId, String reasonKey) {
        jdbc.update("""
                        UPDATE hosted_service_view SET suspensions = COALESCE((
                            SELECT jsonb_agg(s) FROM jsonb_array_elements(suspensions) s WHERE s ->> 'reasonKey' <> ?),
                            '[]'::jsonb)
                        WHERE service_id = ?""", reasonKey, serviceId);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE hosted_service_view");
    }

    public Optional<HostedServiceView> find(String serviceId) {
        return jdbc.query("SELECT * FROM hosted_service_view WHERE service_id = ?", this::view, serviceId)
                .stream().findFirst();
    }

    public List<HostedServiceView> forAccount(String accountId) {
        return jdbc.query("SELECT * FROM hosted_service_view WHERE account_id = ? ORDER BY ordered_at, service_id",
                this::view, accountId);
    }

    private HostedServiceView view(ResultSet rs, int row) throws SQLException {
        try {
            return new HostedServiceView(rs.getString("service_id"), rs.getString("account_id"),
                    rs.getString("kind"), rs.getString("plan"), json.readValue(rs.getString("spec"), ServiceSpec.class),
                    new Money(rs.getBigDecimal("price"), rs.getString("currency")), rs.getString("term"),
                    rs.getString("status"), instant(rs.getTimestamp("ordered_at")), instant(rs.getTimestamp("paid_at")),
                    instant(rs.getTimestamp("delivered_at")), instant(rs.getTimestamp("renewal_at")),
                    instant(rs.getTimestamp("cancellation_ends_at")),
                    json.readValue(rs.getString("suspensions"), SUSPENSIONS), instant(rs.getTimestamp("terminated_at")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
