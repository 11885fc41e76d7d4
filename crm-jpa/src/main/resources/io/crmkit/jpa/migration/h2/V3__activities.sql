-- crmkit schema V3 for H2 2.x: activities.
-- Same conventions as V1: tenant first in every key, canonical UUID text ids, BIGINT microsecond
-- instants, doubled lengths (H2 counts UTF-16 units).

CREATE TABLE crm_activity (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  id CHARACTER(36) NOT NULL,
  customer_id CHARACTER(36) NOT NULL,
  kind CHARACTER VARYING(16) NOT NULL,
  recorded_at_us BIGINT NOT NULL,
  activity_day DATE NOT NULL,
  amount DECIMAL(21,6),
  currency CHARACTER VARYING(3),
  end_day DATE,
  category CHARACTER VARYING(128),
  reference CHARACTER VARYING(200),
  renewal_of CHARACTER(36),
  contact_id CHARACTER(36),
  interaction_type CHARACTER VARYING(16),
  occurred_at_us BIGINT,
  by_user CHARACTER VARYING(128),
  outcome CHARACTER VARYING(4000),
  next_contact_on DATE,
  satisfaction INTEGER,
  nps INTEGER,
  feedback_comment CHARACTER VARYING(8000),
  channel CHARACTER VARYING(16),
  CONSTRAINT crm_activity_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_activity_by_customer ON crm_activity (tenant_id, customer_id, id);
CREATE INDEX crm_activity_by_kind ON crm_activity (tenant_id, kind, id);
CREATE INDEX crm_activity_by_recorded_at ON crm_activity (tenant_id, recorded_at_us, id);
