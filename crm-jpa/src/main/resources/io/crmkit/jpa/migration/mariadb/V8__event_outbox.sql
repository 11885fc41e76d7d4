-- crmkit schema V8 for MariaDB 10.6+: the event outbox.
-- Same conventions as V1: tenant first in the primary key and the tenant's pending index, BIGINT
-- microsecond instants. seq comes from the sequence, one value per event (allocation size 1, so
-- values grow in the order events are appended, across every connection of the server); the
-- pending index without tenant serves the poller that polls every tenant.

CREATE SEQUENCE crm_event_outbox_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE crm_event_outbox (
  tenant_id VARCHAR(64) NOT NULL,
  seq BIGINT NOT NULL,
  aggregate_type VARCHAR(32) NOT NULL,
  aggregate_id VARCHAR(128) NOT NULL,
  event_type VARCHAR(64) NOT NULL,
  occurred_at_us BIGINT NOT NULL,
  payload MEDIUMTEXT NOT NULL,
  delivered_at_us BIGINT,
  CONSTRAINT crm_event_outbox_pk PRIMARY KEY (tenant_id, seq)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
CREATE INDEX crm_event_outbox_pending ON crm_event_outbox (tenant_id, delivered_at_us, seq);
CREATE INDEX crm_event_outbox_pending_all ON crm_event_outbox (delivered_at_us, seq);
