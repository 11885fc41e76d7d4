package io.crmkit.core.batch;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Codes;

/**
 * A named batch job: the step it runs for every customer. The name is kept in the job's checkpoint,
 * so that a job id cannot be resumed by a different job.
 *
 * <pre>{@code
 * BatchJob reminders = BatchJob.of("reminders",
 *     (tenant, customer) -> !crm.reminders().regenerate(tenant, customer).isEmpty());
 * }</pre>
 *
 * @param name the job's name: 1 to 64 characters, no control characters
 * @param step what the job does to each customer
 * @since 0.1
 */
public record BatchJob(String name, CustomerStep step) {

  /**
   * Validates the job.
   *
   * @throws io.crmkit.core.shared.ValidationException naming {@code name} if it is blank, too long
   *     or has control characters
   */
  public BatchJob {
    name = Codes.normalize("name", name);
    requireNonNull(step, "step");
  }

  /**
   * Returns a job that runs the step for every customer.
   *
   * @throws io.crmkit.core.shared.ValidationException as the constructor does
   */
  public static BatchJob of(String name, CustomerStep step) {
    return new BatchJob(name, step);
  }
}
