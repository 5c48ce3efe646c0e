-- Projection "dunning-schedule": the next dunning step of every unpaid invoice and when it comes. The deadlines are
-- durable because they live here, and rebuilt from the invoices' events by a replay (a restore brings them back).
CREATE TABLE dunning_schedule (
    invoice_id   VARCHAR(64)  NOT NULL,
    account_id   VARCHAR(64)  NOT NULL,
    due_at       TIMESTAMPTZ  NOT NULL,
    pays_for_services BOOLEAN NOT NULL,
    next_step    VARCHAR(32),
    next_step_at TIMESTAMPTZ,
    CONSTRAINT dunning_schedule_pk PRIMARY KEY (invoice_id)
);
CREATE INDEX dunning_schedule_due_idx ON dunning_schedule (next_step_at) WHERE next_step IS NOT NULL;

-- The steps each invoice went through, for support.
CREATE TABLE dunning_history (
    invoice_id VARCHAR(64) NOT NULL,
    step       VARCHAR(32) NOT NULL,
    taken_at   TIMESTAMPTZ NOT NULL,
    CONSTRAINT dunning_history_pk PRIMARY KEY (invoice_id, step)
);
