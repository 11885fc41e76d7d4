package io.crmkit.core.batch;

/**
 * Where a checkpointed batch job stands.
 *
 * @since 0.1
 */
public enum JobStatus {
  /** Started and not finished: it stopped or is still running; running it again resumes it. */
  RUNNING,
  /** Every customer was processed; running the same job id again processes nobody. */
  FINISHED
}
