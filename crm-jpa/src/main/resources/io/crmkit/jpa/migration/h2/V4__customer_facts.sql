-- crmkit schema V4 for H2 2.x: customer facts.
-- Same conventions as V1: tenant first in every key, canonical UUID text ids, BIGINT microsecond
-- instants, doubled lengths (H2 counts UTF-16 units).

CREATE TABLE crm_customer_facts (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  customer_id CHARACTER(36) NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  order_count BIGINT NOT NULL,
  lifetime_spend CHARACTER VARYING NOT NULL,
  largest_orders CHARACTER VARYING NOT NULL,
  first_order_date DATE,
  last_order_date DATE,
  recent_orders CHARACTER VARYING NOT NULL,
  contract_count BIGINT NOT NULL,
  contract_coverage CHARACTER VARYING NOT NULL,
  interaction_count BIGINT NOT NULL,
  last_contact_at_us BIGINT,
  last_contact_channel CHARACTER VARYING(16),
  last_contact_activity CHARACTER(36),
  next_contact_on DATE,
  feedback_count BIGINT NOT NULL,
  satisfaction_count BIGINT NOT NULL,
  satisfaction_sum BIGINT NOT NULL,
  nps_count BIGINT NOT NULL,
  nps_promoters BIGINT NOT NULL,
  nps_detractors BIGINT NOT NULL,
  CONSTRAINT crm_customer_facts_pk PRIMARY KEY (tenant_id, customer_id)
);
CREATE INDEX crm_customer_facts_by_next_contact_on ON crm_customer_facts (tenant_id, next_contact_on, customer_id);
