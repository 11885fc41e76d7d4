package io.crmkit.core.batch;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Problems;
import java.time.Duration;

/**
 * Where a running batch job stands, counted over this run: reported after every page and once at
 * the end.
 *
 * @param job the job id
 * @param processed how many customers this run processed
 * @param changed how many of them it changed (or, in a dry run, would change)
 * @param failed how many of them failed
 * @param elapsed how long this run has taken
 * @param finished whether this is the report at the end of the run
 * @since 0.1
 */
public record JobProgress(
    JobId job, long processed, long changed, long failed, Duration elapsed, boolean finished) {

  /**
   * Validates the progress.
   *
   * @throws io.crmkit.core.shared.ValidationException if a count or the elapsed time is negative,
   *     or more customers changed or failed than were processed
   */
  public JobProgress {
    requireNonNull(job, "job");
    requireNonNull(elapsed, "elapsed");
    Problems problems = Problems.create();
    CompletedRange.checkCounts(problems, processed, changed, failed);
    problems.check(!elapsed.isNegative(), "elapsed", elapsed, "must not be negative");
    problems.throwIfAny();
  }
}
