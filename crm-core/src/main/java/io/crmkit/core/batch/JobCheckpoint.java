package io.crmkit.core.batch;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.internal.Codes;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * How far a batch job got: every customer up to and including {@code doneThrough} (in ascending id
 * order) is processed, and so is every customer inside the job's stored {@link CompletedRange}s
 * beyond it; the counts are those of the processed prefix. Versioned like an aggregate; only the
 * job's coordinating thread saves it.
 *
 * @param tenant the tenant the job runs for
 * @param job the job id
 * @param name the name of the job that started the checkpoint
 * @param doneThrough the last customer of the processed prefix, or {@code null} if none yet
 * @param resumeAfter the store's cursor of the customer list just after the prefix, or {@code null}
 *     to walk from the start
 * @param status running or finished
 * @param processed how many customers the prefix processed
 * @param changed how many of them the job changed
 * @param failed how many of them failed
 * @param version the stored version, 0 for a new checkpoint
 * @since 0.1
 */
public record JobCheckpoint(
    TenantId tenant,
    JobId job,
    String name,
    @Nullable CustomerId doneThrough,
    @Nullable Cursor resumeAfter,
    JobStatus status,
    long processed,
    long changed,
    long failed,
    long version) {

  /**
   * Validates the checkpoint.
   *
   * @throws io.crmkit.core.shared.ValidationException if a count or the version is negative, or
   *     more customers changed or failed than were processed
   */
  public JobCheckpoint {
    requireNonNull(tenant, "tenant");
    requireNonNull(job, "job");
    name = Codes.normalize("name", name);
    requireNonNull(status, "status");
    Problems problems = Problems.create();
    CompletedRange.checkCounts(problems, processed, changed, failed);
    problems.check(version >= 0, "version", version, "must not be negative");
    problems.throwIfAny();
  }

  /** Returns the checkpoint of a job that has processed nobody yet. */
  public static JobCheckpoint started(TenantId tenant, JobId job, String name) {
    return new JobCheckpoint(tenant, job, name, null, null, JobStatus.RUNNING, 0, 0, 0, 0);
  }

  /** Returns whether the customer is inside the processed prefix. */
  public boolean covers(CustomerId customer) {
    return doneThrough != null && customer.compareTo(doneThrough) <= 0;
  }

  /**
   * Returns this checkpoint with the prefix extended through {@code last}, to be resumed after the
   * cursor, with the counts of the ranges folded into it added.
   */
  public JobCheckpoint advancedTo(
      CustomerId last,
      @Nullable Cursor cursor,
      long moreProcessed,
      long moreChanged,
      long moreFailed) {
    requireNonNull(last, "last");
    boolean further = doneThrough == null || last.compareTo(doneThrough) > 0;
    return new JobCheckpoint(
        tenant,
        job,
        name,
        further ? last : doneThrough,
        further ? cursor : resumeAfter,
        status,
        processed + moreProcessed,
        changed + moreChanged,
        failed + moreFailed,
        version);
  }

  /** Returns this checkpoint marked finished. */
  public JobCheckpoint finished() {
    return new JobCheckpoint(
        tenant,
        job,
        name,
        doneThrough,
        resumeAfter,
        JobStatus.FINISHED,
        processed,
        changed,
        failed,
        version);
  }

  /** Returns this checkpoint at another stored version; stores use it. */
  public JobCheckpoint withVersion(long newVersion) {
    return new JobCheckpoint(
        tenant,
        job,
        name,
        doneThrough,
        resumeAfter,
        status,
        processed,
        changed,
        failed,
        newVersion);
  }
}
