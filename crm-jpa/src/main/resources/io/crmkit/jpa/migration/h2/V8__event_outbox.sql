-- crmkit schema V8 for H2 2.x: the event outbox.
-- Same conventions as V1: tenant first in the primary key and the tenant's pending index, BIGINT
-- microsecond instants, doubled lengths (H2 counts UTF-16 units). seq comes from the sequence, one
-- value per event (allocation size 1, so values grow in the order events are appended, across every
-- process); the pending index without tenant serves the poller that polls every tenant.

CREATE SEQUENCE crm_event_outbox_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE crm_event_outbox (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  seq BIGINT NOT NULL,
  aggregate_type CHARACTER VARYING(64) NOT NULL,
  aggregate_id CHARACTER VARYING(256) NOT NULL,
  event_type CHARACTER VARYING(128) NOT NULL,
  occurred_at_us BIGINT NOT NULL,
  payload CHARACTER VARYING(1000000) NOT NULL,
  delivered_at_us BIGINT,
  CONSTRAINT crm_event_outbox_pk PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX crm_event_outbox_pending ON crm_event_outbox (tenant_id, delivered_at_us, seq);
CREATE INDEX crm_event_outbox_pending_all ON crm_event_outbox (delivered_at_us, seq);
