-- Projection "grace-periods": every window with its scope and state, and the ending notices given.
CREATE TABLE grace_period_view (
    grace_period_id VARCHAR(64)   NOT NULL,
    starts_at       TIMESTAMPTZ   NOT NULL,
    ends_at         TIMESTAMPTZ   NOT NULL,
    scope           JSONB         NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    incident_id     VARCHAR(64),
    status          VARCHAR(16)   NOT NULL,
    declared_at     TIMESTAMPTZ   NOT NULL,
    ended_at        TIMESTAMPTZ,
    CONSTRAINT grace_period_view_pk PRIMARY KEY (grace_period_id)
);

CREATE TABLE grace_notice (
    grace_period_id VARCHAR(64) NOT NULL,
    account_id      VARCHAR(64) NOT NULL,
    ends_at         TIMESTAMPTZ NOT NULL,
    noticed_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT grace_notice_pk PRIMARY KEY (grace_period_id, account_id, ends_at)
);

-- Projection "suspension-ledger": per invoice and service, suspended for non-payment now, or held back (deferred)
-- by a grace period until when.
CREATE TABLE service_suspension_state (
    invoice_id      VARCHAR(64) NOT NULL,
    service_id      VARCHAR(64) NOT NULL,
    account_id      VARCHAR(64) NOT NULL,
    state           VARCHAR(16) NOT NULL,
    grace_period_id VARCHAR(64),
    until           TIMESTAMPTZ,
    CONSTRAINT service_suspension_state_pk PRIMARY KEY (invoice_id, service_id)
);
CREATE INDEX service_suspension_state_idx ON service_suspension_state (state, until);

ALTER TABLE dunning_schedule ADD COLUMN service_ids JSONB NOT NULL DEFAULT '[]'::jsonb;
