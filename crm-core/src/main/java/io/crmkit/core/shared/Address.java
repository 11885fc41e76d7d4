package io.crmkit.core.shared;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Problems;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A postal address as Chinese and international forms both need it: country (ISO 3166 alpha-2),
 * province or state, city, district, street lines, postal code.
 *
 * @param country ISO 3166 alpha-2 code, upper case
 * @param province province, state or prefecture, if any
 * @param city city
 * @param district district or county, if any
 * @param street street, building and room
 * @param postalCode postal code, if any
 * @since 0.1
 */
public record Address(
    String country,
    @Nullable String province,
    String city,
    @Nullable String district,
    String street,
    @Nullable String postalCode) {
  private static final int MAX_LINE = 200;

  /**
   * Validates every part and lists all problems.
   *
   * @throws ValidationException if the country is not ISO 3166, or a required part is blank
   */
  public Address {
    Problems problems = Problems.create();
    String countryCode = requireNonNull(country, "country").strip().toUpperCase(Locale.ROOT);
    problems.check(
        Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).contains(countryCode),
        "country",
        country,
        "must be an ISO 3166 alpha-2 country code");
    province = problems.text("province", province, MAX_LINE, false);
    city = problems.text("city", city, MAX_LINE, true);
    district = problems.text("district", district, MAX_LINE, false);
    street = problems.text("street", street, MAX_LINE, true);
    postalCode = problems.text("postalCode", postalCode, 20, false);
    problems.throwIfAny();
    country = countryCode;
  }

  /** Returns a Chinese-style address: country, province, city, district, street. */
  public static Address of(
      String country,
      @Nullable String province,
      String city,
      @Nullable String district,
      String street) {
    return new Address(country, province, city, district, street, null);
  }

  /** Returns a copy with the postal code set. */
  public Address withPostalCode(String code) {
    return new Address(
        country, province, city, district, street, requireNonNull(code, "postalCode"));
  }
}
