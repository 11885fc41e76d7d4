package io.crmkit.core.internal;

import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects every validation problem of one input before failing, so that a {@link
 * ValidationException} lists them all.
 */
public final class Problems {
  private final List<FieldError> errors = new ArrayList<>();

  private Problems() {}

  /** Starts an empty collection. */
  public static Problems create() {
    return new Problems();
  }

  /** Records a problem unless {@code ok}. */
  public Problems check(boolean ok, String field, @Nullable Object value, String rule) {
    if (!ok) {
      add(field, value, rule);
    }
    return this;
  }

  /** Records a problem. */
  public Problems add(String field, @Nullable Object value, String rule) {
    errors.add(new FieldError(field, value == null ? null : String.valueOf(value), rule));
    return this;
  }

  /**
   * Requires a value: a {@code null} where the API does not allow one is a programming error, not
   * bad input, and fails at once with a {@link NullPointerException} naming the field.
   *
   * @return {@code true}, so that checks of the value can follow in one condition
   */
  public boolean require(@Nullable Object value, String field) {
    if (value == null) {
      throw new NullPointerException(field + " is required");
    }
    return true;
  }

  /**
   * Runs the factory of a single value (a code, an e-mail address, a phone number) and records its
   * {@link ValidationException} errors as errors of {@code field}; returns the value, or {@code
   * null} when it failed.
   */
  public <T> @Nullable T value(String field, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (ValidationException e) {
      for (FieldError error : e.errors()) {
        errors.add(new FieldError(field, error.rejectedValue(), error.rule()));
      }
      return null;
    }
  }

  /**
   * Runs the factory of a composite value (a name, an address, a contact point) and records its
   * {@link ValidationException} errors with {@code prefix} put before their own field paths;
   * returns the value, or {@code null} when it failed.
   */
  public <T> @Nullable T nested(String prefix, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (ValidationException e) {
      addAll(prefix, e);
      return null;
    }
  }

  /**
   * Normalises free text (NFC, surrounding white space stripped) and checks it: not blank when
   * required, at most {@code maxLength} code points, no control characters. Returns the normalised
   * text, or {@code null} when absent or invalid.
   */
  public @Nullable String text(
      String field, @Nullable String value, int maxLength, boolean required) {
    if (value == null) {
      if (required) {
        throw new NullPointerException(field + " is required");
      }
      return null;
    }
    String normalized = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    if (normalized.isEmpty()) {
      if (required) {
        add(field, value, "must not be blank");
        return null;
      }
      return null;
    }
    boolean ok = true;
    int length = normalized.codePointCount(0, normalized.length());
    if (length > maxLength) {
      add(field, abbreviate(value), "must be at most " + maxLength + " characters");
      ok = false;
    }
    if (normalized.codePoints().anyMatch(Problems::isForbidden)) {
      add(field, abbreviate(value), "must not contain control characters");
      ok = false;
    }
    return ok ? normalized : null;
  }

  /** Adds every error collected so far from another exception, under a prefix. */
  public Problems addAll(String prefix, ValidationException e) {
    for (FieldError error : e.errors()) {
      errors.add(error.under(prefix));
    }
    return this;
  }

  /** Returns whether nothing was found. */
  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Throws a {@link ValidationException} listing every problem, if there is any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  private static boolean isForbidden(int codePoint) {
    // control characters, lone surrogates (broken UTF-16) and the non-characters U+FFFE/U+FFFF
    return Character.isISOControl(codePoint)
        || Character.getType(codePoint) == Character.SURROGATE
        || codePoint == 0xFFFE
        || codePoint == 0xFFFF;
  }

  private static String abbreviate(String value) {
    return value.length() <= 80 ? value : value.substring(0, 77) + "...";
  }
}
