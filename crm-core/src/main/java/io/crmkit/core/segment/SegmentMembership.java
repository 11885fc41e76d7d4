package io.crmkit.core.segment;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Times;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One customer's membership of one segment over time: when it entered and left, who added it, and
 * its opt-in status for marketing lists.
 *
 * @since 0.1
 */
public final class SegmentMembership {
  private final TenantId tenant;
  private final MembershipKey key;
  private final long version;
  private List<MembershipPeriod> periods;
  private OptIn optIn;
  private final List<CrmEvent> events = new ArrayList<>();

  private SegmentMembership(MembershipSnapshot s) {
    this.tenant = s.tenant();
    this.key = s.key();
    this.version = s.version();
    this.periods = s.periods();
    this.optIn = s.optIn();
  }

  /** Returns the membership of a customer that was never in the segment. */
  public static SegmentMembership none(TenantId tenant, MembershipKey key) {
    return new SegmentMembership(new MembershipSnapshot(tenant, key, 0, List.of(), OptIn.UNKNOWN));
  }

  /** Rebuilds a membership from stored state, with no pending events. */
  public static SegmentMembership restore(MembershipSnapshot snapshot) {
    return new SegmentMembership(requireNonNull(snapshot, "snapshot"));
  }

  /** Returns the complete current state. */
  public MembershipSnapshot snapshot() {
    return new MembershipSnapshot(tenant, key, version, periods, optIn);
  }

  /**
   * Enters the segment; returns {@code false} and records nothing for a member.
   *
   * @throws ValidationException if {@code at} is before the last time it left
   */
  public boolean enter(Instant at, UserRef by) {
    if (isMember()) {
      return false;
    }
    Instant start = Times.stored(at);
    if (!periods.isEmpty() && start.isBefore(periods.get(periods.size() - 1).left())) {
      throw ValidationException.of(
          "at",
          start,
          "must not be before the customer last left, " + periods.get(periods.size() - 1).left());
    }
    List<MembershipPeriod> copy = new ArrayList<>(periods);
    copy.add(new MembershipPeriod(start, null, by));
    periods = List.copyOf(copy);
    events.add(new SegmentEntered(tenant, key, start));
    return true;
  }

  /**
   * Leaves the segment; returns {@code false} and records nothing for a non-member.
   *
   * @throws ValidationException if {@code at} is not after the customer entered
   */
  public boolean leave(Instant at) {
    if (!isMember()) {
      return false;
    }
    Instant end = Times.stored(at);
    MembershipPeriod open = periods.get(periods.size() - 1);
    List<MembershipPeriod> copy = new ArrayList<>(periods.subList(0, periods.size() - 1));
    copy.add(new MembershipPeriod(open.entered(), end, open.addedBy()));
    periods = List.copyOf(copy);
    events.add(new SegmentLeft(tenant, key, end));
    return true;
  }

  /** Records the marketing opt-in status. */
  public void recordOptIn(OptIn status) {
    optIn = requireNonNull(status, "status");
  }

  /** Returns whether the customer is a member now. */
  public boolean isMember() {
    return !periods.isEmpty() && periods.get(periods.size() - 1).left() == null;
  }

  /** Returns whether the customer was a member at the instant. */
  public boolean wasMemberAt(Instant instant) {
    return periods.stream().anyMatch(p -> p.covers(instant));
  }

  /** Returns every stay, oldest first. */
  public List<MembershipPeriod> periods() {
    return periods;
  }

  /** Returns the opt-in status. */
  public OptIn optIn() {
    return optIn;
  }

  /** Returns and forgets the events recorded since the membership was loaded. */
  public List<CrmEvent> pullEvents() {
    List<CrmEvent> pulled = List.copyOf(events);
    events.clear();
    return pulled;
  }

  /** Returns the tenant. */
  public TenantId tenant() {
    return tenant;
  }

  /** Returns the segment and the customer. */
  public MembershipKey key() {
    return key;
  }

  /** Returns the stored version; 0 before the first save. */
  public long version() {
    return version;
  }
}
