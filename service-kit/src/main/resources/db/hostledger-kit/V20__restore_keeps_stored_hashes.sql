-- Restore (dev.hostledger.kit.backup) writes events exactly as they were stored, event_hash included: the hash is
-- the evidence, so recomputing it on the way in would only prove that the restore ran, not that the history is the
-- one that was backed up. A restore session sets the transaction-local flag hostledger.restoring = 'on'; the trigger
-- then keeps a supplied hash. A custom setting rather than session_replication_role = replica, because that needs a
-- superuser and the services do not run as one. The flag is no security boundary: a database user who can set it can
-- also UPDATE event_hash; verify (against the archive's heads and the checkpoints) is what catches either.
CREATE OR REPLACE FUNCTION hostledger_chain_event_hash() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    previous_hash BYTEA;
BEGIN
    IF NEW.event_hash IS NOT NULL AND current_setting('hostledger.restoring', true) = 'on' THEN
        RETURN NEW;
    END IF;
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

-- Who backed up, restored or drilled, when and why: an audit row per operator action (the action's outcome is
-- filled in when it ends). Not archived: each archive's manifest names who made it and why, and the restore's own row
-- is written in the restoring transaction, into the otherwise empty database.
CREATE TABLE backup_operator_action (
    id          BIGSERIAL     NOT NULL,
    action      VARCHAR(20)   NOT NULL,
    operator    VARCHAR(100)  NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    archive     VARCHAR(1000),
    started_at  TIMESTAMPTZ   NOT NULL,
    finished_at TIMESTAMPTZ,
    outcome     VARCHAR(4000),
    CONSTRAINT backup_operator_action_pk PRIMARY KEY (id)
);
