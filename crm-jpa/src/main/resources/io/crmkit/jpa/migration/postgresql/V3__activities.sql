-- crmkit schema V3 for PostgreSQL 13+: activities.
-- Same conventions as V1: tenant first in every key, canonical UUID text ids, BIGINT microsecond
-- instants.

CREATE TABLE crm_activity (
  tenant_id VARCHAR(64) COLLATE "C" NOT NULL,
  id CHARACTER(36) COLLATE "C" NOT NULL,
  customer_id CHARACTER(36) COLLATE "C" NOT NULL,
  kind VARCHAR(16) NOT NULL,
  recorded_at_us BIGINT NOT NULL,
  activity_day DATE NOT NULL,
  amount DECIMAL(21,6),
  currency VARCHAR(3) COLLATE "C",
  end_day DATE,
  category VARCHAR(64) COLLATE "C",
  reference VARCHAR(100) COLLATE "C",
  renewal_of CHARACTER(36) COLLATE "C",
  contact_id CHARACTER(36) COLLATE "C",
  interaction_type VARCHAR(16),
  occurred_at_us BIGINT,
  by_user VARCHAR(64) COLLATE "C",
  outcome VARCHAR(2000) COLLATE "C",
  next_contact_on DATE,
  satisfaction INTEGER,
  nps INTEGER,
  feedback_comment VARCHAR(4000) COLLATE "C",
  channel VARCHAR(16),
  CONSTRAINT crm_activity_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_activity_by_customer ON crm_activity (tenant_id, customer_id, id);
CREATE INDEX crm_activity_by_kind ON crm_activity (tenant_id, kind, id);
CREATE INDEX crm_activity_by_recorded_at ON crm_activity (tenant_id, recorded_at_us, id);
