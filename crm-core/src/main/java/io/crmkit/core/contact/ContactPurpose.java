package io.crmkit.core.contact;

/**
 * What a contact point is for.
 *
 * @since 0.1
 */
public enum ContactPurpose {
  /** Work: office phone, company e-mail. */
  WORK,
  /** Private: mobile phone, personal e-mail. */
  PERSONAL,
  /** Invoices and payment matters. */
  BILLING,
  /** Deliveries. */
  SHIPPING,
  /** Anything else. */
  OTHER
}
