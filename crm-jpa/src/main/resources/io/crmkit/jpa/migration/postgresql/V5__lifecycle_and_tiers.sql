-- crmkit schema V5 for PostgreSQL 13+: lifecycle histories, tier ladders and tier histories.
-- Same conventions as V1: tenant first in every key, canonical UUID text ids, BIGINT microsecond
-- instants.

CREATE TABLE crm_lifecycle (
  tenant_id VARCHAR(64) COLLATE "C" NOT NULL,
  customer_id CHARACTER(36) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  current_stage VARCHAR(16) NOT NULL,
  CONSTRAINT crm_lifecycle_pk PRIMARY KEY (tenant_id, customer_id)
);
CREATE INDEX crm_lifecycle_by_current_stage ON crm_lifecycle (tenant_id, current_stage, customer_id);

CREATE TABLE crm_lifecycle_change (
  tenant_id VARCHAR(64) COLLATE "C" NOT NULL,
  customer_id CHARACTER(36) COLLATE "C" NOT NULL,
  seq_no INTEGER NOT NULL,
  from_stage VARCHAR(16),
  to_stage VARCHAR(16) NOT NULL,
  at_us BIGINT NOT NULL,
  reason VARCHAR(500) NOT NULL,
  actor_ref VARCHAR(64) COLLATE "C" NOT NULL,
  CONSTRAINT crm_lifecycle_change_pk PRIMARY KEY (tenant_id, customer_id, seq_no)
);

CREATE TABLE crm_tier_ladder (
  tenant_id VARCHAR(64) COLLATE "C" NOT NULL,
  ladder_key VARCHAR(64) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  downgrade_grace_days INTEGER NOT NULL,
  tiers TEXT NOT NULL,
  CONSTRAINT crm_tier_ladder_pk PRIMARY KEY (tenant_id, ladder_key)
);

CREATE TABLE crm_tier_history (
  tenant_id VARCHAR(64) COLLATE "C" NOT NULL,
  customer_id CHARACTER(36) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  pending_downgrades TEXT NOT NULL,
  CONSTRAINT crm_tier_history_pk PRIMARY KEY (tenant_id, customer_id)
);

CREATE TABLE crm_tier_assignment (
  tenant_id VARCHAR(64) COLLATE "C" NOT NULL,
  customer_id CHARACTER(36) COLLATE "C" NOT NULL,
  ladder_key VARCHAR(64) COLLATE "C" NOT NULL,
  from_us BIGINT NOT NULL,
  tier_code VARCHAR(64) COLLATE "C" NOT NULL,
  thru_us BIGINT,
  source_kind VARCHAR(16) NOT NULL,
  rule_id VARCHAR(64) COLLATE "C",
  reason VARCHAR(500) NOT NULL,
  by_ref VARCHAR(64) COLLATE "C" NOT NULL,
  locked_until_us BIGINT,
  CONSTRAINT crm_tier_assignment_pk PRIMARY KEY (tenant_id, customer_id, ladder_key, from_us)
);
CREATE INDEX crm_tier_assignment_by_tier ON crm_tier_assignment (tenant_id, ladder_key, tier_code, customer_id);
