package io.crmkit.core.customer;

/**
 * Whether a customer is an organisation (a company, a government body, a group) or a person (a
 * consumer, a sole trader). Both are one model; the kind follows from the name.
 *
 * @since 0.1
 */
public enum CustomerKind {
  /** A company, institution or group. */
  ORGANIZATION,
  /** A natural person. */
  PERSON
}
