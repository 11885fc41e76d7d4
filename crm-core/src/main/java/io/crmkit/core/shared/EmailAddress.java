package io.crmkit.core.shared;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, normalised: white space stripped, the domain lower-cased and in ASCII
 * (internationalised domains become punycode); the local part keeps its case, as RFC 5321 asks.
 * {@link #canonical()} gives the fully lower-cased form used to match duplicates.
 *
 * @param value the normalised address
 * @since 0.1
 */
public record EmailAddress(String value) {
  private static final int MAX_LENGTH = 254;
  // RFC 5322 dot-atom local part, plus the non-ASCII letters RFC 6531 allows
  private static final Pattern LOCAL =
      Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

  /**
   * Validates that the value is already a normalised address.
   *
   * @throws ValidationException if it is not
   */
  public EmailAddress {
    String normalized = normalize(value);
    if (!normalized.equals(value)) {
      throw ValidationException.of("email", value, "must be a normalised e-mail address");
    }
  }

  /**
   * Parses and normalises an address, e.g. {@code EmailAddress.of(" Li.Na@Example.COM ")} gives
   * {@code Li.Na@example.com}.
   *
   * @throws ValidationException if the address is malformed
   */
  public static EmailAddress of(String raw) {
    return new EmailAddress(normalize(raw));
  }

  /** Returns the address fully lower-cased, for matching duplicates. */
  public String canonical() {
    return value.toLowerCase(Locale.ROOT);
  }

  /** Returns the domain part. */
  public String domain() {
    return value.substring(value.lastIndexOf('@') + 1);
  }

  @Override
  public String toString() {
    return value;
  }

  private static String normalize(String raw) {
    java.util.Objects.requireNonNull(raw, "email");
    String trimmed = raw.strip();
    int at = trimmed.lastIndexOf('@');
    if (at <= 0 || at == trimmed.length() - 1 || trimmed.length() > MAX_LENGTH) {
      throw ValidationException.of("email", raw, "must be an e-mail address like name@example.com");
    }
    String local = trimmed.substring(0, at);
    String domain;
    try {
      domain =
          IDN.toASCII(trimmed.substring(at + 1), IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("email", raw, "must have a valid domain");
    }
    if (local.length() > 64
        || !LOCAL.matcher(local).matches()
        || !DOMAIN.matcher(domain).matches()) {
      throw ValidationException.of("email", raw, "must be an e-mail address like name@example.com");
    }
    return local + "@" + domain;
  }
}
