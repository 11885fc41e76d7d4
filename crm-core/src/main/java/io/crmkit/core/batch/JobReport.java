package io.crmkit.core.batch;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run of a batch job did, counted over this run only (a resumed job's earlier runs are in
 * its {@link JobCheckpoint}).
 *
 * @param tenant the tenant the job ran for
 * @param job the job id
 * @param outcome completed, already finished before, or dry run
 * @param processed how many customers this run processed
 * @param changed how many of them it changed (or, in a dry run, would change)
 * @param failed how many of them failed
 * @param failures the customers that failed, in the order they were reported
 * @param wouldChange for a dry run, the events each changed customer's step would have published,
 *     in ascending customer id order; empty for a real run
 * @param elapsed how long the run took
 * @since 0.1
 */
public record JobReport(
    TenantId tenant,
    JobId job,
    Outcome outcome,
    long processed,
    long changed,
    long failed,
    List<JobFailure> failures,
    Map<CustomerId, List<CrmEvent>> wouldChange,
    Duration elapsed) {

  /** Copies the lists and the map. */
  public JobReport {
    requireNonNull(tenant, "tenant");
    requireNonNull(job, "job");
    requireNonNull(outcome, "outcome");
    failures = List.copyOf(failures);
    TreeMap<CustomerId, List<CrmEvent>> sorted = new TreeMap<>();
    wouldChange.forEach((customer, events) -> sorted.put(customer, List.copyOf(events)));
    wouldChange = Collections.unmodifiableMap(sorted);
    requireNonNull(elapsed, "elapsed");
  }

  /**
   * How a run ended.
   *
   * @since 0.1
   */
  public enum Outcome {
    /** Every customer is processed now; the checkpoint is finished. */
    COMPLETED,
    /** The job id had finished before; nobody was processed again. */
    ALREADY_FINISHED,
    /** A dry run: every page was rolled back and nothing was checkpointed. */
    DRY_RUN
  }
}
