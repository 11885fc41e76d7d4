package io.crmkit.core.activity;

/**
 * The four kinds of activity, for filtering lists.
 *
 * @since 0.1
 */
public enum ActivityKind {
  /** An {@link Order}. */
  ORDER,
  /** A {@link Contract}. */
  CONTRACT,
  /** An {@link Interaction}. */
  INTERACTION,
  /** A piece of {@link Feedback}. */
  FEEDBACK;

  /** Returns the kind of an activity. */
  public static ActivityKind of(Activity activity) {
    java.util.Objects.requireNonNull(activity, "activity");
    if (activity instanceof Order) {
      return ORDER;
    } else if (activity instanceof Contract) {
      return CONTRACT;
    } else if (activity instanceof Interaction) {
      return INTERACTION;
    }
    return FEEDBACK;
  }
}
