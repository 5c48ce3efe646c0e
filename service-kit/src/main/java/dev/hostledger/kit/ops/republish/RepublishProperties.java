package dev.hostledger.kit.ops.republish;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param inFlight records a re-publication sends before it waits for the broker's acknowledgement of all of them
 *                 (the publisher waits for each record; a bulk re-send would take hours that way)
 */
@ConfigurationProperties("hostledger.republish")
public record RepublishProperties(Integer inFlight) {

    public RepublishProperties {
        inFlight = inFlight == null ? 500 : inFlight;
    }
}
