-- Issue 8: what notification-service must know, besides contact details, to address and check its messages. Kept
-- from the account and billing topics in the consumer's transaction (never from another service's tables).

-- Each account's services: the plan names messages speak of, and the kind a grace period's scope may name
-- (a provider-wide grace period is fanned out to the accounts whose services it protects).
CREATE TABLE account_service (
    service_id    VARCHAR(64)  NOT NULL,
    account_id    VARCHAR(64)  NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    plan          VARCHAR(100) NOT NULL,
    terminated_at TIMESTAMPTZ,
    CONSTRAINT account_service_pk PRIMARY KEY (service_id)
);
CREATE INDEX account_service_kind_idx ON account_service (kind, account_id);

-- Invoices as far as messages need them: the number customers know, and whether the invoice was settled (paid or
-- cancelled by a credit note), so a reminder queued before the settlement is not sent after it.
CREATE TABLE invoice_fact (
    invoice_id     VARCHAR(64)  NOT NULL,
    account_id     VARCHAR(64)  NOT NULL,
    invoice_number VARCHAR(64),
    settled_by     VARCHAR(200),
    settled_at     TIMESTAMPTZ,
    CONSTRAINT invoice_fact_pk PRIMARY KEY (invoice_id)
);

-- Grace windows' current end, and whether they closed (ended or cancelled): a notice announcing an end that no
-- longer holds is not sent. The scope is kept because an extension does not repeat it, yet is told to the same
-- accounts as the declaration.
CREATE TABLE grace_window (
    grace_period_id VARCHAR(64)   NOT NULL,
    ends_at         TIMESTAMPTZ   NOT NULL,
    scope           JSONB         NOT NULL,
    closed          VARCHAR(200),
    CONSTRAINT grace_window_pk PRIMARY KEY (grace_period_id)
);
