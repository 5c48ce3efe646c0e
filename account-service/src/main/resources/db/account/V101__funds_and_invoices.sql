ALTER TABLE account_summary ADD COLUMN balance NUMERIC(19, 4) NOT NULL DEFAULT 0;

-- Every change of an account's funds, for support ("why is my balance what it is?"). Projection "account-summary".
CREATE TABLE funds_movement (
    account_id    VARCHAR(64)    NOT NULL,
    kind          VARCHAR(32)    NOT NULL,
    operation_id  VARCHAR(128)   NOT NULL,
    amount        NUMERIC(19, 4) NOT NULL,
    balance_after NUMERIC(19, 4) NOT NULL,
    invoice_id    VARCHAR(64),
    reason        VARCHAR(2000),
    occurred_at   TIMESTAMPTZ    NOT NULL,
    CONSTRAINT funds_movement_pk PRIMARY KEY (account_id, kind, operation_id)
);

-- account-service's own copy of its accounts' invoices, kept from billing's topic (never billing's tables).
CREATE TABLE account_invoice (
    invoice_id     VARCHAR(64)    NOT NULL,
    account_id     VARCHAR(64)    NOT NULL,
    invoice_number VARCHAR(32)    NOT NULL,
    currency       CHAR(3)        NOT NULL,
    total          NUMERIC(19, 4) NOT NULL,
    open_amount    NUMERIC(19, 4) NOT NULL,
    status         VARCHAR(16)    NOT NULL,
    due_at         TIMESTAMPTZ    NOT NULL,
    CONSTRAINT account_invoice_pk PRIMARY KEY (invoice_id)
);
CREATE INDEX account_invoice_account_idx ON account_invoice (account_id, status);
