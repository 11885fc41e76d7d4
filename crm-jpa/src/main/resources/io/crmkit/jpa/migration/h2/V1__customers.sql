-- crmkit schema V1 for H2 2.x: customers.
-- Lengths are doubled because H2 counts UTF-16 units and crmkit limits count code points.
-- Ids are library-assigned UUIDs in canonical lower-case text (36 characters), whose text order
-- is the unsigned byte order keyset paging needs on every database and provider. Instants are
-- BIGINT microseconds since the epoch (UTC), read the same by every provider in every JVM zone.
-- The tenant id leads every primary key and index, so that the tables can be sharded by tenant.

CREATE TABLE crm_customer (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  id CHARACTER(36) NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL,
  name_kind CHARACTER VARYING(16) NOT NULL,
  name_chinese CHARACTER VARYING(600),
  name_chinese_family CHARACTER VARYING(200),
  name_chinese_order CHARACTER VARYING(16),
  name_latin CHARACTER VARYING(600),
  name_latin_family CHARACTER VARYING(200),
  name_latin_order CHARACTER VARYING(16),
  industry CHARACTER VARYING(128),
  size_band CHARACTER VARYING(128),
  purchase_frequency CHARACTER VARYING(128),
  category CHARACTER VARYING(128),
  region CHARACTER VARYING(128),
  source CHARACTER VARYING(128),
  parent_id CHARACTER(36),
  owner_ref CHARACTER VARYING(128),
  deleted_at_us BIGINT,
  addresses CHARACTER VARYING NOT NULL,
  attributes CHARACTER VARYING NOT NULL,
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
  tenant_id CHARACTER VARYING(128) NOT NULL,
  customer_id CHARACTER(36) NOT NULL,
  tag CHARACTER VARYING(128) NOT NULL,
  CONSTRAINT crm_customer_tag_pk PRIMARY KEY (tenant_id, customer_id, tag)
);
CREATE INDEX crm_customer_tag_by_tag ON crm_customer_tag (tenant_id, tag, customer_id);

CREATE TABLE crm_customer_name_key (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  customer_id CHARACTER(36) NOT NULL,
  search_key CHARACTER VARYING(1200) NOT NULL,
  CONSTRAINT crm_customer_name_key_pk PRIMARY KEY (tenant_id, customer_id, search_key)
);
CREATE INDEX crm_customer_name_key_by_search_key ON crm_customer_name_key (tenant_id, search_key, customer_id);
