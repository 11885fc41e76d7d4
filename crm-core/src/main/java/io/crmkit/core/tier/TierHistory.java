package io.crmkit.core.tier;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.internal.Times;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer's tiers on every ladder over time: one chain of {@link TierAssignment}s per ladder, so
 * that "tier of customer X on date D" is a query. A manual assignment may be locked against rules
 * until a date; a rule's attempt to change it before then comes back as {@link TierOutcome#LOCKED}
 * and changes nothing.
 *
 * @since 0.1
 */
public final class TierHistory {
  private final TenantId tenant;
  private final CustomerId customer;
  private final long version;
  private List<TierAssignment> assignments;
  private final List<CrmEvent> events = new ArrayList<>();

  private TierHistory(TierHistorySnapshot s) {
    this.tenant = s.tenant();
    this.customer = s.customer();
    this.version = s.version();
    this.assignments = s.assignments();
  }

  /** Returns the empty history of a customer never graded. */
  public static TierHistory empty(TenantId tenant, CustomerId customer) {
    return new TierHistory(new TierHistorySnapshot(tenant, customer, 0, List.of()));
  }

  /** Rebuilds a history from stored state, with no pending events. */
  public static TierHistory restore(TierHistorySnapshot snapshot) {
    return new TierHistory(requireNonNull(snapshot, "snapshot"));
  }

  /** Returns the complete current state. */
  public TierHistorySnapshot snapshot() {
    return new TierHistorySnapshot(tenant, customer, version, assignments);
  }

  /**
   * Assigns a tier of the ladder from {@code at} on, ending the current assignment; records {@link
   * TierChanged} when the tier really changes.
   *
   * @param lockedUntil for a manual assignment, until when rules may not change it; {@code null}
   *     for no lock
   * @return {@link TierOutcome#ASSIGNED}, {@link TierOutcome#UNCHANGED} when the customer has that
   *     tier already (with the same lock), or {@link TierOutcome#LOCKED} when a rule meets a manual
   *     lock
   * @throws ValidationException if the tier is not on the ladder, {@code at} is not after the
   *     current assignment's start, or the reason is invalid
   */
  public TierOutcome assign(
      TierLadder ladder,
      TierCode tier,
      Instant at,
      AssignmentSource source,
      String reason,
      UserRef by,
      @Nullable Instant lockedUntil) {
    ladder.require(tier);
    if (!ladder.tenant().equals(tenant)) {
      throw ValidationException.of("ladder", ladder.key(), "must belong to tenant " + tenant);
    }
    Instant start = Times.stored(at);
    Optional<TierAssignment> current = current(ladder.key());
    TierAssignment next =
        new TierAssignment(ladder.key(), tier, start, null, source, reason, by, lockedUntil);
    if (current.isPresent()) {
      TierAssignment now = current.get();
      if (source.isRule() && now.isLockedAt(start)) {
        return TierOutcome.LOCKED;
      }
      boolean sameLock = java.util.Objects.equals(now.lockedUntil(), next.lockedUntil());
      if (now.tier().equals(tier) && (source.isRule() || sameLock)) {
        return TierOutcome.UNCHANGED;
      }
      if (!start.isAfter(now.from())) {
        throw ValidationException.of(
            "at",
            start,
            "must be after the current assignment's start "
                + now.from()
                + "; tier history may not overlap");
      }
    }
    List<TierAssignment> copy = new ArrayList<>(assignments.size() + 1);
    for (TierAssignment assignment : assignments) {
      copy.add(
          current.isPresent() && assignment == current.get()
              ? assignment.endedAt(start)
              : assignment);
    }
    copy.add(next);
    assignments = new TierHistorySnapshot(tenant, customer, version, copy).assignments();
    if (current.isEmpty() || !current.get().tier().equals(tier)) {
      events.add(
          new TierChanged(
              tenant, customer, start, current.map(TierAssignment::tier).orElse(null), next));
    }
    return TierOutcome.ASSIGNED;
  }

  /** Returns the current assignment on a ladder, if the customer has one. */
  public Optional<TierAssignment> current(LadderKey ladder) {
    return assignments.stream()
        .filter(a -> a.ladder().equals(ladder) && a.thru() == null)
        .findFirst();
  }

  /** Returns the tier the customer had on the ladder at the instant, if any. */
  public Optional<TierCode> tierAt(LadderKey ladder, Instant instant) {
    return assignments.stream()
        .filter(a -> a.ladder().equals(ladder) && a.covers(instant))
        .map(TierAssignment::tier)
        .findFirst();
  }

  /** Returns one ladder's assignments, oldest first. */
  public List<TierAssignment> history(LadderKey ladder) {
    return assignments.stream().filter(a -> a.ladder().equals(ladder)).toList();
  }

  /** Returns every assignment, by ladder, oldest first. */
  public List<TierAssignment> assignments() {
    return assignments;
  }

  /** Returns and forgets the events recorded since the history was loaded. */
  public List<CrmEvent> pullEvents() {
    List<CrmEvent> pulled = List.copyOf(events);
    events.clear();
    return pulled;
  }

  /** Returns the tenant. */
  public TenantId tenant() {
    return tenant;
  }

  /** Returns the customer. */
  public CustomerId customer() {
    return customer;
  }

  /** Returns the stored version; 0 before the first save. */
  public long version() {
    return version;
  }
}
