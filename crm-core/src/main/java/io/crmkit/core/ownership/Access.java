package io.crmkit.core.ownership;

/**
 * What a team member may do with the customer's data.
 *
 * @since 0.1
 */
public enum Access {
  /** May read. */
  READ,
  /** May read and change. */
  READ_WRITE;

  /** Returns whether this access allows at least {@code needed}. */
  public boolean allows(Access needed) {
    return this == READ_WRITE || needed == READ;
  }
}
