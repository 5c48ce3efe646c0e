package dev.hostledger.account.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hostledger.account.api.CreditCompensation;
import dev.hostledger.account.query.AccountSummaryProjection;
import dev.hostledger.contracts.Money;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An incident's remedies carried out by account-service: renewal extensions and compensation credits. */
@RestController
public class IncidentOpsController {

    private final RenewalExtensions extensions;
    private final KnownIncidents incidents;
    private final AccountSummaryProjection accounts;
    private final ActingCommandGateway commands;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    public IncidentOpsController(RenewalExtensions extensions, KnownIncidents incidents,
                                 AccountSummaryProjection accounts, ActingCommandGateway commands,
                                 TransactionTemplate transaction, ObjectMapper json) {
        this.extensions = extensions;
        this.incidents = incidents;
        this.accounts = accounts;
        this.commands = commands;
        this.transaction = transaction;
        this.json = json;
    }

    /** @param hours extra hours on each delayed service's renewal date (72 when absent) */
    public record ExtensionRequest(@Positive Integer hours, boolean dryRun, @NotBlank String reason) {
    }

    @PostMapping("/ops/incidents/{incidentId}/renewal-extensions")
    public Map<String, Object> extendRenewals(@PathVariable String incidentId,
                                              @Valid @RequestBody ExtensionRequest request, Principal operator) {
        List<RenewalExtensions.Extension> services = extensions.extend(incidentId,
                Duration.ofHours(request.hours() == null ? 72 : request.hours()), request.dryRun(),
                Actor.operator(operator.getName()), request.reason());
        return Map.of("incidentId", incidentId, "dryRun", request.dryRun(), "services", services,
                "extended", services.stream().filter(RenewalExtensions.Extension::applied).count());
    }

    /**
     * Credits every line of the upload (JSON, or CSV with {@code Content-Type: text/csv}) to its account, tied to the
     * incident, once per (incident, account). Nothing is credited unless every line is good: a malformed line is
     * reported with its number, and all lines are credited in one transaction.
     */
    @PostMapping(value = "/ops/incidents/{incidentId}/compensation",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    public ResponseEntity<?> compensate(@PathVariable String incidentId, @RequestBody String body,
                                        @RequestHeader("Content-Type") String contentType, Principal operator) {
        incidents.get(incidentId);
        CompensationUpload.Parsed upload = CompensationUpload.parse(body, contentType.startsWith("text/csv"), json);
        List<CompensationUpload.Problem> problems = new ArrayList<>(upload.problems());
        for (CompensationUpload.Line line : upload.lines()) {
            Optional<Money> balance = accounts.balance(line.accountId());
            if (balance.isEmpty()) {
                problems.add(new CompensationUpload.Problem(line.number(), "unknown account " + line.accountId()));
            } else if (!balance.get().currency().equals(line.currency())) {
                problems.add(new CompensationUpload.Problem(line.number(), "account " + line.accountId()
                        + " is in " + balance.get().currency() + ", not " + line.currency()));
            }
        }
        if (!problems.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    problems.size() + " line(s) cannot be credited; nothing of this upload was applied");
            problem.setTitle("Malformed compensation upload");
            problem.setProperty("errors", problems);
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        Actor actor = Actor.operator(operator.getName());
        int credited = transaction.execute(status -> {
            int newlyCredited = 0;
            for (CompensationUpload.Line line : upload.lines()) {
                Boolean applied = commands.sendAndWait(new CreditCompensation(line.accountId(),
                        incidentId + ":" + line.accountId(), new Money(line.amount(), line.currency()), line.reason(),
                        incidentId), actor, line.reason());
                newlyCredited += Boolean.TRUE.equals(applied) ? 1 : 0;
            }
            return newlyCredited;
        });
        return ResponseEntity.ok(Map.of("incidentId", incidentId, "lines", upload.lines().size(), "credited", credited,
                "alreadyCredited", upload.lines().size() - credited));
    }
}
