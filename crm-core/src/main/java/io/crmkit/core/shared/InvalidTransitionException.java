package io.crmkit.core.shared;

/**
 * A state change the domain forbids was asked for, such as a lifecycle move from {@code PROSPECT}
 * straight to {@code CHURNED}; the message names both states. Nothing was changed.
 *
 * @since 0.1
 */
public final class InvalidTransitionException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception naming what moved, from where, to where, and why it may not. */
  public InvalidTransitionException(String what, Object from, Object to, String why) {
    super(
        CrmErrorCode.INVALID_TRANSITION,
        what + " cannot move from " + from + " to " + to + ": " + why,
        null);
  }
}
