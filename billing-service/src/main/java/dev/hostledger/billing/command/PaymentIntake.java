package dev.hostledger.billing.command;

import dev.hostledger.billing.api.PaymentSource;
import dev.hostledger.billing.api.RecordPayment;
import dev.hostledger.contracts.Money;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Where every payment enters billing (gateway, account funds, operator): checked against the invoice it names,
 * then recorded once per payment id.
 */
@Component
public class PaymentIntake {

    private final InvoiceRegistry invoices;
    private final ActingCommandGateway commands;

    public PaymentIntake(InvoiceRegistry invoices, ActingCommandGateway commands) {
        this.invoices = invoices;
        this.commands = commands;
    }

    public record IncomingPayment(String paymentId, String accountId, String invoiceId, Money amount,
                                  Instant receivedAt, PaymentSource source) {
    }

    /** @throws PaymentRefusedException naming the reason, before anything is recorded */
    public void take(IncomingPayment payment, Actor actor, String reason) {
        if (!payment.amount().isPositive()) {
            throw new PaymentRefusedException("amount must be positive, was " + payment.amount());
        }
        InvoiceRegistry.RegisteredInvoice invoice = invoices.find(payment.invoiceId())
                .orElseThrow(() -> new PaymentRefusedException("unknown invoice " + payment.invoiceId()));
        if (!invoice.accountId().equals(payment.accountId())) {
            throw new PaymentRefusedException("invoice " + invoice.invoiceId() + " belongs to account "
                    + invoice.accountId() + ", not " + payment.accountId());
        }
        if (!invoice.currency().equals(payment.amount().currency())) {
            throw new PaymentRefusedException("currency mismatch: invoice " + invoice.invoiceId() + " is in "
                    + invoice.currency() + ", payment in " + payment.amount().currency());
        }
        commands.sendAndWait(new RecordPayment(payment.paymentId(), payment.invoiceId(), payment.accountId(),
                payment.amount(), payment.receivedAt(), payment.source()), actor, reason);
    }
}
