package io.crmkit.examples.report;

/**
 * Thrown when the database of {@code --store} cannot be opened: no driver for the URL, the database
 * unreachable or refusing the user, a database crmkit has no schema for, or a failed migration. The
 * program exits with {@link KeyAccountReport#EXIT_DATA}.
 *
 * @since 0.1
 */
final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the store and the cause. */
  StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
