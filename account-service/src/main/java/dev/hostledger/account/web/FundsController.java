package dev.hostledger.account.web;

import dev.hostledger.account.api.AddFunds;
import dev.hostledger.account.api.ApplyFunds;
import dev.hostledger.account.api.CreditCompensation;
import dev.hostledger.account.query.AccountInvoices;
import dev.hostledger.account.query.AccountSummaryProjection;
import dev.hostledger.contracts.Money;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import dev.hostledger.kit.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The funds (credit) balance: top-ups and compensation by operators, use on invoices by the customer. */
@RestController
public class FundsController {

    private final ActingCommandGateway commands;
    private final AccountSummaryProjection accounts;
    private final AccountInvoices invoices;

    public FundsController(ActingCommandGateway commands, AccountSummaryProjection accounts,
                           AccountInvoices invoices) {
        this.commands = commands;
        this.accounts = accounts;
        this.invoices = invoices;
    }

    /** @param fundsId optional idempotency key */
    public record TopUpRequest(String fundsId, @NotNull Money amount, @NotBlank String reason) {
    }

    /** @param compensationId optional idempotency key */
    public record CompensationRequest(String compensationId, @NotNull Money amount, @NotBlank String reason,
                                      String incidentId) {
    }

    /** @param applicationId optional idempotency key */
    public record ApplicationRequest(String applicationId, @NotBlank String invoiceId, @NotNull Money amount) {
    }

    @GetMapping("/accounts/{accountId}/funds")
    public List<Map<String, Object>> movements(@PathVariable String accountId) {
        requireAccount(accountId);
        return accounts.fundsMovements(accountId);
    }

    @PostMapping("/ops/accounts/{accountId}/funds")
    public Map<String, String> topUp(@PathVariable String accountId, @Valid @RequestBody TopUpRequest request,
                                     Principal operator) {
        requireAccount(accountId);
        String fundsId = orNew(request.fundsId());
        commands.sendAndWait(new AddFunds(accountId, fundsId, request.amount(), request.reason()),
                Actor.operator(operator.getName()), request.reason());
        return Map.of("fundsId", fundsId);
    }

    @PostMapping("/ops/accounts/{accountId}/compensation")
    public Map<String, String> compensate(@PathVariable String accountId,
                                          @Valid @RequestBody CompensationRequest request, Principal operator) {
        requireAccount(accountId);
        String compensationId = orNew(request.compensationId());
        commands.sendAndWait(new CreditCompensation(accountId, compensationId, request.amount(), request.reason(),
                request.incidentId()), Actor.operator(operator.getName()), request.reason());
        return Map.of("compensationId", compensationId);
    }

    /** The customer pays an open invoice from the balance; never more than is open, never below zero. */
    @PostMapping("/accounts/{accountId}/funds/applications")
    public Map<String, String> apply(@PathVariable String accountId,
                                     @Valid @RequestBody ApplicationRequest request) {
        requireAccount(accountId);
        AccountInvoices.KnownInvoice invoice = invoices.find(request.invoiceId())
                .filter(known -> known.accountId().equals(accountId))
                .orElseThrow(() -> new NotFoundException("invoice of account " + accountId, request.invoiceId()));
        if (!"OPEN".equals(invoice.status())) {
            throw new IllegalStateException("invoice " + request.invoiceId() + " is " + invoice.status());
        }
        Money amount = request.amount();
        if (amount.isGreaterThan(invoice.open())) {
            throw new IllegalArgumentException("amount " + amount + " exceeds the " + invoice.open()
                    + " open on invoice " + request.invoiceId());
        }
        String applicationId = orNew(request.applicationId());
        commands.sendAndWait(new ApplyFunds(accountId, applicationId, request.invoiceId(), amount),
                Actor.customer(accountId), "pay invoice " + request.invoiceId() + " from funds");
        return Map.of("applicationId", applicationId);
    }

    private void requireAccount(String accountId) {
        accounts.balance(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
    }

    private static String orNew(String id) {
        return id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
    }
}
