package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One row of {@code crm_job_range}: a {@link io.crmkit.core.batch.CompletedRange}, keyed {@code
 * (tenant_id, job_id, first_customer)} (the {@link ChildKey}'s owner is the job, its value the
 * first customer). Insert-only, without a version: pages of one job that commit at once insert
 * different keys and never conflict; a second range with the same first customer fails on the
 * primary key. Not final, because JPA forbids final entity classes.
 */
@Entity
@Table(name = "crm_job_range")
@IdClass(ChildKey.class)
public class JobRangeRow {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "job_id")
  String owner = "";

  @Id
  @Column(name = "first_customer")
  String value = "";

  @Column(name = "last_customer")
  String last = "";

  @Column(name = "processed")
  long processed;

  @Column(name = "changed")
  long changed;

  @Column(name = "failed")
  long failed;

  /** For the provider. */
  protected JobRangeRow() {}

  static JobRangeRow create() {
    return new JobRangeRow();
  }
}
