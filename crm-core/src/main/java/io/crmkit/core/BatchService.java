package io.crmkit.core;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.batch.BatchJob;
import io.crmkit.core.batch.CompletedRange;
import io.crmkit.core.batch.CustomerStep;
import io.crmkit.core.batch.JobCheckpoint;
import io.crmkit.core.batch.JobId;
import io.crmkit.core.batch.JobOptions;
import io.crmkit.core.batch.JobReport;
import io.crmkit.core.batch.JobStatus;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.TierOutcome;
import io.crmkit.spi.JobCheckpointRepository;
import java.util.List;
import java.util.Optional;

/**
 * Runs batch jobs (re-tier everyone, recompute segments, re-decide lifecycles, or any {@link
 * BatchJob} a host defines from a {@link CustomerStep}) over every active customer of a tenant.
 * Reached through {@link CrmKit#batch()}.
 *
 * <p>A job walks the tenant's customers in keyset pages of ascending {@link CustomerId} and
 * processes each page in one unit of work, which also records the page as a {@link CompletedRange}
 * of the job's checkpoint; the job then folds contiguous pages into its {@link JobCheckpoint}. So a
 * job that stops (a step throwing an exception that is not a {@link
 * io.crmkit.core.shared.CrmException}, the process dying after any commit) resumes, when run again
 * with the same {@link JobId}, without redoing a customer whose page committed and without skipping
 * anyone who existed when the job started. A customer's {@code CrmException} counts the customer as
 * failed and the job goes on. Events are published after each page commits, and only for real
 * changes. One job id must not run twice at once.
 *
 * @since 0.1
 */
public final class BatchService {
  private static final UserRef ACTIVITY = UserRef.of("crmkit:activity");

  private final Kernel kernel;
  private final TierService tiers;
  private final SegmentService segments;
  private final LifecycleService lifecycle;
  private final ReminderService reminders;
  private final OwnershipService ownership;
  private final boolean lifecycleRuleRegistered;

  BatchService(
      Kernel kernel,
      TierService tiers,
      SegmentService segments,
      LifecycleService lifecycle,
      ReminderService reminders,
      OwnershipService ownership,
      boolean lifecycleRuleRegistered) {
    this.kernel = kernel;
    this.tiers = tiers;
    this.segments = segments;
    this.lifecycle = lifecycle;
    this.reminders = reminders;
    this.ownership = ownership;
    this.lifecycleRuleRegistered = lifecycleRuleRegistered;
  }

  /**
   * Returns the job named {@code tiers} that lets every registered tiering rule re-grade each
   * customer ({@link TierService#reevaluate}); a customer counts as changed when a tier was
   * assigned, and as failed when a rule's ladder does not exist.
   */
  public BatchJob tiersJob() {
    return BatchJob.of(
        "tiers",
        (tenant, customer) ->
            tiers.reevaluate(tenant, customer).stream()
                .anyMatch(e -> e.outcome() == TierOutcome.ASSIGNED));
  }

  /**
   * Returns the job named {@code segments} that re-decides each customer's membership of every
   * dynamic segment ({@link SegmentService#reevaluate}), recording {@code by} on entries; a
   * customer counts as changed when it entered or left a segment. The job aborts if a dynamic
   * segment's rule is not registered.
   */
  public BatchJob segmentsJob(UserRef by) {
    requireNonNull(by, "by");
    return BatchJob.of(
        "segments", (tenant, customer) -> !segments.reevaluate(tenant, customer, by).isEmpty());
  }

  /**
   * Returns the job named {@code lifecycle} that lets the lifecycle rule re-decide each customer's
   * stage ({@link LifecycleService#reevaluate}); a customer counts as changed when it moved.
   *
   * @throws IllegalStateException if no lifecycle rule is registered
   */
  public BatchJob lifecycleJob() {
    if (!lifecycleRuleRegistered) {
      throw new IllegalStateException(
          "no lifecycle rule is registered; add one with CrmKit.builder().lifecycleRule(...)");
    }
    return BatchJob.of(
        "lifecycle", (tenant, customer) -> lifecycle.reevaluate(tenant, customer).isPresent());
  }

  /**
   * Returns the job named {@code reminders} that lets every registered reminder policy plan each
   * customer's reminders and reconciles them ({@link ReminderService#regenerate}); a customer
   * counts as changed when a reminder was created or cancelled. Running it again the same day
   * changes nothing. It announces nothing: the reminders it plans, due today or overdue included,
   * are announced by {@link ReminderService#announceDue}, which walks the tenant's due reminders
   * rather than its customers (a reminder need not be about a customer), so hosts run it after this
   * job.
   */
  public BatchJob remindersJob() {
    return BatchJob.of(
        "reminders",
        (tenant, customer) -> reminders.regenerate(tenant, customer).changedAnything());
  }

  /**
   * Returns the job named {@code recycle} that applies the recycling rule to each customer and puts
   * the ones it decides to recycle back into their pool ({@link OwnershipService#recycle}),
   * recording {@code by} on the move; a customer counts as changed when it was recycled.
   */
  public BatchJob recycleJob(UserRef by) {
    requireNonNull(by, "by");
    return BatchJob.of(
        "recycle", (tenant, customer) -> ownership.recycle(tenant, customer, by).recycled());
  }

  /**
   * Runs a job over every active customer of the tenant, or resumes it from its checkpoint, and
   * returns what this run did. A job id that finished before is not run again: the report's outcome
   * is {@link JobReport.Outcome#ALREADY_FINISHED} (use {@link #forget} to reuse the id). A dry run
   * ignores and writes no checkpoint, rolls every page back, publishes nothing, and reports the
   * events each customer's step would have published.
   *
   * @throws ValidationException if the tenant is unknown, or the job id was started by a job of
   *     another name
   * @throws IllegalStateException if called from inside a unit of work of this kit, which would
   *     hold every page until its own commit
   * @throws RuntimeException whatever a step threw that was not a {@code CrmException}, or a failed
   *     commit, once the pages in flight have ended; the checkpoint keeps every committed page
   */
  public JobReport run(TenantId tenant, JobId job, BatchJob definition, JobOptions options) {
    kernel.requireTenant(tenant);
    requireNonNull(job, "job");
    requireNonNull(definition, "definition");
    requireNonNull(options, "options");
    if (kernel.inUnitOfWork()) {
      throw new IllegalStateException(
          "batch job " + job + " cannot run inside a unit of work; run it on its own");
    }
    long started = System.nanoTime(); // a stopwatch for elapsed time, not the wall clock
    JobRun run = new JobRun(kernel, tenant, job, definition.step(), options, started);
    if (options.dryRun()) {
      return run.dryRun();
    }
    JobCheckpoint checkpoint = startOrResume(tenant, job, definition.name());
    if (checkpoint.status() == JobStatus.FINISHED) {
      return run.alreadyFinished();
    }
    List<CompletedRange> ranges =
        kernel.execute(work -> work.store().jobCheckpoints().ranges(tenant, job));
    return run.resume(checkpoint, ranges);
  }

  /** Returns a job's checkpoint, with the counts of every run folded into it so far. */
  public Optional<JobCheckpoint> checkpoint(TenantId tenant, JobId job) {
    kernel.requireTenant(tenant);
    requireNonNull(job, "job");
    return kernel.execute(work -> work.store().jobCheckpoints().find(tenant, job));
  }

  /**
   * Removes a job's checkpoint and completed ranges, so that the id runs everyone again; returns
   * whether there was one.
   */
  public boolean forget(TenantId tenant, JobId job) {
    kernel.requireTenant(tenant);
    requireNonNull(job, "job");
    return kernel.execute(work -> work.store().jobCheckpoints().delete(tenant, job));
  }

  private JobCheckpoint startOrResume(TenantId tenant, JobId job, String name) {
    return kernel.execute(
        work -> {
          JobCheckpointRepository checkpoints = work.store().jobCheckpoints();
          Optional<JobCheckpoint> stored = checkpoints.find(tenant, job);
          if (stored.isEmpty()) {
            return checkpoints.save(JobCheckpoint.started(tenant, job, name));
          }
          if (!stored.get().name().equals(name)) {
            throw ValidationException.of(
                "jobId", job, "was started by job " + stored.get().name() + ", not by job " + name);
          }
          return stored.get();
        });
  }

  /**
   * Re-decides the lifecycle (when a rule is registered), the tiers and the dynamic segments of a
   * customer and of every ancestor whose group facts include it, within the running unit of work;
   * called after an activity is recorded when the kit re-evaluates on activity.
   */
  void reevaluateGroupOf(TenantId tenant, CustomerId customer) {
    kernel.execute(
        work -> {
          CustomerId next = customer;
          for (int depth = 0; next != null && depth <= CustomerService.MAX_GROUP_DEPTH; depth++) {
            Customer held = work.store().customers().findById(tenant, next).orElse(null);
            if (held == null) {
              break;
            }
            if (!held.isDeleted()) {
              if (lifecycleRuleRegistered) {
                lifecycle.reevaluate(tenant, next);
              }
              tiers.reevaluateDefinedLadders(tenant, next);
              segments.reevaluate(tenant, next, ACTIVITY);
            }
            next = held.parent().orElse(null);
          }
          return null;
        });
  }
}
