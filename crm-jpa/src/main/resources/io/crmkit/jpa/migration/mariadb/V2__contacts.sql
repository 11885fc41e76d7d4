-- crmkit schema V2 for MariaDB 10.6+: contacts.
-- Same conventions as V1: tenant first in every key, canonical UUID text ids, BIGINT microsecond
-- instants.

CREATE TABLE crm_contact (
  tenant_id VARCHAR(64) NOT NULL,
  id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  customer_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL,
  name_chinese VARCHAR(100),
  name_chinese_family VARCHAR(100),
  name_chinese_order VARCHAR(16),
  name_latin VARCHAR(100),
  name_latin_family VARCHAR(100),
  name_latin_order VARCHAR(16),
  title VARCHAR(200),
  department VARCHAR(200),
  roles VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  contact_points MEDIUMTEXT NOT NULL,
  birthday_calendar VARCHAR(16),
  birthday_year INTEGER,
  birthday_month INTEGER,
  birthday_day INTEGER,
  birthday_leap_month BOOLEAN,
  preferred_language VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin,
  attributes MEDIUMTEXT NOT NULL,
  CONSTRAINT crm_contact_pk PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
CREATE INDEX crm_contact_by_customer ON crm_contact (tenant_id, customer_id, id);

CREATE TABLE crm_contact_key (
  tenant_id VARCHAR(64) NOT NULL,
  contact_id CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  search_key VARCHAR(300) NOT NULL,
  CONSTRAINT crm_contact_key_pk PRIMARY KEY (tenant_id, contact_id, search_key)
) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin;
CREATE INDEX crm_contact_key_by_search_key ON crm_contact_key (tenant_id, search_key, contact_id);
