package io.crmkit.core.shared;

/**
 * The aggregate asked for does not exist in the caller's tenant (or belongs to another tenant,
 * which looks the same from outside).
 *
 * @since 0.1
 */
public final class NotFoundException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception naming what was looked for, e.g. {@code "customer 0f3c… not found"}. */
  public NotFoundException(String what) {
    super(CrmErrorCode.NOT_FOUND, what + " not found", null);
  }
}
