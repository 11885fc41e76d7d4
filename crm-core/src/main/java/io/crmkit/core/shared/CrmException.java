package io.crmkit.core.shared;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception crmkit throws on purpose; each carries a stable {@link CrmErrorCode}.
 *
 * @since 0.1
 */
public abstract class CrmException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final CrmErrorCode code;

  /**
   * Creates an exception with a code, a lower-case message naming the bad value, and an optional
   * cause.
   */
  protected CrmException(CrmErrorCode code, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.code = requireNonNull(code, "code");
  }

  /** Returns the stable error code of this failure. */
  public CrmErrorCode code() {
    return code;
  }
}
