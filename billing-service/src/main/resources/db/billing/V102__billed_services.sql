-- billing-service's own copy of the hosted services it invoices, kept from the account topic. Renewal invoicing is
-- derived from it against the injected clock, so it is durable and rebuilt from events (the topic keeps them all).
CREATE TABLE billed_service (
    service_id             VARCHAR(64)    NOT NULL,
    account_id             VARCHAR(64)    NOT NULL,
    kind                   VARCHAR(16)    NOT NULL,
    plan                   VARCHAR(200)   NOT NULL,
    price                  NUMERIC(19, 4) NOT NULL,
    currency               CHAR(3)        NOT NULL,
    term                   VARCHAR(16)    NOT NULL,
    status                 VARCHAR(16)    NOT NULL,
    anchor_at              TIMESTAMPTZ,
    renewal_at             TIMESTAMPTZ,
    renewal_invoiced_for   TIMESTAMPTZ,
    cancel_at_end_of_term  BOOLEAN        NOT NULL DEFAULT FALSE,
    CONSTRAINT billed_service_pk PRIMARY KEY (service_id)
);
CREATE INDEX billed_service_renewal_idx ON billed_service (status, renewal_at);
