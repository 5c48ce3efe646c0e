package dev.hostledger.account.web;

import dev.hostledger.account.api.OpenAccount;
import dev.hostledger.account.query.AccountSummary;
import dev.hostledger.account.query.AccountSummaryProjection;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import dev.hostledger.kit.web.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.UUID;

@RestController
@RequestMapping("/accounts")
public class AccountController {

    private final ActingCommandGateway commands;
    private final AccountSummaryProjection accounts;

    public AccountController(ActingCommandGateway commands, AccountSummaryProjection accounts) {
        this.commands = commands;
        this.accounts = accounts;
    }

    public record AccountCreated(String accountId) {
    }

    /** Self sign-up: the customer opening the account is its actor. */
    @PostMapping
    public ResponseEntity<AccountCreated> open(@Valid @RequestBody OpenAccountRequest request,
                                               UriComponentsBuilder uris) {
        String accountId = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenAccount(accountId, request.name(), request.email(), request.timeZone(),
                request.currency()), Actor.customer(accountId), "sign-up");
        return ResponseEntity.created(uris.path("/accounts/{id}").build(accountId)).body(new AccountCreated(accountId));
    }

    @GetMapping("/{accountId}")
    public AccountSummary get(@PathVariable String accountId) {
        return accounts.find(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
    }
}
