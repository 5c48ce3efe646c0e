-- Issue 8: durable delivery with retries, in-doubt detection and suppression.

-- The currency the customer is billed in, to render amounts.
ALTER TABLE recipient ADD COLUMN currency VARCHAR(3);

-- Once per (source event id, template, account id): the notification id is a name-based UUID of the three, and this
-- row is written in the consumer's transaction, so a redelivered record, a reset offset or a re-published history
-- finds it and asks for nothing. It also keeps what the message is rendered from, for retries and re-sends.
CREATE TABLE notification_request (
    notification_id VARCHAR(64)   NOT NULL,
    source_event_id VARCHAR(255)  NOT NULL,
    template        VARCHAR(100)  NOT NULL,
    account_id      VARCHAR(64)   NOT NULL,
    recipient_email VARCHAR(254)  NOT NULL,
    recipient_name  VARCHAR(200)  NOT NULL,
    time_zone       VARCHAR(64)   NOT NULL,
    model           JSONB         NOT NULL,
    requested_at    TIMESTAMPTZ   NOT NULL,
    CONSTRAINT notification_request_pk PRIMARY KEY (notification_id)
);

-- Messages still to be sent. QUEUED rows are due at next_attempt_at (the injected Clock decides, never the
-- database's now()); SENDING rows were claimed by a worker whose attempt is recorded as started. A SENDING row
-- whose worker went silent is in doubt: it is never sent again without an operator.
CREATE TABLE delivery_queue (
    notification_id VARCHAR(64)   NOT NULL,
    template        VARCHAR(100)  NOT NULL,
    state           VARCHAR(10)   NOT NULL,
    attempts        INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ   NOT NULL,
    claimed_by      VARCHAR(100),
    claimed_at      TIMESTAMPTZ,
    last_error      VARCHAR(2000),
    CONSTRAINT delivery_queue_pk PRIMARY KEY (notification_id),
    CONSTRAINT delivery_queue_request_fk FOREIGN KEY (notification_id)
        REFERENCES notification_request (notification_id),
    CONSTRAINT delivery_queue_state_ck CHECK (state IN ('QUEUED', 'SENDING'))
);
CREATE INDEX delivery_queue_due_idx ON delivery_queue (state, next_attempt_at);

-- Each delivering process says it is alive; the unfinished attempts of a silent one are in doubt.
CREATE TABLE delivery_worker (
    owner        VARCHAR(100) NOT NULL,
    heartbeat_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT delivery_worker_pk PRIMARY KEY (owner)
);

-- The customer's log shows every step with its time and reason.
ALTER TABLE notification_log RENAME COLUMN failure_reason TO reason;
ALTER TABLE notification_log
    ADD COLUMN attempts        INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN last_attempt_at TIMESTAMPTZ,
    ADD COLUMN next_attempt_at TIMESTAMPTZ,
    ADD COLUMN updated_at      TIMESTAMPTZ;
UPDATE notification_log SET updated_at = coalesce(sent_at, requested_at);
CREATE INDEX notification_log_status_idx ON notification_log (status, updated_at);
CREATE INDEX notification_log_template_idx ON notification_log (template, status);
