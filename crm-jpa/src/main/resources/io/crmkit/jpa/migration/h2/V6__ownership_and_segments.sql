-- crmkit schema V6 for H2 2.x: public pools, ownerships with their moves, segments and segment
-- memberships.
-- Same conventions as V1: tenant first in every key, canonical UUID text ids, BIGINT microsecond
-- instants, doubled lengths (H2 counts UTF-16 units). Pool ids and segment keys are crmkit codes
-- (at most 64 code points). Value sets and lists read whole with their row (pool members, the
-- account team, membership stays) are TextRecords texts; the ownership moves are rows of their
-- own, because OwnershipQuery.claimedBy filters on them.

CREATE TABLE crm_pool (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  pool_id CHARACTER VARYING(128) NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  name CHARACTER VARYING(200) NOT NULL,
  members CHARACTER VARYING NOT NULL,
  departments CHARACTER VARYING NOT NULL,
  admins CHARACTER VARYING NOT NULL,
  owner_quota INTEGER NOT NULL,
  won_customers_count BOOLEAN NOT NULL,
  claims_per_day INTEGER NOT NULL,
  ex_owner_cooldown_s BIGINT NOT NULL,
  ex_owner_cooldown_ns INTEGER NOT NULL,
  recycle_warning_days INTEGER NOT NULL,
  recycle_days_without_follow_up INTEGER NOT NULL,
  recycle_days_without_deal INTEGER NOT NULL,
  exempt_won_customers BOOLEAN NOT NULL,
  exempt_open_contracts BOOLEAN NOT NULL,
  CONSTRAINT crm_pool_pk PRIMARY KEY (tenant_id, pool_id)
);

CREATE TABLE crm_ownership (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  customer_id CHARACTER(36) NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  owner_ref CHARACTER VARYING(128),
  pool_id CHARACTER VARYING(128),
  locked BOOLEAN NOT NULL,
  team CHARACTER VARYING NOT NULL,
  CONSTRAINT crm_ownership_pk PRIMARY KEY (tenant_id, customer_id)
);
CREATE INDEX crm_ownership_by_owner ON crm_ownership (tenant_id, owner_ref, customer_id);
CREATE INDEX crm_ownership_by_pool ON crm_ownership (tenant_id, pool_id, customer_id);

CREATE TABLE crm_ownership_move (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  customer_id CHARACTER(36) NOT NULL,
  move_no INTEGER NOT NULL,
  kind CHARACTER VARYING(16) NOT NULL,
  previous_owner CHARACTER VARYING(128),
  new_owner CHARACTER VARYING(128),
  pool_id CHARACTER VARYING(128),
  actor CHARACTER VARYING(128) NOT NULL,
  at_us BIGINT NOT NULL,
  reason CHARACTER VARYING(1000) NOT NULL,
  CONSTRAINT crm_ownership_move_pk PRIMARY KEY (tenant_id, customer_id, move_no)
);
CREATE INDEX crm_ownership_move_by_new_owner ON crm_ownership_move (tenant_id, new_owner, kind, at_us, customer_id);

CREATE TABLE crm_segment (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  segment_key CHARACTER VARYING(128) NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  name CHARACTER VARYING(200) NOT NULL,
  kind CHARACTER VARYING(16) NOT NULL,
  rule_ref CHARACTER VARYING(128),
  computed_as_of_us BIGINT,
  marketing_list BOOLEAN NOT NULL,
  CONSTRAINT crm_segment_pk PRIMARY KEY (tenant_id, segment_key)
);

CREATE TABLE crm_segment_membership (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  segment_key CHARACTER VARYING(128) NOT NULL,
  customer_id CHARACTER(36) NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  current_member BOOLEAN NOT NULL,
  opt_in CHARACTER VARYING(16) NOT NULL,
  periods CHARACTER VARYING NOT NULL,
  CONSTRAINT crm_segment_membership_pk PRIMARY KEY (tenant_id, segment_key, customer_id)
);
CREATE INDEX crm_segment_membership_by_customer ON crm_segment_membership (tenant_id, customer_id, segment_key);
