package io.crmkit.core.batch;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.TenantId;

/**
 * One committed page of a batch job beyond its checkpoint's processed prefix: every customer of the
 * job's walk from {@code first} through {@code last} (ascending id order) is processed. Saved in
 * the same unit of work as the page's changes, so that pages committing out of order (in parallel)
 * are never redone; the job folds ranges into its {@link JobCheckpoint} as they become contiguous.
 *
 * @param tenant the tenant the job runs for
 * @param job the job id
 * @param first the first customer of the page
 * @param last the last customer of the page, not before {@code first}
 * @param processed how many customers the page processed
 * @param changed how many of them the job changed
 * @param failed how many of them failed
 * @since 0.1
 */
public record CompletedRange(
    TenantId tenant,
    JobId job,
    CustomerId first,
    CustomerId last,
    long processed,
    long changed,
    long failed) {

  /**
   * Validates the range.
   *
   * @throws io.crmkit.core.shared.ValidationException if {@code last} is before {@code first}, a
   *     count is negative, or more customers changed or failed than were processed
   */
  public CompletedRange {
    requireNonNull(tenant, "tenant");
    requireNonNull(job, "job");
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    Problems problems = Problems.create();
    problems.check(last.compareTo(first) >= 0, "last", last, "must not be before first " + first);
    checkCounts(problems, processed, changed, failed);
    problems.throwIfAny();
  }

  /** Returns whether the customer lies inside the range. */
  public boolean contains(CustomerId customer) {
    return customer.compareTo(first) >= 0 && customer.compareTo(last) <= 0;
  }

  static void checkCounts(Problems problems, long processed, long changed, long failed) {
    problems.check(processed >= 0, "processed", processed, "must not be negative");
    problems.check(
        changed >= 0 && changed <= processed,
        "changed",
        changed,
        "must be between 0 and processed (" + processed + ")");
    problems.check(
        failed >= 0 && failed <= processed,
        "failed",
        failed,
        "must be between 0 and processed (" + processed + ")");
  }
}
