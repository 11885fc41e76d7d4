package io.crmkit.jpa.internal;

import io.crmkit.core.batch.CompletedRange;
import io.crmkit.core.batch.JobCheckpoint;
import io.crmkit.core.batch.JobId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.JobCheckpointRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * The batch-job checkpoint repository of one JPA unit of work: checkpoints in {@code
 * crm_job_checkpoint}, versioned like aggregates; completed ranges in {@code crm_job_range}, keyed
 * and listed by {@code (tenant_id, job_id, first_customer)} — canonical UUID text in bytewise
 * order, which is the ids' unsigned order.
 */
final class JpaJobCheckpointRepository implements JobCheckpointRepository {
  private final JpaUnitOfWork unitOfWork;
  private final EntityManager em;

  JpaJobCheckpointRepository(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    this.em = unitOfWork.entityManager();
  }

  @Override
  public Optional<JobCheckpoint> find(TenantId tenant, JobId job) {
    return unitOfWork.call(
        "checkpoint of job " + job,
        () ->
            Optional.ofNullable(em.find(JobCheckpointRow.class, key(tenant, job)))
                .map(JobCheckpointMapper::read));
  }

  @Override
  public JobCheckpoint save(JobCheckpoint checkpoint) {
    String what = "checkpoint of job " + checkpoint.job();
    return unitOfWork.call(
        what,
        () -> {
          RowKey key = key(checkpoint.tenant(), checkpoint.job());
          JobCheckpointRow row =
              RowVersions.stored(em, JobCheckpointRow.class, key, checkpoint.version(), what);
          boolean insert = row == null;
          if (row == null) {
            row = JobCheckpointRow.create();
            row.tenant = key.tenant;
            row.id = key.id;
          }
          JobCheckpointMapper.write(checkpoint, row);
          row.version = checkpoint.version() + 1;
          if (insert) {
            em.persist(row);
          }
          return checkpoint.withVersion(checkpoint.version() + 1);
        });
  }

  @Override
  public void addRange(CompletedRange range) {
    String what = "range of job " + range.job() + " from " + range.first();
    unitOfWork.call(
        what,
        () -> {
          JobRangeRow row = JobCheckpointMapper.write(range);
          if (em.find(JobRangeRow.class, new ChildKey(row.tenant, row.owner, row.value)) != null) {
            throw new ConcurrentUpdateException(what, 0, 1);
          }
          // a unit of work racing to insert the same key fails on the primary key at flush
          em.persist(row);
          return null;
        });
  }

  @Override
  public List<CompletedRange> ranges(TenantId tenant, JobId job) {
    return unitOfWork.call(
        "ranges of job " + job,
        () ->
            rangeRows(tenant, job, "").getResultList().stream()
                .map(JobCheckpointMapper::read)
                .toList());
  }

  @Override
  public int deleteRangesThrough(TenantId tenant, JobId job, CustomerId through) {
    return unitOfWork.call(
        "ranges of job " + job,
        () -> {
          List<JobRangeRow> rows =
              rangeRows(tenant, job, " and r.last <= :through")
                  .setParameter("through", through.toString())
                  .getResultList();
          rows.forEach(em::remove);
          unitOfWork.flushNow();
          return rows.size();
        });
  }

  @Override
  public boolean delete(TenantId tenant, JobId job) {
    return unitOfWork.call(
        "checkpoint of job " + job,
        () -> {
          JobCheckpointRow row = em.find(JobCheckpointRow.class, key(tenant, job));
          List<JobRangeRow> ranges = rangeRows(tenant, job, "").getResultList();
          if (row == null && ranges.isEmpty()) {
            return false;
          }
          ranges.forEach(em::remove);
          if (row != null) {
            em.remove(row);
          }
          // written now, so that a later insert of the same key in this unit of work follows it
          unitOfWork.flushNow();
          return true;
        });
  }

  /** The job's ranges that meet the extra condition, in ascending first-customer order. */
  private TypedQuery<JobRangeRow> rangeRows(TenantId tenant, JobId job, String condition) {
    return em.createQuery(
            "select r from JobRangeRow r where r.tenant = :tenant and r.owner = :job"
                + condition
                + " order by r.value",
            JobRangeRow.class)
        .setParameter("tenant", tenant.value())
        .setParameter("job", job.code());
  }

  private static RowKey key(TenantId tenant, JobId job) {
    return new RowKey(tenant.value(), job.code());
  }
}
