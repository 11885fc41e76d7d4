package io.crmkit.core.reminder;

/**
 * Where a reminder stands. OPEN and SNOOZED are live; DONE and CANCELLED are final; a MISSED
 * reminder may still be done late or cancelled. The one way back is {@link Reminder#reopen}: a
 * reminder regeneration cancelled as {@linkplain ReminderSnapshot#superseded() superseded} opens
 * again when its rule plans it again; {@link #canTransitionTo} describes the ordinary moves only.
 *
 * @since 0.1
 */
public enum ReminderStatus {
  /** Waiting for its due time, or due. */
  OPEN,
  /** Put off to a later time. */
  SNOOZED,
  /** Done. */
  DONE,
  /** Called off. */
  CANCELLED,
  /** Not done in time. */
  MISSED;

  /** Returns whether a reminder in this status may move to {@code next}. */
  public boolean canTransitionTo(ReminderStatus next) {
    return switch (this) {
      case OPEN, SNOOZED -> next != OPEN;
      case MISSED -> next == DONE || next == CANCELLED;
      case DONE, CANCELLED -> false;
    };
  }

  /** Returns whether the reminder still asks for action. */
  public boolean isLive() {
    return this == OPEN || this == SNOOZED;
  }
}
