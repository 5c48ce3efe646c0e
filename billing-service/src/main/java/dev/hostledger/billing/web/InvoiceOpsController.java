package dev.hostledger.billing.web;

import dev.hostledger.billing.api.ExtendDueDate;
import dev.hostledger.billing.api.PaymentSource;
import dev.hostledger.billing.api.RefundPayment;
import dev.hostledger.billing.command.InvoiceIssuing;
import dev.hostledger.billing.command.PaymentIntake;
import dev.hostledger.billing.command.InvoiceRegistry;
import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.billing.InvoiceLine;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import dev.hostledger.kit.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What support agents (operators) do to invoices; each call names its reason, and the events record who. */
@RestController
public class InvoiceOpsController {

    private final InvoiceIssuing issuing;
    private final PaymentIntake payments;
    private final InvoiceRegistry registry;
    private final ActingCommandGateway commands;
    private final Clock clock;

    public InvoiceOpsController(InvoiceIssuing issuing, PaymentIntake payments, InvoiceRegistry registry,
                                ActingCommandGateway commands, Clock clock) {
        this.issuing = issuing;
        this.payments = payments;
        this.registry = registry;
        this.commands = commands;
        this.clock = clock;
    }

    /** @param invoiceId optional idempotency key: issuing the same id again returns the first issue */
    public record IssueInvoiceRequest(String invoiceId, @NotBlank String accountId,
                                      @NotEmpty List<@Valid @NotNull InvoiceLine> lines, @NotNull Instant dueAt,
                                      @NotBlank String reason) {
    }

    public record PaymentRequest(@NotBlank String paymentId, @NotNull Money amount, @NotBlank String reason) {
    }

    public record ReasonRequest(@NotBlank String reason) {
    }

    public record RefundRequest(String refundId, @NotNull Money amount, @NotBlank String reason) {
    }

    public record DueDateRequest(@NotNull Instant dueAt, @NotBlank String reason) {
    }

    @PostMapping("/ops/invoices")
    public ResponseEntity<Map<String, String>> issue(@Valid @RequestBody IssueInvoiceRequest request,
                                                     Principal operator, UriComponentsBuilder uris) {
        String invoiceId = request.invoiceId() == null ? UUID.randomUUID().toString() : request.invoiceId();
        String number = issuing.issue(new InvoiceIssuing.NewInvoice(invoiceId, request.accountId(), request.lines(),
                request.dueAt()), Actor.operator(operator.getName()), request.reason());
        return ResponseEntity.created(uris.path("/invoices/{id}").build(invoiceId))
                .body(Map.of("invoiceId", invoiceId, "invoiceNumber", number));
    }

    /** A payment matched by hand (e.g. a bank transfer); the same payment id is taken once. */
    @PostMapping("/ops/invoices/{invoiceId}/payments")
    public Map<String, String> recordPayment(@PathVariable String invoiceId,
                                             @Valid @RequestBody PaymentRequest request, Principal operator) {
        payments.take(new PaymentIntake.IncomingPayment(request.paymentId(), accountOf(invoiceId), invoiceId,
                request.amount(), clock.instant(), PaymentSource.OPERATOR),
                Actor.operator(operator.getName()), request.reason());
        return Map.of("paymentId", request.paymentId());
    }

    @PostMapping("/ops/invoices/{invoiceId}/credit-note")
    public Map<String, String> cancel(@PathVariable String invoiceId, @Valid @RequestBody ReasonRequest request,
                                      Principal operator) {
        accountOf(invoiceId);
        return Map.of("creditNoteNumber",
                issuing.cancel(invoiceId, Actor.operator(operator.getName()), request.reason()));
    }

    @PostMapping("/ops/invoices/{invoiceId}/refunds")
    public Map<String, String> refund(@PathVariable String invoiceId, @Valid @RequestBody RefundRequest request,
                                      Principal operator) {
        accountOf(invoiceId);
        String refundId = request.refundId() == null ? UUID.randomUUID().toString() : request.refundId();
        commands.sendAndWait(new RefundPayment(invoiceId, refundId, request.amount(), request.reason()),
                Actor.operator(operator.getName()), request.reason());
        return Map.of("refundId", refundId);
    }

    @PostMapping("/ops/invoices/{invoiceId}/due-date")
    public Map<String, String> extendDueDate(@PathVariable String invoiceId,
                                             @Valid @RequestBody DueDateRequest request, Principal operator) {
        accountOf(invoiceId);
        commands.sendAndWait(new ExtendDueDate(invoiceId, request.dueAt(), request.reason()),
                Actor.operator(operator.getName()), request.reason());
        return Map.of("invoiceId", invoiceId, "dueAt", request.dueAt().toString());
    }

    private String accountOf(String invoiceId) {
        return registry.find(invoiceId).map(InvoiceRegistry.RegisteredInvoice::accountId)
                .orElseThrow(() -> new NotFoundException("invoice", invoiceId));
    }
}
