package io.crmkit.core.segment;

/**
 * Whether a member of a marketing list agreed to receive it.
 *
 * @since 0.1
 */
public enum OptIn {
  /** Not asked, or no answer recorded. */
  UNKNOWN,
  /** Agreed. */
  OPTED_IN,
  /** Refused or withdrew; must not be contacted through this list. */
  OPTED_OUT
}
