-- crmkit schema V4 for MariaDB 10.6+: customer facts.
-- Same conventions as V1: tenant first in every key, canonical UUID text ids, BIGINT microsecond
-- instants.

CREATE TABLE crm_customer_facts (
  tenant_id VARCHAR(64) NOT NULL,
  customer_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  order_count BIGINT NOT NULL,
  lifetime_spend MEDIUMTEXT NOT NULL,
  largest_orders MEDIUMTEXT NOT NULL,
  first_order_date DATE,
  last_order_date DATE,
  recent_orders MEDIUMTEXT NOT NULL,
  contract_count BIGINT NOT NULL,
  contract_coverage MEDIUMTEXT NOT NULL,
  interaction_count BIGINT NOT NULL,
  last_contact_at_us BIGINT,
  last_contact_channel VARCHAR(16),
  last_contact_activity CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  next_contact_on DATE,
  feedback_count BIGINT NOT NULL,
  satisfaction_count BIGINT NOT NULL,
  satisfaction_sum BIGINT NOT NULL,
  nps_count BIGINT NOT NULL,
  nps_promoters BIGINT NOT NULL,
  nps_detractors BIGINT NOT NULL,
  CONSTRAINT crm_customer_facts_pk PRIMARY KEY (tenant_id, customer_id)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
CREATE INDEX crm_customer_facts_by_next_contact_on ON crm_customer_facts (tenant_id, next_contact_on, customer_id);
