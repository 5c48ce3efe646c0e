package dev.hostledger.billing.kafka;

import dev.hostledger.billing.api.PaymentSource;
import dev.hostledger.billing.command.PaymentIntake;
import dev.hostledger.billing.command.PaymentRefusedException;
import dev.hostledger.billing.command.RenewalInvoicing;
import dev.hostledger.billing.query.BillingAccount;
import dev.hostledger.billing.query.BillingAccounts;
import dev.hostledger.billing.query.BilledServices;
import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.account.AccountOpened;
import dev.hostledger.contracts.account.CompensationCredited;
import dev.hostledger.contracts.account.FundsApplied;
import dev.hostledger.contracts.account.RenewalDateExtended;
import dev.hostledger.contracts.account.RenewalDateAdvanced;
import dev.hostledger.contracts.account.ServiceCancellationScheduled;
import dev.hostledger.contracts.account.ServiceDelivered;
import dev.hostledger.contracts.account.ServiceOrdered;
import dev.hostledger.kit.consume.IntegrationEventListener;
import dev.hostledger.kit.consume.ReceivedEvent;
import dev.hostledger.kit.consume.RejectedEventException;
import dev.hostledger.kit.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Learns of accounts (to invoice them in their currency) and services (to invoice their terms), takes funds applied
 * to invoices as payments, and keeps the incident remedies account-service carried out, for incident reports.
 */
@Component
public class AccountEventsListener implements IntegrationEventListener {

    /** Funds applications get payment ids of their own kind, so they never collide with a gateway's ids. */
    static final String FUNDS_PAYMENT_PREFIX = "funds:";

    private final BillingAccounts accounts;
    private final BilledServices services;
    private final RenewalInvoicing invoicing;
    private final PaymentIntake intake;
    private final JdbcTemplate jdbc;

    public AccountEventsListener(BillingAccounts accounts, BilledServices services, RenewalInvoicing invoicing,
                                 PaymentIntake intake, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.services = services;
        this.invoicing = invoicing;
        this.intake = intake;
        this.jdbc = jdbc;
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
        } else if (event.data() instanceof ServiceOrdered ordered) {
            services.ordered(ordered);
            try {
                invoicing.invoiceOrder(ordered);
            } catch (NotFoundException unknownAccount) {
                throw new RejectedEventException("order " + ordered.serviceId() + ": " + unknownAccount.getMessage());
            }
        } else if (event.data() instanceof ServiceDelivered delivered) {
            services.delivered(delivered);
        } else if (event.data() instanceof RenewalDateAdvanced renewed) {
            services.renewed(renewed);
        } else if (event.data() instanceof ServiceCancellationScheduled cancelled) {
            services.cancellationScheduled(cancelled);
        } else if (event.data() instanceof RenewalDateExtended extended) {
            services.renewalExtended(extended);
            jdbc.update("INSERT INTO incident_renewal_extension (service_id, incident_id) VALUES (?, ?) "
                    + "ON CONFLICT DO NOTHING", extended.serviceId(), extended.incidentId());
        } else if (event.data() instanceof CompensationCredited compensation && compensation.incidentId() != null) {
            jdbc.update("""
                            INSERT INTO incident_compensation (account_id, incident_id, amount, currency)
                            VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""", compensation.accountId(),
                    compensation.incidentId(), compensation.amount().amount(), compensation.amount().currency());
        } else if (event.data() instanceof FundsApplied funds) {
            try {
                intake.take(new PaymentIntake.IncomingPayment(FUNDS_PAYMENT_PREFIX + funds.applicationId(),
                                funds.accountId(), funds.invoiceId(), funds.amount(), funds.occurredAt(),
                                PaymentSource.FUNDS),
                        event.actor(), "funds applied to invoice " + funds.invoiceId());
            } catch (PaymentRefusedException e) {
                throw new RejectedEventException(e.getMessage());
            }
        }
    }
}
