package dev.hostledger.account.asof;

import dev.hostledger.kit.web.NotFoundException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * Time travel: an account or a hosted service as it stood at a past business instant, rebuilt from its events
 * (not from the read models, which know only the present). Read like the present views: no credential needed.
 */
@RestController
public class AsOfController {

    private final EventStore eventStore;

    public AsOfController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @GetMapping("/accounts/{accountId}/as-of")
    public AccountAsOf account(@PathVariable String accountId,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        return AccountAsOf.FOLD.asOf(eventStore, accountId, at)
                .orElseThrow(() -> new NotFoundException("account", accountId + " as of " + at));
    }

    @GetMapping("/services/{serviceId}/as-of")
    public HostedServiceAsOf service(@PathVariable String serviceId,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        return HostedServiceAsOf.FOLD.asOf(eventStore, serviceId, at)
                .orElseThrow(() -> new NotFoundException("service", serviceId + " as of " + at));
    }
}
