package io.crmkit.examples.adapter;

import io.crmkit.core.batch.CompletedRange;
import io.crmkit.core.batch.JobCheckpoint;
import io.crmkit.core.batch.JobId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.JobCheckpointRepository;
import java.util.List;
import java.util.Optional;

/**
 * Batch-job checkpoints, one row per job keyed by its code, and their completed ranges, one row per
 * range keyed {@code job SEP first customer}: the ranges of one job are one key range, in ascending
 * {@code first}, and two ranges never share a key unless they start at the same customer.
 */
final class KeyValueJobCheckpointRepository implements JobCheckpointRepository {
  static final Table<JobId, JobCheckpoint> CHECKPOINTS =
      new Table<>(
          "job",
          JobCheckpoint.class,
          KeyFormat.code(JobId::code, JobId::of),
          JobCheckpoint::tenant,
          JobCheckpoint::job,
          JobCheckpoint::version,
          JobCheckpoint::withVersion);

  static final Table<CompletedRange, CompletedRange> RANGES =
      Table.appendOnly(
          "job-range",
          CompletedRange.class,
          KeyFormat.unpaged(
              range -> Keys.join(range.job().code(), Keys.uuid(range.first().value()))),
          CompletedRange::tenant,
          range -> range);

  private final Transaction transaction;

  KeyValueJobCheckpointRepository(Transaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public Optional<JobCheckpoint> find(TenantId tenant, JobId job) {
    return CHECKPOINTS.find(transaction, tenant, job);
  }

  @Override
  public JobCheckpoint save(JobCheckpoint checkpoint) {
    return CHECKPOINTS.save(transaction, checkpoint);
  }

  @Override
  public void addRange(CompletedRange range) {
    RANGES.save(transaction, range);
  }

  @Override
  public List<CompletedRange> ranges(TenantId tenant, JobId job) {
    return RANGES.allUnder(transaction, tenant, job.code(), range -> true);
  }

  @Override
  public int deleteRangesThrough(TenantId tenant, JobId job, CustomerId through) {
    int removed = 0;
    for (CompletedRange range : ranges(tenant, job)) {
      if (range.last().compareTo(through) <= 0) {
        removed += RANGES.delete(transaction, tenant, range) ? 1 : 0;
      }
    }
    return removed;
  }

  @Override
  public boolean delete(TenantId tenant, JobId job) {
    boolean removed = CHECKPOINTS.delete(transaction, tenant, job);
    for (CompletedRange range : ranges(tenant, job)) {
      removed |= RANGES.delete(transaction, tenant, range);
    }
    return removed;
  }
}
