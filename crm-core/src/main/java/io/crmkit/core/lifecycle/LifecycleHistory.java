package io.crmkit.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's lifecycle: its current stage and every move that led there, in order. One per
 * customer (its id is the customer's). Moves are checked against {@link LifecycleStage} and the
 * tenant's {@link LifecycleTransitions}; a forbidden move throws {@link
 * io.crmkit.core.shared.InvalidTransitionException} and changes nothing.
 *
 * @since 0.1
 */
public final class LifecycleHistory {
  /** The most entries one history keeps. */
  public static final int MAX_CHANGES = 10_000;

  private final TenantId tenant;
  private final CustomerId customer;
  private final long version;
  private List<StageChange> changes;
  private final List<CrmEvent> events = new ArrayList<>();

  private LifecycleHistory(LifecycleSnapshot s) {
    this.tenant = s.tenant();
    this.customer = s.customer();
    this.version = s.version();
    this.changes = s.changes();
  }

  /**
   * Starts a customer's lifecycle in the given stage; records {@link LifecycleStageChanged}.
   *
   * @throws ValidationException if the reason is blank or too long
   */
  public static LifecycleHistory begin(
      TenantId tenant,
      CustomerId customer,
      LifecycleStage stage,
      Instant at,
      String reason,
      UserRef actor) {
    StageChange first = new StageChange(null, stage, at, reason, actor);
    LifecycleHistory history =
        new LifecycleHistory(new LifecycleSnapshot(tenant, customer, 0, List.of(first)));
    history.events.add(new LifecycleStageChanged(tenant, customer, first.at(), first));
    return history;
  }

  /** Rebuilds a history from stored state, with no pending events. */
  public static LifecycleHistory restore(LifecycleSnapshot snapshot) {
    return new LifecycleHistory(requireNonNull(snapshot, "snapshot"));
  }

  /** Returns the complete current state. */
  public LifecycleSnapshot snapshot() {
    return new LifecycleSnapshot(tenant, customer, version, changes);
  }

  /**
   * Moves the customer to {@code next}; returns {@code false} and records nothing when it is
   * already there.
   *
   * @throws io.crmkit.core.shared.InvalidTransitionException naming both stages if the move is not
   *     allowed
   * @throws ValidationException if {@code at} is before the last move, or the reason is invalid
   */
  public boolean advanceTo(
      LifecycleStage next,
      Instant at,
      String reason,
      UserRef actor,
      LifecycleTransitions transitions) {
    LifecycleStage current = current();
    if (current == requireNonNull(next, "next")) {
      return false;
    }
    transitions.check(current, next);
    StageChange change = new StageChange(current, next, at, reason, actor);
    StageChange last = changes.get(changes.size() - 1);
    if (change.at().isBefore(last.at())) {
      throw ValidationException.of(
          "at", change.at(), "must not be before the last move at " + last.at());
    }
    if (changes.size() >= MAX_CHANGES) {
      throw ValidationException.of("changes", changes.size(), "must be at most " + MAX_CHANGES);
    }
    List<StageChange> copy = new ArrayList<>(changes);
    copy.add(change);
    changes = List.copyOf(copy);
    events.add(new LifecycleStageChanged(tenant, customer, change.at(), change));
    return true;
  }

  /** Returns the current stage. */
  public LifecycleStage current() {
    return changes.get(changes.size() - 1).to();
  }

  /** Returns the stage the customer was in at the instant; empty before the lifecycle began. */
  public Optional<LifecycleStage> stageAt(Instant instant) {
    LifecycleStage stage = null;
    for (StageChange change : changes) {
      if (change.at().isAfter(instant)) {
        break;
      }
      stage = change.to();
    }
    return Optional.ofNullable(stage);
  }

  /**
   * Returns how long the customer spent in each stage up to {@code asOf}; stages never entered are
   * left out.
   */
  public Map<LifecycleStage, Duration> timeInStages(Instant asOf) {
    Map<LifecycleStage, Duration> spent = new EnumMap<>(LifecycleStage.class);
    for (int i = 0; i < changes.size(); i++) {
      StageChange change = changes.get(i);
      if (!change.at().isBefore(asOf)) {
        break;
      }
      Instant end = i + 1 < changes.size() ? changes.get(i + 1).at() : asOf;
      if (end.isAfter(asOf)) {
        end = asOf;
      }
      spent.merge(change.to(), Duration.between(change.at(), end), Duration::plus);
    }
    return spent;
  }

  /** Returns every move, oldest first. */
  public List<StageChange> changes() {
    return changes;
  }

  /** Returns and forgets the events recorded since the history was loaded or begun. */
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
