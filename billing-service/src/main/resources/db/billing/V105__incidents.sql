-- Projection "incident-report" (billing's own events) plus facts billing hears on the account and notification
-- topics: everything an incident's post-mortem report counts.
CREATE TABLE incident_view (
    incident_id VARCHAR(64)    NOT NULL,
    title       VARCHAR(500)   NOT NULL,
    description VARCHAR(10000) NOT NULL,
    started_at  TIMESTAMPTZ    NOT NULL,
    ended_at    TIMESTAMPTZ,
    status      VARCHAR(16)    NOT NULL,
    opened_at   TIMESTAMPTZ    NOT NULL,
    CONSTRAINT incident_view_pk PRIMARY KEY (incident_id)
);
CREATE TABLE incident_window (
    grace_period_id VARCHAR(64) NOT NULL,
    incident_id     VARCHAR(64) NOT NULL,
    CONSTRAINT incident_window_pk PRIMARY KEY (grace_period_id)
);
CREATE TABLE incident_deferral (
    invoice_id      VARCHAR(64) NOT NULL,
    service_id      VARCHAR(64) NOT NULL,
    grace_period_id VARCHAR(64) NOT NULL,
    outcome         VARCHAR(32),
    CONSTRAINT incident_deferral_pk PRIMARY KEY (invoice_id, service_id, grace_period_id)
);
CREATE TABLE incident_release (
    invoice_id      VARCHAR(64) NOT NULL,
    service_id      VARCHAR(64) NOT NULL,
    grace_period_id VARCHAR(64) NOT NULL,
    CONSTRAINT incident_release_pk PRIMARY KEY (invoice_id, service_id, grace_period_id)
);
CREATE TABLE incident_notice (
    event_id        VARCHAR(255) NOT NULL,
    grace_period_id VARCHAR(64)  NOT NULL,
    account_id      VARCHAR(64)  NOT NULL,
    CONSTRAINT incident_notice_pk PRIMARY KEY (event_id)
);
-- Heard on other services' topics (written in the consumer's transaction, rebuilt by re-reading the topics).
CREATE TABLE notification_sent_fact (
    source_event_id VARCHAR(255) NOT NULL,
    template        VARCHAR(100) NOT NULL,
    CONSTRAINT notification_sent_fact_pk PRIMARY KEY (source_event_id, template)
);
CREATE TABLE incident_renewal_extension (
    service_id  VARCHAR(64) NOT NULL,
    incident_id VARCHAR(64) NOT NULL,
    CONSTRAINT incident_renewal_extension_pk PRIMARY KEY (service_id, incident_id)
);
CREATE TABLE incident_compensation (
    account_id  VARCHAR(64)    NOT NULL,
    incident_id VARCHAR(64)    NOT NULL,
    amount      NUMERIC(19, 4) NOT NULL,
    currency    CHAR(3)        NOT NULL,
    CONSTRAINT incident_compensation_pk PRIMARY KEY (account_id, incident_id)
);
