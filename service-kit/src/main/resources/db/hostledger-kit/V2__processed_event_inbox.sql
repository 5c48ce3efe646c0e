-- Every CloudEvent id a consumer applied, written in the same transaction as the effect: a redelivered record
-- finds its id here and changes nothing.
CREATE TABLE processed_event (
    consumer       VARCHAR(100) NOT NULL,
    event_id       VARCHAR(255) NOT NULL,
    event_type     VARCHAR(255) NOT NULL,
    topic          VARCHAR(255) NOT NULL,
    partition_no   INTEGER      NOT NULL,
    record_offset  BIGINT       NOT NULL,
    processed_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT processed_event_pk PRIMARY KEY (consumer, event_id)
);

-- What a consumer sent to a dead-letter topic, so operators can count and list rejects without reading Kafka.
CREATE TABLE dead_lettered_record (
    id             BIGSERIAL     NOT NULL,
    consumer       VARCHAR(100)  NOT NULL,
    topic          VARCHAR(255)  NOT NULL,
    partition_no   INTEGER       NOT NULL,
    record_offset  BIGINT        NOT NULL,
    record_key     VARCHAR(255),
    reason         VARCHAR(2000) NOT NULL,
    dead_lettered_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT dead_lettered_record_pk PRIMARY KEY (id),
    CONSTRAINT dead_lettered_record_position_uq UNIQUE (consumer, topic, partition_no, record_offset)
);
