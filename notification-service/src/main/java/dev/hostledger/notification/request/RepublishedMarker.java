package dev.hostledger.notification.request;

import dev.hostledger.kit.consume.ReceivedEvent;

import java.util.Optional;

/**
 * An operator who re-publishes history (to rebuild another service) marks each record with the CloudEvents
 * extension {@code republished=true}. Such a record repeats a fact customers were already told about, or chose not
 * to be told about at the time: it is never e-mailed.
 */
public final class RepublishedMarker {

    public static final String EXTENSION = "republished";

    private RepublishedMarker() {
    }

    /** @return the suppression reason when the record is a re-publication */
    public static Optional<String> of(ReceivedEvent event) {
        Object marker = event.event().envelope().getExtension(EXTENSION);
        if (marker != null && "true".equalsIgnoreCase(marker.toString())) {
            return Optional.of("re-published record (CloudEvent " + event.id() + "): customers are not told again");
        }
        return Optional.empty();
    }
}
