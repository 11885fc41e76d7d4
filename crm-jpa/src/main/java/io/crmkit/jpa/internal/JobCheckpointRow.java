package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code crm_job_checkpoint}: a {@link io.crmkit.core.batch.JobCheckpoint}, keyed {@code
 * (tenant_id, job_id)} (the {@link RowKey}'s id is the job's code). Not final, because JPA forbids
 * final entity classes.
 */
@Entity
@Table(name = "crm_job_checkpoint")
@IdClass(RowKey.class)
public class JobCheckpointRow extends VersionColumns<RowKey> {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "job_id")
  String id = "";

  @Column(name = "name")
  String name = "";

  @Column(name = "done_through")
  @Nullable String doneThrough;

  @Column(name = "resume_after")
  @Nullable String resumeAfter;

  @Column(name = "status")
  String status = "";

  @Column(name = "processed")
  long processed;

  @Column(name = "changed")
  long changed;

  @Column(name = "failed")
  long failed;

  /** For the provider. */
  protected JobCheckpointRow() {}

  static JobCheckpointRow create() {
    return new JobCheckpointRow();
  }

  @Override
  public String describe() {
    return "checkpoint of job " + id;
  }

  @Override
  public RowKey key() {
    return new RowKey(tenant, id);
  }
}
