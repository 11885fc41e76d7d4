package io.crmkit.core.shared;

/**
 * Stable, machine-readable codes for every {@link CrmException}; hosts may switch on them and map
 * them to their own error responses.
 *
 * @since 0.1
 */
public enum CrmErrorCode {
  /** Input failed validation; see {@link ValidationException#errors()}. */
  VALIDATION_FAILED,
  /** The requested aggregate does not exist in the tenant. */
  NOT_FOUND,
  /** A save was based on a stale version of the aggregate. */
  CONCURRENT_UPDATE,
  /** A state change the domain forbids, such as a lifecycle move from PROSPECT to CHURNED. */
  INVALID_TRANSITION,
  /** A claim of a customer from a public pool was refused: quota, cooldown, lock, membership. */
  CLAIM_REFUSED,
  /** A rule's text or structure is invalid: syntax, an unknown field, a type mismatch. */
  RULE_INVALID,
  /** Arithmetic or comparison of money in two different currencies. */
  CURRENCY_MISMATCH,
  /** The storage adapter failed; the cause is attached. */
  STORAGE_FAILURE
}
