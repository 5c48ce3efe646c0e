-- Incidents billing opened, as heard on its topic: what renewal extensions are measured against.
CREATE TABLE known_incident (
    incident_id VARCHAR(64) NOT NULL,
    title       VARCHAR(500) NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL,
    ended_at    TIMESTAMPTZ,
    CONSTRAINT known_incident_pk PRIMARY KEY (incident_id)
);
