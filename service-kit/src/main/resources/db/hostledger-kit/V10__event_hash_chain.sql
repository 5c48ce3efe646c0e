-- Tamper evidence for the event store. Every appended event gets
--     event_hash = sha256(previous_hash || canonical bytes of the row)
-- where previous_hash is the event_hash of the same aggregate's event at sequence_number - 1 (empty for sequence 0,
-- and empty if that event is absent: verify reports the gap, which is the real fault then).
--
-- Canonical bytes (dev.hostledger.kit.integrity.EventHashChain recomputes exactly these in Java):
--     int8send(global_index)
--     || field(aggregate_identifier) || field(type) || field(event_identifier) || field(payload_type)
--     || field(payload_revision) || field(time_stamp) || field(meta_data) || field(payload)
-- field(x) = 4-byte big-endian length || the bytes (text as UTF-8), and for NULL the 4 bytes of -1 alone; the length
-- prefix keeps ("ab","c") and ("a","bc") apart.
-- sequence_number is left out on purpose: an event's place in its aggregate is what the chain itself proves (each
-- link names its predecessor), and global_index, which is in, orders an aggregate's events as they were appended.
-- So a renumbered event keeps a valid hash and shows up as a precise order fault instead of a cascade of hash faults.
--
-- Written by a trigger, not by Java, so every writer (Axon's JDBC engine, a restore with COPY, a manual INSERT) is
-- covered. Only INSERT is hooked: an UPDATE of a stored event is exactly what the hash must expose.
ALTER TABLE domain_event_entry ADD COLUMN event_hash BYTEA;

-- One function for the canonical bytes, with the length prefixes written out inline: nine calls of a helper function
-- per row made appends measurably slower than one call of this.
CREATE FUNCTION hostledger_canonical_event(global_index BIGINT, aggregate_identifier TEXT, type TEXT,
                                           event_identifier TEXT, payload_type TEXT, payload_revision TEXT,
                                           time_stamp TEXT, meta_data BYTEA, payload BYTEA) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT int8send(global_index)
    || CASE WHEN aggregate_identifier IS NULL THEN int4send(-1)
            ELSE int4send(octet_length(aggregate_identifier)) || convert_to(aggregate_identifier, 'UTF8') END
    || CASE WHEN type IS NULL THEN int4send(-1) ELSE int4send(octet_length(type)) || convert_to(type, 'UTF8') END
    || CASE WHEN event_identifier IS NULL THEN int4send(-1)
            ELSE int4send(octet_length(event_identifier)) || convert_to(event_identifier, 'UTF8') END
    || CASE WHEN payload_type IS NULL THEN int4send(-1)
            ELSE int4send(octet_length(payload_type)) || convert_to(payload_type, 'UTF8') END
    || CASE WHEN payload_revision IS NULL THEN int4send(-1)
            ELSE int4send(octet_length(payload_revision)) || convert_to(payload_revision, 'UTF8') END
    || CASE WHEN time_stamp IS NULL THEN int4send(-1)
            ELSE int4send(octet_length(time_stamp)) || convert_to(time_stamp, 'UTF8') END
    || CASE WHEN meta_data IS NULL THEN int4send(-1) ELSE int4send(length(meta_data)) || meta_data END
    || CASE WHEN payload IS NULL THEN int4send(-1) ELSE int4send(length(payload)) || payload END
$$;

CREATE FUNCTION hostledger_chain_event_hash() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    previous_hash BYTEA;
BEGIN
    IF NEW.sequence_number > 0 THEN
        -- Rows inserted earlier by the same statement or transaction are visible here, so a batch chains in order.
        SELECT event_hash INTO previous_hash FROM domain_event_entry
        WHERE aggregate_identifier = NEW.aggregate_identifier AND sequence_number = NEW.sequence_number - 1;
    END IF;
    NEW.event_hash := sha256(coalesce(previous_hash, ''::BYTEA) || hostledger_canonical_event(NEW.global_index,
        NEW.aggregate_identifier, NEW.type, NEW.event_identifier, NEW.payload_type, NEW.payload_revision,
        NEW.time_stamp, NEW.meta_data, NEW.payload));
    RETURN NEW;
END
$$;

CREATE TRIGGER domain_event_entry_hash_chain
    BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION hostledger_chain_event_hash();

-- Events appended before this migration have no hash yet: chain them now, in order, so verify covers all history.
DO $$
DECLARE
    event RECORD;
BEGIN
    FOR event IN SELECT global_index FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number LOOP
        UPDATE domain_event_entry e SET event_hash = sha256(coalesce((
                SELECT p.event_hash FROM domain_event_entry p
                WHERE p.aggregate_identifier = e.aggregate_identifier AND p.sequence_number = e.sequence_number - 1),
                ''::BYTEA)
            || hostledger_canonical_event(e.global_index, e.aggregate_identifier, e.type, e.event_identifier,
                e.payload_type, e.payload_revision, e.time_stamp, e.meta_data, e.payload))
        WHERE e.global_index = event.global_index;
    END LOOP;
END
$$;

-- Each aggregate's head (last sequence and its hash) as it stood once its events were older than the gap timeout,
-- so a deleted last event, which leaves no gap behind, is still caught.
CREATE TABLE event_store_checkpoint (
    aggregate_identifier VARCHAR(255) NOT NULL,
    last_sequence        BIGINT       NOT NULL,
    last_hash            BYTEA        NOT NULL,
    checkpointed_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT event_store_checkpoint_pk PRIMARY KEY (aggregate_identifier)
);

-- How far the checkpoint refresh has read the global index: each refresh reads only what was appended since.
CREATE TABLE event_store_checkpoint_progress (
    id                INTEGER NOT NULL,
    next_global_index BIGINT  NOT NULL,
    CONSTRAINT event_store_checkpoint_progress_pk PRIMARY KEY (id),
    CONSTRAINT event_store_checkpoint_progress_single CHECK (id = 1)
);
INSERT INTO event_store_checkpoint_progress (id, next_global_index) VALUES (1, 0);
