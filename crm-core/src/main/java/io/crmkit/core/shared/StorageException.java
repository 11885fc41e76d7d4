package io.crmkit.core.shared;

/**
 * The storage adapter failed for a reason that is not a business outcome (I/O, a lost connection, a
 * constraint the domain did not foresee); the cause is attached.
 *
 * @since 0.1
 */
public final class StorageException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** Wraps a storage failure with a lower-case message saying what was being done. */
  public StorageException(String message, Throwable cause) {
    super(CrmErrorCode.STORAGE_FAILURE, message, cause);
  }
}
