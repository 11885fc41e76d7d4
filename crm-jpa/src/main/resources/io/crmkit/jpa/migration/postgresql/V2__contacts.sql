-- crmkit schema V2 for PostgreSQL 13+: contacts.
-- Same conventions as V1: tenant first in every key, canonical UUID text ids, BIGINT microsecond
-- instants.

CREATE TABLE crm_contact (
  tenant_id VARCHAR(64) COLLATE "C" NOT NULL,
  id CHARACTER(36) COLLATE "C" NOT NULL,
  customer_id CHARACTER(36) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL,
  name_chinese VARCHAR(100) COLLATE "C",
  name_chinese_family VARCHAR(100) COLLATE "C",
  name_chinese_order VARCHAR(16),
  name_latin VARCHAR(100) COLLATE "C",
  name_latin_family VARCHAR(100) COLLATE "C",
  name_latin_order VARCHAR(16),
  title VARCHAR(200) COLLATE "C",
  department VARCHAR(200) COLLATE "C",
  roles VARCHAR(200) COLLATE "C" NOT NULL,
  contact_points TEXT NOT NULL,
  birthday_calendar VARCHAR(16),
  birthday_year INTEGER,
  birthday_month INTEGER,
  birthday_day INTEGER,
  birthday_leap_month BOOLEAN,
  preferred_language VARCHAR(100) COLLATE "C",
  attributes TEXT NOT NULL,
  CONSTRAINT crm_contact_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_contact_by_customer ON crm_contact (tenant_id, customer_id, id);

CREATE TABLE crm_contact_key (
  tenant_id VARCHAR(64) COLLATE "C" NOT NULL,
  contact_id CHARACTER(36) COLLATE "C" NOT NULL,
  search_key VARCHAR(300) COLLATE "C" NOT NULL,
  CONSTRAINT crm_contact_key_pk PRIMARY KEY (tenant_id, contact_id, search_key)
);
CREATE INDEX crm_contact_key_by_search_key ON crm_contact_key (tenant_id, search_key, contact_id);
