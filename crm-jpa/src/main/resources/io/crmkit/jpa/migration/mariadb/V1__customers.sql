-- crmkit schema V1 for MariaDB 10.6+: customers, utf8mb4 throughout.
-- utf8mb4_nopad_bin compares bytes (case- and trailing-space-sensitive, as Java does); ids are
-- ASCII so that they sort as their 16 unsigned bytes.
-- Ids are library-assigned UUIDs in canonical lower-case text (36 characters), whose text order
-- is the unsigned byte order keyset paging needs on every database and provider. Instants are
-- BIGINT microseconds since the epoch (UTC), read the same by every provider in every JVM zone.
-- The tenant id leads every primary key and index, so that the tables can be sharded by tenant.

CREATE TABLE crm_customer (
  tenant_id VARCHAR(64) NOT NULL,
  id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL,
  name_kind VARCHAR(16) NOT NULL,
  name_chinese VARCHAR(300),
  name_chinese_family VARCHAR(100),
  name_chinese_order VARCHAR(16),
  name_latin VARCHAR(300),
  name_latin_family VARCHAR(100),
  name_latin_order VARCHAR(16),
  industry VARCHAR(64),
  size_band VARCHAR(64),
  purchase_frequency VARCHAR(64),
  category VARCHAR(64),
  region VARCHAR(64),
  source VARCHAR(64),
  parent_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin,
  owner_ref VARCHAR(64),
  deleted_at_us BIGINT,
  addresses MEDIUMTEXT NOT NULL,
  attributes MEDIUMTEXT NOT NULL,
  CONSTRAINT crm_customer_pk PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
CREATE INDEX crm_customer_by_industry ON crm_customer (tenant_id, industry, id);
CREATE INDEX crm_customer_by_size_band ON crm_customer (tenant_id, size_band, id);
CREATE INDEX crm_customer_by_purchase_frequency ON crm_customer (tenant_id, purchase_frequency, id);
CREATE INDEX crm_customer_by_category ON crm_customer (tenant_id, category, id);
CREATE INDEX crm_customer_by_region ON crm_customer (tenant_id, region, id);
CREATE INDEX crm_customer_by_source ON crm_customer (tenant_id, source, id);
CREATE INDEX crm_customer_by_owner ON crm_customer (tenant_id, owner_ref, id);
CREATE INDEX crm_customer_by_parent ON crm_customer (tenant_id, parent_id, id);
CREATE INDEX crm_customer_by_updated_at ON crm_customer (tenant_id, updated_at_us, id);

CREATE TABLE crm_customer_tag (
  tenant_id VARCHAR(64) NOT NULL,
  customer_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  tag VARCHAR(64) NOT NULL,
  CONSTRAINT crm_customer_tag_pk PRIMARY KEY (tenant_id, customer_id, tag)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
CREATE INDEX crm_customer_tag_by_tag ON crm_customer_tag (tenant_id, tag, customer_id);

CREATE TABLE crm_customer_name_key (
  tenant_id VARCHAR(64) NOT NULL,
  customer_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  search_key VARCHAR(600) NOT NULL,
  CONSTRAINT crm_customer_name_key_pk PRIMARY KEY (tenant_id, customer_id, search_key)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
CREATE INDEX crm_customer_name_key_by_search_key ON crm_customer_name_key (tenant_id, search_key, customer_id);
