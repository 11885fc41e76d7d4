package io.crmkit.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.InvalidTransitionException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle moves one tenant allows: the moves {@link LifecycleStage} allows, possibly narrowed
 * (a tenant that never wins customers back forbids CHURNED → ACTIVE). A table can only forbid
 * moves, never allow one the stage itself forbids.
 *
 * @since 0.1
 */
public final class LifecycleTransitions {
  private static final LifecycleTransitions STANDARD =
      new LifecycleTransitions(new EnumMap<>(LifecycleStage.class));

  private final Map<LifecycleStage, Set<LifecycleStage>> forbidden;

  private LifecycleTransitions(Map<LifecycleStage, Set<LifecycleStage>> forbidden) {
    this.forbidden = forbidden;
  }

  /** Returns the table that allows every move {@link LifecycleStage} allows. */
  public static LifecycleTransitions standard() {
    return STANDARD;
  }

  /**
   * Returns a copy that also forbids the move {@code from → to}.
   *
   * @throws InvalidTransitionException if the stage itself already forbids the move, which points
   *     at a mistake in the host's configuration
   */
  public LifecycleTransitions forbid(LifecycleStage from, LifecycleStage to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!from.canTransitionTo(to)) {
      throw new InvalidTransitionException(
          "lifecycle", from, to, "the move is never allowed, so it cannot be forbidden");
    }
    Map<LifecycleStage, Set<LifecycleStage>> copy = new EnumMap<>(LifecycleStage.class);
    forbidden.forEach((stage, set) -> copy.put(stage, EnumSet.copyOf(set)));
    copy.computeIfAbsent(from, s -> EnumSet.noneOf(LifecycleStage.class)).add(to);
    return new LifecycleTransitions(copy);
  }

  /** Returns whether the move is allowed by the stage and not forbidden by this table. */
  public boolean allows(LifecycleStage from, LifecycleStage to) {
    return from.canTransitionTo(to) && !forbidden.getOrDefault(from, Set.of()).contains(to);
  }

  /**
   * Checks a move.
   *
   * @throws InvalidTransitionException naming both stages if the move is not allowed
   */
  public void check(LifecycleStage from, LifecycleStage to) {
    if (!from.canTransitionTo(to)) {
      throw new InvalidTransitionException(
          "lifecycle", from, to, "allowed next stages are " + from.allowedNext());
    }
    if (!allows(from, to)) {
      throw new InvalidTransitionException(
          "lifecycle", from, to, "the tenant's transition table forbids it");
    }
  }

  @Override
  public String toString() {
    return "LifecycleTransitions[forbidden=" + forbidden + "]";
  }
}
