package io.crmkit.spi;

import io.crmkit.core.batch.CompletedRange;
import io.crmkit.core.batch.JobCheckpoint;
import io.crmkit.core.batch.JobId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Stores batch-job checkpoints, keyed by tenant and job id, and the {@link CompletedRange}s each
 * job's pages committed beyond its checkpoint. Obtained from a {@link UnitOfWork}; a page saves its
 * range in the same unit of work as its changes, so that a job resumed after a crash neither redoes
 * nor skips anyone.
 *
 * <p>Contract (checked by crm-tck): checkpoints read back equal and follow the version rules of
 * {@link CustomerRepository#save}; ranges read back equal in ascending {@code first} order; nothing
 * is visible across tenants or across job ids; deletes are idempotent.
 *
 * @since 0.1
 */
public interface JobCheckpointRepository {

  /** Finds a job's checkpoint; empty for an unknown job id or another tenant's job. */
  Optional<JobCheckpoint> find(TenantId tenant, JobId job);

  /**
   * Inserts or updates a checkpoint and returns it at its new stored version; the same version
   * rules as {@link CustomerRepository#save}.
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException on a version mismatch
   */
  JobCheckpoint save(JobCheckpoint checkpoint);

  /**
   * Inserts a completed range. Units of work adding ranges with different {@code first} customers
   * to one job never conflict with each other.
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException if the job already has a range starting
   *     at the same customer
   */
  void addRange(CompletedRange range);

  /** Returns the job's completed ranges in ascending {@code first} order; empty if none. */
  List<CompletedRange> ranges(TenantId tenant, JobId job);

  /**
   * Removes the job's ranges whose {@code last} is at or before {@code through}, once the
   * checkpoint's prefix covers them; returns how many were removed.
   */
  int deleteRangesThrough(TenantId tenant, JobId job, CustomerId through);

  /**
   * Removes a job's checkpoint and all its ranges; idempotent; returns whether anything existed.
   */
  boolean delete(TenantId tenant, JobId job);
}
