package io.crmkit.core.batch;

import io.crmkit.core.internal.Codes;

/**
 * Names one run of a batch job within a tenant ({@code retier-2026-03}); running a job again with
 * the same id resumes it from its checkpoint.
 *
 * @param code the code: 1 to 64 characters, no control characters, surrounding space stripped
 * @since 0.1
 */
public record JobId(String code) implements Comparable<JobId> {

  /**
   * Validates and normalises the code.
   *
   * @throws io.crmkit.core.shared.ValidationException naming {@code jobId} if the code is blank,
   *     too long or has control characters
   */
  public JobId {
    code = Codes.normalize("jobId", code);
  }

  /**
   * Returns the job id with the given code.
   *
   * @throws io.crmkit.core.shared.ValidationException as the constructor does
   */
  public static JobId of(String code) {
    return new JobId(code);
  }

  @Override
  public int compareTo(JobId other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
