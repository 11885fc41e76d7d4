package io.crmkit.core.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;

/**
 * A telephone number in E.164 form ({@code +8613812345678}), parsed and validated with Google's
 * libphonenumber; numbers written nationally ({@code 138 1234 5678}) need the region they were
 * written in.
 *
 * @param e164 the number in E.164 form
 * @since 0.1
 */
public record PhoneNumber(String e164) {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /**
   * Validates that the value is a valid number in E.164 form.
   *
   * @throws ValidationException if it is not
   */
  public PhoneNumber {
    java.util.Objects.requireNonNull(e164, "e164");
    if (!e164.startsWith("+") || !normalize(e164, "ZZ").equals(e164)) {
      throw ValidationException.of("phone", e164, "must be a valid number in E.164 form");
    }
  }

  /**
   * Parses a number written in any common form; {@code defaultRegion} (ISO 3166 alpha-2, e.g.
   * {@code CN}) is used when the number has no leading {@code +} country code.
   *
   * @throws ValidationException if the number cannot be parsed or is not a valid number
   */
  public static PhoneNumber parse(String raw, String defaultRegion) {
    return new PhoneNumber(normalize(raw, defaultRegion));
  }

  /**
   * Parses a number that carries its country code ({@code +86 138 1234 5678}).
   *
   * @throws ValidationException if the number cannot be parsed or is not a valid number
   */
  public static PhoneNumber of(String international) {
    return parse(international, "ZZ");
  }

  /** Returns the ISO 3166 region the number belongs to, e.g. {@code CN}. */
  public String region() {
    return UTIL.getRegionCodeForNumber(proto(e164));
  }

  /** Returns the number formatted for people, e.g. {@code +86 138 1234 5678}. */
  public String formatInternational() {
    return UTIL.format(proto(e164), PhoneNumberFormat.INTERNATIONAL);
  }

  @Override
  public String toString() {
    return e164;
  }

  private static Phonenumber.PhoneNumber proto(String e164) {
    try {
      return UTIL.parse(e164, "ZZ");
    } catch (NumberParseException e) {
      throw new IllegalStateException("a validated number no longer parses: " + e164, e);
    }
  }

  private static String normalize(String raw, String defaultRegion) {
    java.util.Objects.requireNonNull(raw, "phone");
    String region = defaultRegion.strip().toUpperCase(Locale.ROOT);
    if (!region.equals("ZZ") && !UTIL.getSupportedRegions().contains(region)) {
      throw ValidationException.of(
          "phone.region", defaultRegion, "must be an ISO 3166 region code");
    }
    Phonenumber.PhoneNumber number;
    try {
      number = UTIL.parse(raw, region);
    } catch (NumberParseException e) {
      throw ValidationException.of("phone", raw, "must be a phone number (" + describe(e) + ")");
    }
    if (!UTIL.isValidNumber(number)) {
      throw ValidationException.of("phone", raw, "must be a valid phone number");
    }
    return UTIL.format(number, PhoneNumberFormat.E164);
  }

  private static String describe(NumberParseException e) {
    return e.getErrorType().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
