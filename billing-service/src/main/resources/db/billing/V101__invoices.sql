-- Gap-free counters of legal document numbers, one row per series (e.g. '2026', 'CN-2026').
CREATE TABLE document_number_series (
    series      VARCHAR(32) NOT NULL,
    last_number BIGINT      NOT NULL,
    CONSTRAINT document_number_series_pk PRIMARY KEY (series)
);

-- Written in the issuing transaction: what an inbound payment is checked against.
CREATE TABLE issued_invoice (
    invoice_id     VARCHAR(64) NOT NULL,
    invoice_number VARCHAR(32) NOT NULL,
    account_id     VARCHAR(64) NOT NULL,
    currency       CHAR(3)     NOT NULL,
    issued_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT issued_invoice_pk PRIMARY KEY (invoice_id),
    CONSTRAINT issued_invoice_number_uq UNIQUE (invoice_number)
);

-- Read models of the projection "billing-invoices", rebuilt from events on replay.
CREATE TABLE invoice_view (
    invoice_id     VARCHAR(64)    NOT NULL,
    invoice_number VARCHAR(32)    NOT NULL,
    account_id     VARCHAR(64)    NOT NULL,
    currency       CHAR(3)        NOT NULL,
    total          NUMERIC(19, 4) NOT NULL,
    paid           NUMERIC(19, 4) NOT NULL,
    credited       NUMERIC(19, 4) NOT NULL,
    refunded       NUMERIC(19, 4) NOT NULL,
    open_amount    NUMERIC(19, 4) NOT NULL,
    status         VARCHAR(16)    NOT NULL,
    lines          JSONB          NOT NULL,
    issued_at      TIMESTAMPTZ    NOT NULL,
    due_at         TIMESTAMPTZ    NOT NULL,
    paid_at        TIMESTAMPTZ,
    CONSTRAINT invoice_view_pk PRIMARY KEY (invoice_id)
);
CREATE INDEX invoice_view_account_idx ON invoice_view (account_id, issued_at);

CREATE TABLE invoice_payment_view (
    payment_id  VARCHAR(128)   NOT NULL,
    invoice_id  VARCHAR(64)    NOT NULL,
    amount      NUMERIC(19, 4) NOT NULL,
    applied     NUMERIC(19, 4) NOT NULL,
    overpaid    NUMERIC(19, 4) NOT NULL,
    currency    CHAR(3)        NOT NULL,
    source      VARCHAR(16)    NOT NULL,
    recorded_at TIMESTAMPTZ    NOT NULL,
    CONSTRAINT invoice_payment_view_pk PRIMARY KEY (payment_id)
);
CREATE INDEX invoice_payment_view_invoice_idx ON invoice_payment_view (invoice_id, recorded_at);

CREATE TABLE credit_note_view (
    credit_note_number VARCHAR(32)    NOT NULL,
    invoice_id         VARCHAR(64)    NOT NULL,
    amount             NUMERIC(19, 4) NOT NULL,
    currency           CHAR(3)        NOT NULL,
    reason             VARCHAR(2000)  NOT NULL,
    issued_at          TIMESTAMPTZ    NOT NULL,
    CONSTRAINT credit_note_view_pk PRIMARY KEY (credit_note_number)
);
CREATE INDEX credit_note_view_invoice_idx ON credit_note_view (invoice_id);

CREATE TABLE refund_view (
    refund_id   VARCHAR(128)   NOT NULL,
    invoice_id  VARCHAR(64)    NOT NULL,
    amount      NUMERIC(19, 4) NOT NULL,
    currency    CHAR(3)        NOT NULL,
    reason      VARCHAR(2000)  NOT NULL,
    refunded_at TIMESTAMPTZ    NOT NULL,
    CONSTRAINT refund_view_pk PRIMARY KEY (refund_id)
);
CREATE INDEX refund_view_invoice_idx ON refund_view (invoice_id);
