package io.crmkit.core.shared;

import static java.util.stream.Collectors.joining;

import java.util.List;

/**
 * Input was rejected; {@link #errors()} lists every problem found, not only the first. Nothing was
 * stored when this is thrown.
 *
 * @since 0.1
 */
public final class ValidationException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final List<FieldError> errors;

  /**
   * Creates an exception listing every field error.
   *
   * @throws IllegalArgumentException if {@code errors} is empty
   */
  public ValidationException(List<FieldError> errors) {
    super(CrmErrorCode.VALIDATION_FAILED, render(errors), null);
    this.errors = List.copyOf(errors);
  }

  /** Creates an exception for a single problem. */
  public static ValidationException of(
      String field, @org.jspecify.annotations.Nullable Object value, String rule) {
    return new ValidationException(
        List.of(new FieldError(field, value == null ? null : String.valueOf(value), rule)));
  }

  /** Returns every field error, in the order they were found. */
  public List<FieldError> errors() {
    return errors;
  }

  /** Returns the error paths, convenient for assertions and logs. */
  public List<String> fields() {
    return errors.stream().map(FieldError::field).toList();
  }

  private static String render(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one error");
    }
    return errors.stream().map(FieldError::toString).collect(joining("; "));
  }
}
