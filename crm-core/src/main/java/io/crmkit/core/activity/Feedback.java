package io.crmkit.core.activity;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.internal.Times;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * What a customer thinks: a satisfaction score from 1 to 5 and/or a Net Promoter Score answer from
 * 0 to 10, with an optional comment.
 *
 * @param tenant the tenant
 * @param customer the customer
 * @param contact the contact who gave it, if known
 * @param satisfaction 1 (very unsatisfied) to 5 (very satisfied), if asked
 * @param nps 0 to 10 ("how likely are you to recommend us"), if asked
 * @param comment the comment, if any
 * @param channel how it reached the tenant
 * @param receivedAt when it was given
 * @since 0.1
 */
public record Feedback(
    TenantId tenant,
    CustomerId customer,
    @Nullable ContactId contact,
    @Nullable Integer satisfaction,
    @Nullable Integer nps,
    @Nullable String comment,
    FeedbackChannel channel,
    Instant receivedAt)
    implements Activity {
  /** The longest comment accepted. */
  public static final int MAX_COMMENT = 4000;

  /**
   * Validates the feedback and lists every problem.
   *
   * @throws io.crmkit.core.shared.ValidationException if neither score is given, a score is out of
   *     range, or the comment is too long
   */
  public Feedback {
    Problems problems = Problems.create();
    problems.require(tenant, "tenant");
    problems.require(customer, "customer");
    problems.require(channel, "channel");
    if (problems.require(receivedAt, "receivedAt")) {
      receivedAt = Times.stored(receivedAt);
    }
    problems.check(satisfaction != null || nps != null, "satisfaction", null, "or nps is required");
    problems.check(
        satisfaction == null || satisfaction >= 1 && satisfaction <= 5,
        "satisfaction",
        satisfaction,
        "must be between 1 and 5");
    problems.check(nps == null || nps >= 0 && nps <= 10, "nps", nps, "must be between 0 and 10");
    comment = problems.text("comment", comment, MAX_COMMENT, false);
    problems.throwIfAny();
  }

  /** Returns a satisfaction rating from 1 to 5. */
  public static Feedback satisfaction(
      TenantId tenant, CustomerId customer, int score, FeedbackChannel channel, Instant at) {
    return new Feedback(tenant, customer, null, score, null, null, channel, at);
  }

  /** Returns a Net Promoter Score answer from 0 to 10. */
  public static Feedback nps(
      TenantId tenant, CustomerId customer, int score, FeedbackChannel channel, Instant at) {
    return new Feedback(tenant, customer, null, null, score, null, channel, at);
  }

  /** Returns a copy with a comment. */
  public Feedback withComment(String text) {
    requireNonNull(text, "comment");
    return new Feedback(tenant, customer, contact, satisfaction, nps, text, channel, receivedAt);
  }

  /** Returns a copy naming the contact who gave it. */
  public Feedback from(ContactId who) {
    requireNonNull(who, "who");
    return new Feedback(tenant, customer, who, satisfaction, nps, comment, channel, receivedAt);
  }

  @Override
  public LocalDate day() {
    return receivedAt.atOffset(ZoneOffset.UTC).toLocalDate();
  }
}
