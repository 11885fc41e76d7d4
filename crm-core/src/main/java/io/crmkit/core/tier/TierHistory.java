package io.crmkit.core.tier;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.internal.Times;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A customer's tiers on every ladder over time: one chain of {@link TierAssignment}s per ladder, so
 * that "tier of customer X on date D" is a query. A manual assignment may be locked against rules
 * until a date; a rule's attempt to change it before then comes back as {@link TierOutcome#LOCKED}
 * and changes nothing.
 *
 * <p>Rule decisions go through {@link #applyRule}, which honours the ladder's {@linkplain
 * TierLadder#downgradeGraceDays() downgrade grace}: an upgrade applies at once, a downgrade only
 * once the rule has said "lower" on every evaluation for at least the grace days, and until then
 * the history keeps a {@link PendingDowngrade} for the ladder.
 *
 * @since 0.1
 */
public final class TierHistory {
  private final TenantId tenant;
  private final CustomerId customer;
  private final long version;
  private List<TierAssignment> assignments;
  private final Map<LadderKey, PendingDowngrade> pending = new TreeMap<>();
  private final List<CrmEvent> events = new ArrayList<>();

  private TierHistory(TierHistorySnapshot s) {
    this.tenant = s.tenant();
    this.customer = s.customer();
    this.version = s.version();
    this.assignments = s.assignments();
    s.pendingDowngrades().forEach(p -> pending.put(p.ladder(), p));
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
    return new TierHistorySnapshot(
        tenant, customer, version, assignments, List.copyOf(pending.values()));
  }

  /**
   * Applies a rule's decision for the day, honouring the ladder's downgrade grace: a first
   * assignment, an upgrade or a decision for the current tier applies as {@link #assign} does and
   * cancels any pending downgrade; a decision for a lower tier applies only when the rule has said
   * "lower" since at least {@link TierLadder#downgradeGraceDays()} days before {@code day},
   * otherwise it starts or continues a {@link PendingDowngrade} (remembering the latest lower tier
   * and the first day of the run) and comes back as {@link TierOutcome#DOWNGRADE_PENDING}. When the
   * grace has run out the latest decision applies. A manual lock in force wins over every decision.
   *
   * <p>"In a row" means on every evaluation: the history only sees the days it is evaluated on, so
   * a run is broken only by an evaluation that does not say "lower".
   *
   * @param ladder the ladder, with its grace
   * @param decision the rule's decision
   * @param ruleId the rule's id, recorded as the assignment's source
   * @param at when the decision is applied
   * @param day the day the rule decided for, in the host's zone
   * @param by the user or job that ran the rule
   * @return {@link TierOutcome#ASSIGNED}, {@link TierOutcome#UNCHANGED}, {@link TierOutcome#LOCKED}
   *     or {@link TierOutcome#DOWNGRADE_PENDING}
   * @throws ValidationException as {@link #assign} does
   */
  public TierOutcome applyRule(
      TierLadder ladder,
      TierDecision decision,
      String ruleId,
      Instant at,
      LocalDate day,
      UserRef by) {
    requireNonNull(ladder, "ladder");
    requireNonNull(decision, "decision");
    requireNonNull(ruleId, "ruleId");
    requireNonNull(at, "at");
    requireNonNull(day, "day");
    requireNonNull(by, "by");
    AssignmentSource source = AssignmentSource.rule(ruleId);
    ladder.require(decision.tier());
    if (!ladder.tenant().equals(tenant)) {
      throw ValidationException.of("ladder", ladder.key(), "must belong to tenant " + tenant);
    }
    Optional<TierAssignment> current = current(ladder.key());
    if (current.isPresent()
        && !current.get().isLockedAt(Times.stored(at))
        && ladder.compare(decision.tier(), current.get().tier()) < 0) {
      PendingDowngrade before = pending.get(ladder.key());
      LocalDate since = before == null || day.isBefore(before.since()) ? day : before.since();
      if (day.isBefore(since.plusDays(ladder.downgradeGraceDays()))) {
        pending.put(ladder.key(), new PendingDowngrade(ladder.key(), decision.tier(), since));
        return TierOutcome.DOWNGRADE_PENDING;
      }
    }
    return assign(ladder, decision.tier(), at, source, decision.reason(), by, null);
  }

  /** Returns the downgrade the ladder's grace holds back, if the rules have decided one. */
  public Optional<PendingDowngrade> pendingDowngrade(LadderKey ladder) {
    return Optional.ofNullable(pending.get(ladder));
  }

  /**
   * Assigns a tier of the ladder from {@code at} on, ending the current assignment; records {@link
   * TierChanged} when the tier really changes. Unless a lock refuses it, it cancels the ladder's
   * pending downgrade; it does not apply the ladder's grace (rules go through {@link #applyRule}).
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
        pending.remove(ladder.key());
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
    pending.remove(ladder.key());
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
