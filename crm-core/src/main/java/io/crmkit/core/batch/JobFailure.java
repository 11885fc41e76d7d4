package io.crmkit.core.batch;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.CrmErrorCode;

/**
 * One customer a batch job could not process, because its step threw a {@link
 * io.crmkit.core.shared.CrmException} (a ladder missing, a stale version); the job went on.
 *
 * @param job the job id
 * @param customer the customer
 * @param code the exception's error code
 * @param message the exception's message
 * @since 0.1
 */
public record JobFailure(JobId job, CustomerId customer, CrmErrorCode code, String message) {

  /** Requires every component. */
  public JobFailure {
    requireNonNull(job, "job");
    requireNonNull(customer, "customer");
    requireNonNull(code, "code");
    requireNonNull(message, "message");
  }
}
