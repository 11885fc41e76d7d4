package io.crmkit.core.activity;

/**
 * How the tenant and the customer were in touch.
 *
 * @since 0.1
 */
public enum InteractionType {
  /** A visit at the customer's site (拜访). */
  VISIT,
  /** A phone call. */
  CALL,
  /** A meeting, in person or online. */
  MEETING,
  /** An e-mail. */
  EMAIL,
  /** An instant message (WeChat, SMS, …). */
  MESSAGE
}
