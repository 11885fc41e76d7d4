package io.crmkit.core.memory;

import io.crmkit.core.batch.CompletedRange;
import io.crmkit.core.batch.JobCheckpoint;
import io.crmkit.core.batch.JobId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.JobCheckpointRepository;
import java.util.List;
import java.util.Optional;

/** The batch-job checkpoint repository of one in-memory unit of work; ranges indexed by job. */
final class InMemoryJobCheckpointRepository implements JobCheckpointRepository {
  private static final SnapshotRows.Mapping<JobId, JobCheckpoint, JobCheckpoint> CHECKPOINTS =
      SnapshotRows.Mapping.identity(
          JobCheckpoint::tenant,
          JobCheckpoint::job,
          JobCheckpoint::version,
          JobCheckpoint::withVersion);

  private final MemoryUnitOfWork unitOfWork;
  private final SnapshotRows<JobId, JobCheckpoint, JobCheckpoint> checkpoints;

  InMemoryJobCheckpointRepository(MemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    this.checkpoints = new SnapshotRows<>(unitOfWork, unitOfWork.jobCheckpoints, CHECKPOINTS);
  }

  @Override
  public Optional<JobCheckpoint> find(TenantId tenant, JobId job) {
    return checkpoints.find(tenant, job);
  }

  @Override
  public JobCheckpoint save(JobCheckpoint checkpoint) {
    return checkpoints.save(checkpoint);
  }

  @Override
  public void addRange(CompletedRange range) {
    unitOfWork.write(
        () -> {
          // expected version 0: an insert, refused when the key is taken
          unitOfWork.jobRanges.put(
              range.tenant(), new JobRangeKey(range.job(), range.first()), range, 0);
          return null;
        });
  }

  // the group index covers committed rows only; staged rows of other jobs are filtered out here
  @Override
  public List<CompletedRange> ranges(TenantId tenant, JobId job) {
    return unitOfWork.read(
        () -> List.copyOf(unitOfWork.jobRanges.all(tenant, job, r -> r.job().equals(job))));
  }

  @Override
  public int deleteRangesThrough(TenantId tenant, JobId job, CustomerId through) {
    return unitOfWork.write(
        () -> {
          int removed = 0;
          for (CompletedRange range :
              unitOfWork.jobRanges.all(
                  tenant, job, r -> r.job().equals(job) && r.last().compareTo(through) <= 0)) {
            removed +=
                unitOfWork.jobRanges.remove(tenant, new JobRangeKey(job, range.first())) ? 1 : 0;
          }
          return removed;
        });
  }

  @Override
  public boolean delete(TenantId tenant, JobId job) {
    return unitOfWork.write(
        () -> {
          boolean removed = unitOfWork.jobCheckpoints.remove(tenant, job);
          for (CompletedRange range :
              unitOfWork.jobRanges.all(tenant, job, r -> r.job().equals(job))) {
            removed |= unitOfWork.jobRanges.remove(tenant, new JobRangeKey(job, range.first()));
          }
          return removed;
        });
  }
}
