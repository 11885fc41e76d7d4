package io.crmkit.core.internal;

import io.crmkit.core.shared.ValidationException;
import java.text.Normalizer;

/**
 * The one rule for host-defined codes (industry, region, source, tag, …): NFC, stripped, 1 to 64
 * characters, no control characters, no line breaks. Case is kept: {@code 金卡} and {@code VIP} are
 * both valid codes.
 */
public final class Codes {
  /** The longest code accepted, in code points. */
  public static final int MAX_LENGTH = 64;

  private Codes() {}

  /**
   * Normalises and checks a code.
   *
   * @throws ValidationException naming {@code what} when the code is invalid
   */
  public static String normalize(String what, String value) {
    java.util.Objects.requireNonNull(what, "what");
    java.util.Objects.requireNonNull(value, what);
    String code = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    if (code.isEmpty()) {
      throw ValidationException.of(what, value, "must not be blank");
    }
    if (code.codePointCount(0, code.length()) > MAX_LENGTH) {
      throw ValidationException.of(what, value, "must be at most " + MAX_LENGTH + " characters");
    }
    if (code.codePoints().anyMatch(Codes::isControlOrLineBreak)) {
      throw ValidationException.of(what, value, "must not contain control characters");
    }
    return code;
  }

  private static boolean isControlOrLineBreak(int codePoint) {
    // U+2028 and U+2029 break lines without being ISO control characters
    return Character.isISOControl(codePoint) || codePoint == '\u2028' || codePoint == '\u2029';
  }
}
