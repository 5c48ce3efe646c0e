package dev.hostledger.kit.backup;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One row of {@code domain_event_entry} exactly as stored, as it travels in an archive (byte arrays as base64).
 * {@code globalIndex} comes first in each line, so even a line cut short by a truncation still names its event.
 */
@JsonPropertyOrder({"globalIndex", "aggregateIdentifier", "sequenceNumber", "type", "eventIdentifier", "payloadType",
        "payloadRevision", "timeStamp", "metaData", "payload", "eventHash"})
public record ArchivedEvent(long globalIndex, String aggregateIdentifier, long sequenceNumber, String type,
                            String eventIdentifier, String payloadType, String payloadRevision, String timeStamp,
                            byte[] metaData, byte[] payload, byte[] eventHash) {

    /** Where this event is, in the words verify uses: aggregate and sequence number, plus its global index. */
    public String location() {
        return "global index " + globalIndex + " (" + aggregateIdentifier + " #" + sequenceNumber + ")";
    }
}
