package io.crmkit.core.batch;

/**
 * Hears how a batch job goes; always called on the thread that runs the job, one call at a time,
 * after the page it reports on committed (or, in a dry run, was rolled back). An exception it
 * throws aborts the job like a step's would; the checkpoint keeps every committed page.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface JobListener {

  /** Returns a listener that ignores everything. */
  static JobListener none() {
    return progress -> {};
  }

  /** Hears the progress after a page, and once more at the end with {@code finished} set. */
  void progress(JobProgress progress);

  /** Hears of a customer that failed; by default ignores it. */
  default void failed(JobFailure failure) {}
}
