-- crmkit schema V4 for PostgreSQL 13+: customer facts.
-- Same conventions as V1: tenant first in every key, canonical UUID text ids, BIGINT microsecond
-- instants.

CREATE TABLE crm_customer_facts (
  tenant_id VARCHAR(64) COLLATE "C" NOT NULL,
  customer_id CHARACTER(36) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  order_count BIGINT NOT NULL,
  lifetime_spend TEXT NOT NULL,
  largest_orders TEXT NOT NULL,
  first_order_date DATE,
  last_order_date DATE,
  recent_orders TEXT NOT NULL,
  contract_count BIGINT NOT NULL,
  contract_coverage TEXT NOT NULL,
  interaction_count BIGINT NOT NULL,
  last_contact_at_us BIGINT,
  last_contact_channel VARCHAR(16),
  last_contact_activity CHARACTER(36) COLLATE "C",
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
