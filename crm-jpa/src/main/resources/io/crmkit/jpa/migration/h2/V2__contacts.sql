-- crmkit schema V2 for H2 2.x: contacts.
-- Same conventions as V1: tenant first in every key, canonical UUID text ids, BIGINT microsecond
-- instants, doubled lengths (H2 counts UTF-16 units).

CREATE TABLE crm_contact (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  id CHARACTER(36) NOT NULL,
  customer_id CHARACTER(36) NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL,
  name_chinese CHARACTER VARYING(200),
  name_chinese_family CHARACTER VARYING(200),
  name_chinese_order CHARACTER VARYING(16),
  name_latin CHARACTER VARYING(200),
  name_latin_family CHARACTER VARYING(200),
  name_latin_order CHARACTER VARYING(16),
  title CHARACTER VARYING(400),
  department CHARACTER VARYING(400),
  roles CHARACTER VARYING(200) NOT NULL,
  contact_points CHARACTER VARYING NOT NULL,
  birthday_calendar CHARACTER VARYING(16),
  birthday_year INTEGER,
  birthday_month INTEGER,
  birthday_day INTEGER,
  birthday_leap_month BOOLEAN,
  preferred_language CHARACTER VARYING(100),
  attributes CHARACTER VARYING NOT NULL,
  CONSTRAINT crm_contact_pk PRIMARY KEY (tenant_id, id)
);
CREATE INDEX crm_contact_by_customer ON crm_contact (tenant_id, customer_id, id);

CREATE TABLE crm_contact_key (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  contact_id CHARACTER(36) NOT NULL,
  search_key CHARACTER VARYING(600) NOT NULL,
  CONSTRAINT crm_contact_key_pk PRIMARY KEY (tenant_id, contact_id, search_key)
);
CREATE INDEX crm_contact_key_by_search_key ON crm_contact_key (tenant_id, search_key, contact_id);
