-- crmkit schema V3 for MariaDB 10.6+: activities.
-- Same conventions as V1: tenant first in every key, canonical UUID text ids, BIGINT microsecond
-- instants.

CREATE TABLE crm_activity (
  tenant_id VARCHAR(64) NOT NULL,
  id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  customer_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  kind VARCHAR(16) NOT NULL,
  recorded_at_us BIGINT NOT NULL,
  activity_day DATE NOT NULL,
  amount DECIMAL(21,6),
  currency VARCHAR(3) CHARACTER SET ascii COLLATE ascii_bin,
  end_day DATE,
  category VARCHAR(64),
  reference VARCHAR(100),
  renewal_of CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  contact_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  interaction_type VARCHAR(16),
  occurred_at_us BIGINT,
  by_user VARCHAR(64),
  outcome VARCHAR(2000),
  next_contact_on DATE,
  satisfaction INTEGER,
  nps INTEGER,
  feedback_comment VARCHAR(4000),
  channel VARCHAR(16),
  CONSTRAINT crm_activity_pk PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
CREATE INDEX crm_activity_by_customer ON crm_activity (tenant_id, customer_id, id);
CREATE INDEX crm_activity_by_kind ON crm_activity (tenant_id, kind, id);
CREATE INDEX crm_activity_by_recorded_at ON crm_activity (tenant_id, recorded_at_us, id);
