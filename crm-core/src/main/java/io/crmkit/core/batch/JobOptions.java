package io.crmkit.core.batch;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.PageRequest;
import java.util.concurrent.Executor;

/**
 * How a batch job runs: customers per page (one unit of work each), the host's executor and how
 * many pages may be in flight on it at once, who hears of progress, and whether it is a dry run.
 * Start from {@link #defaults()}.
 *
 * @param pageSize customers per page, 1 to {@value PageRequest#MAX_SIZE}
 * @param executor where pages are processed; the default runs them on the caller's thread
 * @param parallelism how many pages may be in flight at once, 1 to {@value #MAX_PARALLELISM}
 * @param listener who hears of progress and failures, always on the caller's thread
 * @param dryRun whether to roll every page back and report what would change
 * @since 0.1
 */
public record JobOptions(
    int pageSize, Executor executor, int parallelism, JobListener listener, boolean dryRun) {
  /** The default page size. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  /** The most pages a job keeps in flight. */
  public static final int MAX_PARALLELISM = 256;

  private static final Executor CALLER = new CallerExecutor();

  /**
   * Validates the options.
   *
   * @throws io.crmkit.core.shared.ValidationException listing a page size or a parallelism out of
   *     range
   */
  public JobOptions {
    requireNonNull(executor, "executor");
    requireNonNull(listener, "listener");
    Problems problems = Problems.create();
    problems.check(
        pageSize >= 1 && pageSize <= PageRequest.MAX_SIZE,
        "pageSize",
        pageSize,
        "must be between 1 and " + PageRequest.MAX_SIZE);
    problems.check(
        parallelism >= 1 && parallelism <= MAX_PARALLELISM,
        "parallelism",
        parallelism,
        "must be between 1 and " + MAX_PARALLELISM);
    problems.throwIfAny();
  }

  /** Returns pages of {@value #DEFAULT_PAGE_SIZE} on the caller's thread, no listener, for real. */
  public static JobOptions defaults() {
    return new JobOptions(DEFAULT_PAGE_SIZE, CALLER, 1, JobListener.none(), false);
  }

  /**
   * Returns these options with another page size.
   *
   * @throws io.crmkit.core.shared.ValidationException if the size is out of range
   */
  public JobOptions withPageSize(int size) {
    return new JobOptions(size, executor, parallelism, listener, dryRun);
  }

  /**
   * Returns these options processing pages on the host's executor, at most {@code pages} at once.
   *
   * @throws io.crmkit.core.shared.ValidationException if {@code pages} is out of range
   */
  public JobOptions withExecutor(Executor value, int pages) {
    return new JobOptions(pageSize, value, pages, listener, dryRun);
  }

  /** Returns these options reporting to the listener. */
  public JobOptions withListener(JobListener value) {
    return new JobOptions(pageSize, executor, parallelism, value, dryRun);
  }

  /** Returns these options as a dry run: nothing stored, published or checkpointed. */
  public JobOptions asDryRun() {
    return new JobOptions(pageSize, executor, parallelism, listener, true);
  }

  /** Runs a task on the calling thread. */
  private static final class CallerExecutor implements Executor {
    @Override
    public void execute(Runnable command) {
      command.run();
    }

    @Override
    public String toString() {
      return "the caller's thread";
    }
  }
}
