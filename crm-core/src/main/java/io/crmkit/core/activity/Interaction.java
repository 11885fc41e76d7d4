package io.crmkit.core.activity;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A touch point with a customer: a visit, call, meeting, e-mail or message, who made it, what came
 * of it, and when to get in touch next.
 *
 * @param tenant the tenant
 * @param customer the customer
 * @param contact the contact spoken to, if any
 * @param type how
 * @param occurredAt when (microsecond precision is kept)
 * @param by the user who made the contact
 * @param outcome what came of it, if noted
 * @param nextContactOn the agreed next contact day, if any; not before the interaction's day
 * @since 0.1
 */
public record Interaction(
    TenantId tenant,
    CustomerId customer,
    @Nullable ContactId contact,
    InteractionType type,
    Instant occurredAt,
    UserRef by,
    @Nullable String outcome,
    @Nullable LocalDate nextContactOn)
    implements Activity {
  /** The longest outcome text accepted. */
  public static final int MAX_OUTCOME = 2000;

  /**
   * Validates the interaction and lists every problem.
   *
   * @throws io.crmkit.core.shared.ValidationException if a part is missing, the outcome is too
   *     long, or the next contact day is before the interaction
   */
  public Interaction {
    Problems problems = Problems.create();
    problems.require(tenant, "tenant");
    problems.require(customer, "customer");
    problems.require(type, "type");
    problems.require(by, "by");
    if (problems.require(occurredAt, "occurredAt")) {
      occurredAt = io.crmkit.core.internal.Times.stored(occurredAt);
      // the host's local day may be one day behind UTC, so allow the UTC day before; compare
      // epoch days, which exist for every instant, even the first day's day before
      long utcDay = Math.floorDiv(occurredAt.getEpochSecond(), 86_400);
      problems.check(
          nextContactOn == null || nextContactOn.toEpochDay() >= utcDay - 1,
          "nextContactOn",
          nextContactOn,
          "must not be before the interaction");
    }
    outcome = problems.text("outcome", outcome, MAX_OUTCOME, false);
    problems.throwIfAny();
  }

  /** Returns an interaction with no contact, outcome or next date. */
  public static Interaction of(
      TenantId tenant, CustomerId customer, InteractionType type, Instant occurredAt, UserRef by) {
    return new Interaction(tenant, customer, null, type, occurredAt, by, null, null);
  }

  /** Returns a copy naming the contact spoken to. */
  public Interaction with(ContactId who) {
    requireNonNull(who, "who");
    return new Interaction(tenant, customer, who, type, occurredAt, by, outcome, nextContactOn);
  }

  /** Returns a copy with the outcome noted. */
  public Interaction withOutcome(String text) {
    requireNonNull(text, "outcome");
    return new Interaction(tenant, customer, contact, type, occurredAt, by, text, nextContactOn);
  }

  /** Returns a copy with the agreed next contact day. */
  public Interaction nextContactOn(LocalDate day) {
    requireNonNull(day, "day");
    return new Interaction(tenant, customer, contact, type, occurredAt, by, outcome, day);
  }

  /** Returns the UTC day of the interaction. */
  @Override
  public LocalDate day() {
    return occurredAt.atOffset(ZoneOffset.UTC).toLocalDate();
  }
}
