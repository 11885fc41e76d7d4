package io.crmkit.core.activity;

/**
 * How a piece of feedback reached the tenant.
 *
 * @since 0.1
 */
public enum FeedbackChannel {
  /** A satisfaction or NPS survey. */
  SURVEY,
  /** Said on a call. */
  PHONE,
  /** Written in an e-mail. */
  EMAIL,
  /** Said during a visit. */
  VISIT,
  /** Sent through WeChat or another messenger. */
  MESSAGE,
  /** Left on a website or in an app. */
  WEB,
  /** Any other way. */
  OTHER
}
