package io.crmkit.core.shared;

/**
 * A save was based on a stale version: somebody else saved the aggregate in between. Reload and
 * retry; nothing of the failed unit of work was stored.
 *
 * @since 0.1
 */
public final class ConcurrentUpdateException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception naming the aggregate and both versions. */
  public ConcurrentUpdateException(String aggregate, long expectedVersion, long actualVersion) {
    super(
        CrmErrorCode.CONCURRENT_UPDATE,
        aggregate
            + " was saved from version "
            + expectedVersion
            + " but the stored version is "
            + (actualVersion < 0 ? "absent" : String.valueOf(actualVersion)),
        null);
  }
}
