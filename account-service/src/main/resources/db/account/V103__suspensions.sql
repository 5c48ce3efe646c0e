-- Why a service is down: one entry per reason key ({"reasonKey", "reason", "since"}); it runs while empty.
ALTER TABLE hosted_service_view ADD COLUMN suspensions JSONB NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE hosted_service_view ADD COLUMN terminated_at TIMESTAMPTZ;
