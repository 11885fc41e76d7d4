-- crmkit schema V7 for H2 2.x: reminders, batch-job checkpoints, fitted models.
-- Same conventions as V1: tenant first in every key, canonical UUID text ids, BIGINT microsecond
-- instants, doubled lengths (H2 counts UTF-16 units).

-- A reminder's local due and series-start date-times are ISO-8601 text in its zone (zone_id), so
-- that no provider shifts them by the JVM zone; due_at_us is the instant it is due (the snooze end
-- while snoozed), which every list filters and orders on.
CREATE TABLE crm_reminder (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  id CHARACTER(36) NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL,
  customer_id CHARACTER(36),
  contact_id CHARACTER(36),
  owner_ref CHARACTER VARYING(128) NOT NULL,
  kind CHARACTER VARYING(64) NOT NULL,
  title CHARACTER VARYING(400) NOT NULL,
  note CHARACTER VARYING(8000),
  due_local CHARACTER VARYING(80) NOT NULL,
  zone_id CHARACTER VARYING(128) NOT NULL,
  lead_times CHARACTER VARYING NOT NULL,
  rrule CHARACTER VARYING,
  series_start_local CHARACTER VARYING(80) NOT NULL,
  status CHARACTER VARYING(32) NOT NULL,
  snoozed_until_us BIGINT,
  closed_at_us BIGINT,
  generated_by CHARACTER VARYING(128),
  idempotency_key CHARACTER VARYING(400),
  superseded BOOLEAN NOT NULL,
  due_at_us BIGINT NOT NULL,
  CONSTRAINT crm_reminder_pk PRIMARY KEY (tenant_id, id)
);
-- an owner's to-do list ("due for manager X up to D"), keyset-paged by (due_at_us, id)
CREATE INDEX crm_reminder_by_owner_due ON crm_reminder (tenant_id, owner_ref, due_at_us, id);
CREATE INDEX crm_reminder_by_customer_due ON crm_reminder (tenant_id, customer_id, due_at_us, id);
CREATE INDEX crm_reminder_by_due ON crm_reminder (tenant_id, due_at_us, id);

CREATE TABLE crm_job_checkpoint (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  job_id CHARACTER VARYING(128) NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  name CHARACTER VARYING(128) NOT NULL,
  done_through CHARACTER(36),
  resume_after CHARACTER VARYING(1024),
  status CHARACTER VARYING(32) NOT NULL,
  processed BIGINT NOT NULL,
  changed BIGINT NOT NULL,
  failed BIGINT NOT NULL,
  CONSTRAINT crm_job_checkpoint_pk PRIMARY KEY (tenant_id, job_id)
);

-- insert-only; concurrent pages of one job insert different keys and never conflict
CREATE TABLE crm_job_range (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  job_id CHARACTER VARYING(128) NOT NULL,
  first_customer CHARACTER(36) NOT NULL,
  last_customer CHARACTER(36) NOT NULL,
  processed BIGINT NOT NULL,
  changed BIGINT NOT NULL,
  failed BIGINT NOT NULL,
  CONSTRAINT crm_job_range_pk PRIMARY KEY (tenant_id, job_id, first_customer)
);

-- parameters are 8-byte doubles, which read back bit for bit; names are case-sensitive
CREATE TABLE crm_fitted_model (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  model_key CHARACTER VARYING(128) NOT NULL,
  version BIGINT NOT NULL,
  lock_version BIGINT NOT NULL,
  kind CHARACTER VARYING(128) NOT NULL,
  fit_date DATE NOT NULL,
  log_likelihood DOUBLE PRECISION NOT NULL,
  customers INTEGER NOT NULL,
  CONSTRAINT crm_fitted_model_pk PRIMARY KEY (tenant_id, model_key)
);

CREATE TABLE crm_fitted_model_parameter (
  tenant_id CHARACTER VARYING(128) NOT NULL,
  model_key CHARACTER VARYING(128) NOT NULL,
  name CHARACTER VARYING(128) NOT NULL,
  parameter_value DOUBLE PRECISION NOT NULL,
  CONSTRAINT crm_fitted_model_parameter_pk PRIMARY KEY (tenant_id, model_key, name)
);
