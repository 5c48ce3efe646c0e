-- billing-service tables (versions from 100 on: 1-99 belong to the shared Axon tables in db/hostledger-kit).
CREATE TABLE billing_account (
    account_id VARCHAR(64) NOT NULL,
    currency   CHAR(3)     NOT NULL,
    time_zone  VARCHAR(64) NOT NULL,
    opened_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT billing_account_pk PRIMARY KEY (account_id)
);
