-- Projection "hosted-services": every service with its lifecycle and renewal date.
CREATE TABLE hosted_service_view (
    service_id           VARCHAR(64)    NOT NULL,
    account_id           VARCHAR(64)    NOT NULL,
    kind                 VARCHAR(16)    NOT NULL,
    plan                 VARCHAR(200)   NOT NULL,
    spec                 JSONB          NOT NULL,
    price                NUMERIC(19, 4) NOT NULL,
    currency             CHAR(3)        NOT NULL,
    term                 VARCHAR(16)    NOT NULL,
    status               VARCHAR(32)    NOT NULL,
    ordered_at           TIMESTAMPTZ    NOT NULL,
    paid_at              TIMESTAMPTZ,
    delivered_at         TIMESTAMPTZ,
    renewal_at           TIMESTAMPTZ,
    cancellation_ends_at TIMESTAMPTZ,
    CONSTRAINT hosted_service_view_pk PRIMARY KEY (service_id)
);
CREATE INDEX hosted_service_view_account_idx ON hosted_service_view (account_id, ordered_at);

-- Which services each known invoice pays for (from billing's InvoiceIssued lines); a null period marks a first invoice.
CREATE TABLE account_invoice_line (
    invoice_id   VARCHAR(64) NOT NULL,
    service_id   VARCHAR(64) NOT NULL,
    period_start TIMESTAMPTZ,
    CONSTRAINT account_invoice_line_pk PRIMARY KEY (invoice_id, service_id)
);
