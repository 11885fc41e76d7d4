-- crmkit schema V8 for PostgreSQL 13+: the event outbox.
-- Same conventions as V1: tenant first in the primary key and the tenant's pending index, BIGINT
-- microsecond instants. seq comes from the sequence, one value per event (allocation size 1, so
-- values grow in the order events are appended, across every process); the pending index without
-- tenant serves the poller that polls every tenant.

CREATE SEQUENCE crm_event_outbox_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE crm_event_outbox (
  tenant_id VARCHAR(64) COLLATE "C" NOT NULL,
  seq BIGINT NOT NULL,
  aggregate_type VARCHAR(32) COLLATE "C" NOT NULL,
  aggregate_id VARCHAR(128) COLLATE "C" NOT NULL,
  event_type VARCHAR(64) COLLATE "C" NOT NULL,
  occurred_at_us BIGINT NOT NULL,
  payload TEXT NOT NULL,
  delivered_at_us BIGINT,
  CONSTRAINT crm_event_outbox_pk PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX crm_event_outbox_pending ON crm_event_outbox (tenant_id, delivered_at_us, seq);
CREATE INDEX crm_event_outbox_pending_all ON crm_event_outbox (delivered_at_us, seq);
