-- notification-service tables (versions from 100 on: 1-99 belong to the shared Axon tables in db/hostledger-kit).
CREATE TABLE recipient (
    account_id VARCHAR(64)  NOT NULL,
    email      VARCHAR(254) NOT NULL,
    name       VARCHAR(200) NOT NULL,
    time_zone  VARCHAR(64)  NOT NULL,
    CONSTRAINT recipient_pk PRIMARY KEY (account_id)
);

CREATE TABLE notification_log (
    notification_id VARCHAR(64)   NOT NULL,
    account_id      VARCHAR(64)   NOT NULL,
    template        VARCHAR(100)  NOT NULL,
    source_event_id VARCHAR(255)  NOT NULL,
    recipient_email VARCHAR(254)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    subject         VARCHAR(500),
    failure_reason  VARCHAR(2000),
    requested_at    TIMESTAMPTZ   NOT NULL,
    sent_at         TIMESTAMPTZ,
    CONSTRAINT notification_log_pk PRIMARY KEY (notification_id)
);
CREATE INDEX notification_log_account_idx ON notification_log (account_id, requested_at);
