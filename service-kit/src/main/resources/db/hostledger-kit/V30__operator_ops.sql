-- Operators' long-running actions (replay, re-publish), who asked for them and why, and how they ended. Kept
-- after the run: the record of an operator action must outlive the instance that ran it.
CREATE TABLE operator_run (
    id            VARCHAR(36)   NOT NULL,
    kind          VARCHAR(30)   NOT NULL,
    target        VARCHAR(255)  NOT NULL,
    operator      VARCHAR(255)  NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    requested_at  TIMESTAMPTZ   NOT NULL,
    finished_at   TIMESTAMPTZ,
    outcome       VARCHAR(30)   NOT NULL,
    detail        VARCHAR(4000),
    CONSTRAINT operator_run_pk PRIMARY KEY (id)
);

-- A projection being replayed: every instance of the service reads this before it runs the processor and shuts its
-- own down while another instance holds a live lease (Axon has no cluster coordination without Axon Server).
-- heartbeat_at is the database's clock, the one clock all instances share.
CREATE TABLE replay_lease (
    processor_name VARCHAR(255) NOT NULL,
    run_id         VARCHAR(36)  NOT NULL,
    owner          VARCHAR(255) NOT NULL,
    acquired_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    heartbeat_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT replay_lease_pk PRIMARY KEY (processor_name)
);

-- Maintenance mode: one row, read by every automated action before it acts. The history (who paused, who resumed,
-- why) is in the event store as AutomationPaused / AutomationResumed of the aggregate 'maintenance-window'.
CREATE TABLE maintenance_mode (
    id              SMALLINT      NOT NULL,
    paused          BOOLEAN       NOT NULL,
    changed_at      TIMESTAMPTZ,
    changed_by      VARCHAR(255),
    reason          VARCHAR(2000),
    sequence_number BIGINT        NOT NULL,
    CONSTRAINT maintenance_mode_pk PRIMARY KEY (id),
    CONSTRAINT maintenance_mode_single_row CHECK (id = 1)
);
INSERT INTO maintenance_mode (id, paused, sequence_number) VALUES (1, FALSE, -1);
