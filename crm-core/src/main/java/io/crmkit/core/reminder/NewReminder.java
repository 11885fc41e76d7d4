package io.crmkit.core.reminder;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.internal.Codes;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.internal.Times;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The input to schedule a reminder, built fluently:
 *
 * <pre>{@code
 * NewReminder.of(tenant, owner, ReminderKind.VISIT, "Quarterly visit", due, zone)
 *     .customer(customerId)
 *     .leadTime(Duration.ofDays(1))
 *     .recurrence("FREQ=MONTHLY;INTERVAL=3")
 *     .idempotencyKey("visit:" + customerId);
 * }</pre>
 *
 * @since 0.1
 */
public final class NewReminder {
  /** The most lead times a reminder may have. */
  public static final int MAX_LEAD_TIMES = 10;

  private final TenantId tenant;
  private final UserRef owner;
  private final ReminderKind kind;
  private final String title;
  private final LocalDateTime due;
  private final ZoneId zone;
  private @Nullable CustomerId customer;
  private @Nullable ContactId contact;
  private @Nullable String note;
  private final List<Duration> leadTimes = new ArrayList<>();
  private @Nullable String rrule;
  private @Nullable String generatedBy;
  private @Nullable String idempotencyKey;

  private NewReminder(
      TenantId tenant,
      UserRef owner,
      ReminderKind kind,
      String title,
      LocalDateTime due,
      ZoneId zone) {
    this.tenant = requireNonNull(tenant, "tenant");
    this.owner = requireNonNull(owner, "owner");
    this.kind = requireNonNull(kind, "kind");
    this.title = requireNonNull(title, "title");
    this.due = requireNonNull(due, "due");
    this.zone = requireNonNull(zone, "zone");
  }

  /**
   * Starts a reminder due at a local date-time in the owner's zone, kept to the microsecond (finer
   * parts are dropped, as every store would drop them).
   */
  public static NewReminder of(
      TenantId tenant,
      UserRef owner,
      ReminderKind kind,
      String title,
      LocalDateTime due,
      ZoneId zone) {
    return new NewReminder(tenant, owner, kind, title, due, zone);
  }

  /** Sets the customer it is about. */
  public NewReminder customer(CustomerId id) {
    this.customer = requireNonNull(id, "customer");
    return this;
  }

  /** Sets the contact it is about. */
  public NewReminder contact(ContactId id) {
    this.contact = requireNonNull(id, "contact");
    return this;
  }

  /** Sets a longer text. */
  public NewReminder note(String text) {
    this.note = text;
    return this;
  }

  /** Adds a notification this long before the due time. */
  public NewReminder leadTime(Duration before) {
    leadTimes.add(requireNonNull(before, "before"));
    return this;
  }

  /** Makes the reminder repeat by an RRULE, e.g. {@code FREQ=MONTHLY;INTERVAL=3}. */
  public NewReminder recurrence(String rule) {
    this.rrule = requireNonNull(rule, "rule");
    return this;
  }

  /** Records the id of the rule that generated the reminder. */
  public NewReminder generatedBy(String ruleId) {
    this.generatedBy = requireNonNull(ruleId, "ruleId");
    return this;
  }

  /**
   * Sets the key that makes regeneration idempotent: the reminder's id is derived from it, so
   * scheduling the same key twice finds the first reminder.
   */
  public NewReminder idempotencyKey(String key) {
    this.idempotencyKey = requireNonNull(key, "key");
    return this;
  }

  /** Returns the tenant. */
  public TenantId tenant() {
    return tenant;
  }

  /** Returns the customer it is about, if any. */
  public @Nullable CustomerId customer() {
    return customer;
  }

  /** Returns the contact it is about, if any. */
  public @Nullable ContactId contact() {
    return contact;
  }

  /** Returns the idempotency key, if any. */
  public @Nullable String idempotencyKey() {
    return idempotencyKey;
  }

  /**
   * Checks every part and returns the reminder's first state: a recurring series whose start lies
   * before {@code now} begins at its first occurrence from {@code now} on.
   *
   * @throws io.crmkit.core.shared.ValidationException listing every problem
   */
  ReminderSnapshot validate(ReminderId id, java.time.Instant now) {
    Problems problems = Problems.create();
    String cleanTitle = problems.text("title", title, 200, true);
    String cleanNote = problems.text("note", note, 4000, false);
    problems.check(
        leadTimes.size() <= MAX_LEAD_TIMES,
        "leadTimes",
        leadTimes.size(),
        "must be at most " + MAX_LEAD_TIMES);
    for (int i = 0; i < leadTimes.size(); i++) {
      Duration lead = leadTimes.get(i);
      problems.check(
          !lead.isNegative() && lead.compareTo(Duration.ofDays(366)) <= 0,
          "leadTimes[" + i + "]",
          lead,
          "must be between 0 and 366 days");
    }
    Recurrence recurrence =
        rrule == null ? null : problems.nested("", () -> Recurrence.parse(rrule, zone));
    String rule =
        generatedBy == null
            ? null
            : problems.value("generatedBy", () -> Codes.normalize("generatedBy", generatedBy));
    String key =
        idempotencyKey == null ? null : problems.text("idempotencyKey", idempotencyKey, 200, true);
    LocalDateTime start = Times.stored(due);
    LocalDateTime first = start;
    LocalDateTime localNow = LocalDateTime.ofInstant(now, zone);
    if (recurrence == null) {
      problems.check(
          !start.atZone(zone).toInstant().isBefore(now.minusSeconds(60)),
          "due",
          due,
          "must not be before now (" + localNow + ") for a one-off reminder");
    } else if (start.isBefore(localNow)) {
      first = recurrence.nextAfter(start, localNow.minusNanos(1)).orElse(null);
      problems.check(
          first != null,
          "recurrence",
          recurrence,
          "has no occurrence after now (" + localNow + ")");
    }
    problems.throwIfAny();
    return new ReminderSnapshot(
        id,
        tenant,
        0,
        now,
        now,
        customer,
        contact,
        owner,
        kind,
        cleanTitle,
        cleanNote,
        first,
        zone,
        List.copyOf(leadTimes),
        recurrence,
        start,
        ReminderStatus.OPEN,
        null,
        null,
        rule,
        key,
        false,
        null);
  }
}
