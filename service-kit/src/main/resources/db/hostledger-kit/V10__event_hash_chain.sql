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

CREATE FUNCTION hostledger_hash_field(value BYTEA) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT CASE WHEN value IS NULL THEN int4send(-1) ELSE int4send(length(value)) || value END $$;

CREATE FUNCTION hostledger_hash_field(value TEXT) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT hostledger_hash_field(convert_to(value, 'UTF8')) $$;

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
    NEW.event_hash := sha256(coalesce(previous_hash, ''::BYTEA)
        || int8send(NEW.global_index)
        || hostledger_hash_field(NEW.aggregate_identifier) || hostledger_hash_field(NEW.type)
        || hostledger_hash_field(NEW.event_identifier) || hostledger_hash_field(NEW.payload_type)
        || hostledger_hash_field(NEW.payload_revision) || hostledger_hash_field(NEW.time_stamp)
        || hostledger_hash_field(NEW.meta_data) || hostledger_hash_field(NEW.payload));
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
            || int8send(e.global_index)
            || hostledger_hash_field(e.aggregate_identifier) || hostledger_hash_field(e.type)
            || hostledger_hash_field(e.event_identifier) || hostledger_hash_field(e.payload_type)
            || hostledger_hash_field(e.payload_revision) || hostledger_hash_field(e.time_stamp)
            || hostledger_hash_field(e.meta_data) || hostledger_hash_field(e.payload))
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
