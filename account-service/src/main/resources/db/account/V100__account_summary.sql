-- account-service read models (versions from 100 on: 1-99 belong to the shared Axon tables in db/hostledger-kit).
CREATE TABLE account_summary (
    account_id VARCHAR(64)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    email      VARCHAR(254) NOT NULL,
    time_zone  VARCHAR(64)  NOT NULL,
    currency   CHAR(3)      NOT NULL,
    opened_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT account_summary_pk PRIMARY KEY (account_id)
);
