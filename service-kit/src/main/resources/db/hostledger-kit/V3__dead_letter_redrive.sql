-- Keep the rejected record itself, so an operator can read it, correct it and re-drive it without Kafka tools.
ALTER TABLE dead_lettered_record
    ADD COLUMN record_value   BYTEA,
    ADD COLUMN status         VARCHAR(20) NOT NULL DEFAULT 'OPEN',
    ADD COLUMN redriven_at    TIMESTAMPTZ,
    ADD COLUMN redriven_by    VARCHAR(100),
    ADD COLUMN redrive_reason VARCHAR(2000);
CREATE INDEX dead_lettered_record_status_idx ON dead_lettered_record (status, id);
