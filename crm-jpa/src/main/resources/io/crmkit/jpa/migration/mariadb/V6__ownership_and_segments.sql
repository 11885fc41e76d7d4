-- crmkit schema V6 for MariaDB 10.6+: public pools, ownerships with their moves, segments and
-- segment memberships, utf8mb4 throughout.
-- Same conventions as V1: tenant first in every key, canonical UUID text ids, BIGINT microsecond
-- instants, utf8mb4_nopad_bin (bytewise) texts. Pool ids and segment keys are crmkit codes (at
-- most 64 code points). Value sets and lists read whole with their row (pool members, the account
-- team, membership stays) are TextRecords texts; the ownership moves are rows of their own,
-- because OwnershipQuery.claimedBy filters on them.

CREATE TABLE crm_pool (
  tenant_id VARCHAR(64) NOT NULL,
  pool_id VARCHAR(64) NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  name VARCHAR(100) NOT NULL,
  members MEDIUMTEXT NOT NULL,
  departments MEDIUMTEXT NOT NULL,
  admins MEDIUMTEXT NOT NULL,
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
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE crm_ownership (
  tenant_id VARCHAR(64) NOT NULL,
  customer_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  owner_ref VARCHAR(64),
  pool_id VARCHAR(64),
  locked BOOLEAN NOT NULL,
  team MEDIUMTEXT NOT NULL,
  CONSTRAINT crm_ownership_pk PRIMARY KEY (tenant_id, customer_id)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
CREATE INDEX crm_ownership_by_owner ON crm_ownership (tenant_id, owner_ref, customer_id);
CREATE INDEX crm_ownership_by_pool ON crm_ownership (tenant_id, pool_id, customer_id);

CREATE TABLE crm_ownership_move (
  tenant_id VARCHAR(64) NOT NULL,
  customer_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  move_no INTEGER NOT NULL,
  kind VARCHAR(16) NOT NULL,
  previous_owner VARCHAR(64),
  new_owner VARCHAR(64),
  pool_id VARCHAR(64),
  actor VARCHAR(64) NOT NULL,
  at_us BIGINT NOT NULL,
  reason VARCHAR(500) NOT NULL,
  CONSTRAINT crm_ownership_move_pk PRIMARY KEY (tenant_id, customer_id, move_no)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
CREATE INDEX crm_ownership_move_by_new_owner ON crm_ownership_move (tenant_id, new_owner, kind, at_us, customer_id);

CREATE TABLE crm_segment (
  tenant_id VARCHAR(64) NOT NULL,
  segment_key VARCHAR(64) NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  name VARCHAR(100) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  rule_ref VARCHAR(64),
  computed_as_of_us BIGINT,
  marketing_list BOOLEAN NOT NULL,
  CONSTRAINT crm_segment_pk PRIMARY KEY (tenant_id, segment_key)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;

CREATE TABLE crm_segment_membership (
  tenant_id VARCHAR(64) NOT NULL,
  segment_key VARCHAR(64) NOT NULL,
  customer_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  current_member BOOLEAN NOT NULL,
  opt_in VARCHAR(16) NOT NULL,
  periods MEDIUMTEXT NOT NULL,
  CONSTRAINT crm_segment_membership_pk PRIMARY KEY (tenant_id, segment_key, customer_id)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
CREATE INDEX crm_segment_membership_by_customer ON crm_segment_membership (tenant_id, customer_id, segment_key);
