-- crmkit schema V1 for PostgreSQL 13+: customers.
-- Texts compare in the "C" collation (bytewise), so that ids sort as their 16 unsigned bytes and
-- name prefixes match exactly what Java's startsWith accepts.
-- Ids are library-assigned UUIDs in canonical lower-case text (36 characters), whose text order
-- is the unsigned byte order keyset paging needs on every database and provider. Instants are
-- BIGINT microseconds since the epoch (UTC), read the same by every provider in every JVM zone.
-- The tenant id leads every primary key and index, so that the tables can be sharded by tenant.

CREATE TABLE crm_customer (
  tenant_id VARCHAR(64) COLLATE "C" NOT NULL,
  id CHARACTER(36) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL,
  name_kind VARCHAR(16) NOT NULL,
  name_chinese VARCHAR(300) COLLATE "C",
  name_chinese_family VARCHAR(100) COLLATE "C",
  name_chinese_order VARCHAR(16),
  name_latin VARCHAR(300) COLLATE "C",
  name_latin_family VARCHAR(100) COLLATE "C",
  name_latin_order VARCHAR(16),
  industry VARCHAR(64) COLLATE "C",
  size_band VARCHAR(64) COLLATE "C",
  purchase_frequency VARCHAR(64) COLLATE "C",
  category VARCHAR(64) COLLATE "C",
  region VARCHAR(64) COLLATE "C",
  source VARCHAR(64) COLLATE "C",
  parent_id CHARACTER(36) COLLATE "C",
  owner_ref VARCHAR(64) COLLATE "C",
  deleted_at_us BIGINT,
  addresses TEXT NOT NULL,
  attributes TEXT NOT NULL,
  CONSTRAINT crm_customer_pk PRIMARY KEY (tenant_id, id)
);
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
  tenant_id VARCHAR(64) COLLATE "C" NOT NULL,
  customer_id CHARACTER(36) COLLATE "C" NOT NULL,
  tag VARCHAR(64) COLLATE "C" NOT NULL,
  CONSTRAINT crm_customer_tag_pk PRIMARY KEY (tenant_id, customer_id, tag)
);
CREATE INDEX crm_customer_tag_by_tag ON crm_customer_tag (tenant_id, tag, customer_id);

CREATE TABLE crm_customer_name_key (
  tenant_id VARCHAR(64) COLLATE "C" NOT NULL,
  customer_id CHARACTER(36) COLLATE "C" NOT NULL,
  search_key VARCHAR(600) COLLATE "C" NOT NULL,
  CONSTRAINT crm_customer_name_key_pk PRIMARY KEY (tenant_id, customer_id, search_key)
);
CREATE INDEX crm_customer_name_key_by_search_key ON crm_customer_name_key (tenant_id, search_key, customer_id);
