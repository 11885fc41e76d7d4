package io.crmkit.core.reminder;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Criteria for listing reminders of one tenant — an owner's to-do list: due today, overdue, the
 * next N days. Results come ordered by due instant, then id, keyset-paged.
 *
 * @param tenant the tenant (required)
 * @param owner only this owner's reminders, or {@code null}
 * @param customer only reminders about this customer, or {@code null}
 * @param statuses only reminders in these statuses (never empty)
 * @param kind only this kind, or {@code null}
 * @param dueFrom only reminders due at or after this instant, or {@code null}
 * @param dueBefore only reminders due before this instant, or {@code null}
 * @param unannouncedOnly only reminders not {@linkplain ReminderSnapshot#announcedAt() announced}
 *     as due for their current due time, if {@code true}
 * @since 0.1
 */
public record ReminderQuery(
    TenantId tenant,
    @Nullable UserRef owner,
    @Nullable CustomerId customer,
    Set<ReminderStatus> statuses,
    @Nullable ReminderKind kind,
    @Nullable Instant dueFrom,
    @Nullable Instant dueBefore,
    boolean unannouncedOnly) {

  /** Requires the tenant and at least one status. */
  public ReminderQuery {
    requireNonNull(tenant, "tenant");
    if (statuses.isEmpty()) {
      throw new IllegalArgumentException("a reminder query needs at least one status");
    }
    statuses = Set.copyOf(EnumSet.copyOf(statuses));
  }

  /** Returns a query for an owner's live (open or snoozed) reminders. */
  public static ReminderQuery liveFor(TenantId tenant, UserRef owner) {
    return new ReminderQuery(
        tenant,
        requireNonNull(owner, "owner"),
        null,
        EnumSet.of(ReminderStatus.OPEN, ReminderStatus.SNOOZED),
        null,
        null,
        null,
        false);
  }

  /** Returns a query for every live reminder of the tenant. */
  public static ReminderQuery live(TenantId tenant) {
    return new ReminderQuery(
        tenant,
        null,
        null,
        EnumSet.of(ReminderStatus.OPEN, ReminderStatus.SNOOZED),
        null,
        null,
        null,
        false);
  }

  /** Also requires a due instant in {@code [from, before)}. */
  public ReminderQuery dueBetween(@Nullable Instant from, @Nullable Instant before) {
    return new ReminderQuery(
        tenant, owner, customer, statuses, kind, from, before, unannouncedOnly);
  }

  /** Also requires the customer. */
  public ReminderQuery about(CustomerId required) {
    return new ReminderQuery(
        tenant,
        owner,
        requireNonNull(required, "customer"),
        statuses,
        kind,
        dueFrom,
        dueBefore,
        unannouncedOnly);
  }

  /** Also requires the kind. */
  public ReminderQuery kind(ReminderKind required) {
    return new ReminderQuery(
        tenant,
        owner,
        customer,
        statuses,
        requireNonNull(required, "kind"),
        dueFrom,
        dueBefore,
        unannouncedOnly);
  }

  /**
   * Also requires that the reminder is not {@linkplain ReminderSnapshot#announcedAt() announced} as
   * due for its current due time.
   *
   * @since 0.1
   */
  public ReminderQuery unannounced() {
    return new ReminderQuery(tenant, owner, customer, statuses, kind, dueFrom, dueBefore, true);
  }

  /** Returns whether a reminder meets every criterion; other stores must agree with it. */
  public boolean matches(ReminderSnapshot r) {
    Instant due = r.dueAt();
    return r.tenant().equals(tenant)
        && (owner == null || owner.equals(r.owner()))
        && (customer == null || customer.equals(r.customer()))
        && statuses.contains(r.status())
        && (kind == null || kind == r.kind())
        && (dueFrom == null || !due.isBefore(dueFrom))
        && (dueBefore == null || due.isBefore(dueBefore))
        && (!unannouncedOnly || r.announcedAt() == null);
  }
}
