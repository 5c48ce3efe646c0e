package dev.hostledger.account.web;

import dev.hostledger.account.api.CancelAtEndOfTerm;
import dev.hostledger.account.api.ChangeServiceSpec;
import dev.hostledger.account.api.LiftSuspension;
import dev.hostledger.account.api.SuspendService;
import dev.hostledger.account.api.OrderService;
import dev.hostledger.account.api.ServiceKind;
import dev.hostledger.account.query.AccountSummaryProjection;
import dev.hostledger.account.query.HostedServiceProjection;
import dev.hostledger.account.query.HostedServiceView;
import dev.hostledger.account.query.ServiceHistory;
import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.account.ServiceSpec;
import dev.hostledger.contracts.account.Term;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import dev.hostledger.kit.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Hosted services: ordered by sales (operators), read by customers and support, changed with a reason. */
@RestController
public class ServiceController {

    static final String OPERATOR_SUSPENSION = "OPERATOR";

    private final ActingCommandGateway commands;
    private final HostedServiceProjection services;
    private final AccountSummaryProjection accounts;
    private final ServiceHistory history;

    public ServiceController(ActingCommandGateway commands, HostedServiceProjection services,
                             AccountSummaryProjection accounts, ServiceHistory history) {
        this.commands = commands;
        this.services = services;
        this.accounts = accounts;
        this.history = history;
    }

    /** @param serviceId optional idempotency key */
    public record OrderRequest(String serviceId, @NotNull ServiceKind kind, @NotBlank String plan,
                               @NotNull @Valid ServiceSpec spec, @NotNull Money price, @NotNull Term term,
                               @NotBlank String reason) {
    }

    public record SpecChangeRequest(@NotNull @Valid ServiceSpec spec, @NotBlank String reason) {
    }

    public record ReasonRequest(@NotBlank String reason) {
    }

    @PostMapping("/ops/accounts/{accountId}/services")
    public ResponseEntity<Map<String, String>> order(@PathVariable String accountId,
                                                     @Valid @RequestBody OrderRequest request, Principal operator,
                                                     UriComponentsBuilder uris) {
        Money balance = accounts.balance(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (!balance.currency().equals(request.price().currency())) {
            throw new IllegalArgumentException("account " + accountId + " is billed in " + balance.currency()
                    + ", the price is in " + request.price().currency());
        }
        String serviceId = request.serviceId() == null ? UUID.randomUUID().toString() : request.serviceId();
        commands.sendAndWait(new OrderService(serviceId, accountId, request.kind(), request.plan(), request.spec(),
                request.price(), request.term()), Actor.operator(operator.getName()), request.reason());
        return ResponseEntity.created(uris.path("/services/{id}").build(serviceId)).body(Map.of("serviceId", serviceId));
    }

    @GetMapping("/services/{serviceId}")
    public HostedServiceView get(@PathVariable String serviceId) {
        return services.find(serviceId).orElseThrow(() -> new NotFoundException("service", serviceId));
    }

    /** Everything that ever happened to the service, with who and why: the answer to "what was promised when?". */
    @GetMapping("/services/{serviceId}/history")
    public List<ServiceHistory.Entry> history(@PathVariable String serviceId) {
        List<ServiceHistory.Entry> entries = history.of(serviceId);
        if (entries.isEmpty()) {
            throw new NotFoundException("service", serviceId);
        }
        return entries;
    }

    @GetMapping("/accounts/{accountId}/services")
    public List<HostedServiceView> forAccount(@PathVariable String accountId) {
        return services.forAccount(accountId);
    }

    @PostMapping("/ops/services/{serviceId}/spec")
    public Map<String, String> changeSpec(@PathVariable String serviceId,
                                          @Valid @RequestBody SpecChangeRequest request, Principal operator) {
        get(serviceId);
        commands.sendAndWait(new ChangeServiceSpec(serviceId, request.spec(), request.reason()),
                Actor.operator(operator.getName()), request.reason());
        return Map.of("serviceId", serviceId);
    }

    /** An operator suspends a service for a reason of their own (abuse...); a payment does not lift it. */
    @PostMapping("/ops/services/{serviceId}/suspension")
    public Map<String, String> suspend(@PathVariable String serviceId, @Valid @RequestBody ReasonRequest request,
                                       Principal operator) {
        get(serviceId);
        commands.sendAndWait(new SuspendService(serviceId, OPERATOR_SUSPENSION, request.reason()),
                Actor.operator(operator.getName()), request.reason());
        return Map.of("serviceId", serviceId, "reasonKey", OPERATOR_SUSPENSION);
    }

    @PostMapping("/ops/services/{serviceId}/suspension/lift")
    public Map<String, String> lift(@PathVariable String serviceId, @Valid @RequestBody ReasonRequest request,
                                    Principal operator) {
        get(serviceId);
        commands.sendAndWait(new LiftSuspension(serviceId, OPERATOR_SUSPENSION, request.reason()),
                Actor.operator(operator.getName()), request.reason());
        return Map.of("serviceId", serviceId);
    }

    /** The customer cancels: the service runs to the end of its paid term, and no renewal invoice follows. */
    @PostMapping("/accounts/{accountId}/services/{serviceId}/cancellation")
    public Map<String, String> cancel(@PathVariable String accountId, @PathVariable String serviceId,
                                      @Valid @RequestBody ReasonRequest request) {
        HostedServiceView service = get(serviceId);
        if (!service.accountId().equals(accountId)) {
            throw new NotFoundException("service of account " + accountId, serviceId);
        }
        commands.sendAndWait(new CancelAtEndOfTerm(serviceId, request.reason()), Actor.customer(accountId),
                request.reason());
        return Map.of("serviceId", serviceId);
    }
}
