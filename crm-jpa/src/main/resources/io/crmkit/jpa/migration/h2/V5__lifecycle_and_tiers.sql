-- crmkit schema V5 for H2 2.x: lifecycle histories, tier ladders and tier histories.
-- Same conventions as V1: tenant first in every key, canonical UUID text ids, BIGINT microsecond
-- instants, doubled lengths (H2 counts UTF-16 units).

CREATE TABLE crm_lifecycle (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  customer_id CHARACTER(36) NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  current_stage CHARACTER VARYING(16) NOT NULL,
  CONSTRAINT crm_lifecycle_pk PRIMARY KEY (tenant_id, customer_id)
);
CREATE INDEX crm_lifecycle_by_current_stage ON crm_lifecycle (tenant_id, current_stage, customer_id);

CREATE TABLE crm_lifecycle_change (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  customer_id CHARACTER(36) NOT NULL,
  seq_no INTEGER NOT NULL,
  from_stage CHARACTER VARYING(16),
  to_stage CHARACTER VARYING(16) NOT NULL,
  at_us BIGINT NOT NULL,
  reason CHARACTER VARYING(1000) NOT NULL,
  actor_ref CHARACTER VARYING(128) NOT NULL,
  CONSTRAINT crm_lifecycle_change_pk PRIMARY KEY (tenant_id, customer_id, seq_no)
);

CREATE TABLE crm_tier_ladder (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  ladder_key CHARACTER VARYING(128) NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  downgrade_grace_days INTEGER NOT NULL,
  tiers CHARACTER VARYING NOT NULL,
  CONSTRAINT crm_tier_ladder_pk PRIMARY KEY (tenant_id, ladder_key)
);

CREATE TABLE crm_tier_history (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  customer_id CHARACTER(36) NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  pending_downgrades CHARACTER VARYING NOT NULL,
  CONSTRAINT crm_tier_history_pk PRIMARY KEY (tenant_id, customer_id)
);

CREATE TABLE crm_tier_assignment (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  customer_id CHARACTER(36) NOT NULL,
  ladder_key CHARACTER VARYING(128) NOT NULL,
  from_us BIGINT NOT NULL,
  tier_code CHARACTER VARYING(128) NOT NULL,
  thru_us BIGINT,
  source_kind CHARACTER VARYING(16) NOT NULL,
  rule_id CHARACTER VARYING(128),
  reason CHARACTER VARYING(1000) NOT NULL,
  by_ref CHARACTER VARYING(128) NOT NULL,
  locked_until_us BIGINT,
  CONSTRAINT crm_tier_assignment_pk PRIMARY KEY (tenant_id, customer_id, ladder_key, from_us)
);
CREATE INDEX crm_tier_assignment_by_tier ON crm_tier_assignment (tenant_id, ladder_key, tier_code, customer_id);
