package io.crmkit.examples.adapter;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The text of the leaf values a snapshot holds: strings, numbers, enums and the {@code java.time}
 * and {@code java.util} values crmkit's records use. Each type reads back exactly what it wrote:
 * instants keep every fraction digit, decimals keep their scale, and doubles are written in
 * hexadecimal ({@link Double#toHexString}), so that every bit survives.
 */
final class ScalarText {
  private static final Map<Class<?>, Function<String, ?>> PARSERS =
      Map.ofEntries(
          Map.entry(String.class, text -> text),
          Map.entry(UUID.class, UUID::fromString),
          Map.entry(Instant.class, Instant::parse),
          Map.entry(LocalDate.class, LocalDate::parse),
          Map.entry(LocalDateTime.class, LocalDateTime::parse),
          Map.entry(Duration.class, Duration::parse),
          Map.entry(Period.class, Period::parse),
          Map.entry(ZoneId.class, ZoneId::of),
          Map.entry(Locale.class, Locale::forLanguageTag),
          Map.entry(Currency.class, Currency::getInstance),
          Map.entry(BigDecimal.class, BigDecimal::new),
          Map.entry(Long.class, Long::valueOf),
          Map.entry(long.class, Long::valueOf),
          Map.entry(Integer.class, Integer::valueOf),
          Map.entry(int.class, Integer::valueOf),
          Map.entry(Double.class, Double::valueOf),
          Map.entry(double.class, Double::valueOf),
          Map.entry(Boolean.class, ScalarText::parseBoolean),
          Map.entry(boolean.class, ScalarText::parseBoolean));

  private ScalarText() {}

  /** Returns whether values of the type are written by {@link #format}. */
  static boolean isScalar(Class<?> type) {
    return type.isEnum() || PARSERS.containsKey(type);
  }

  /** Returns the text of a leaf value. */
  static String format(Object value) {
    if (value instanceof Double number) {
      return Double.toHexString(number);
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Locale locale) {
      return locale.toLanguageTag();
    }
    if (value instanceof Currency currency) {
      return currency.getCurrencyCode();
    }
    if (value instanceof ZoneId zone) {
      return zone.getId(); // a ZoneRegion or a ZoneOffset
    }
    if (!PARSERS.containsKey(value.getClass())) {
      throw new IllegalArgumentException("no text form for " + value.getClass().getName());
    }
    return value.toString();
  }

  /**
   * Reads a leaf value of the type back.
   *
   * @throws IllegalArgumentException if the text is not a value of the type
   */
  static Object parse(Class<?> type, String text) {
    if (type.isEnum()) {
      return enumConstant(type, text);
    }
    Function<String, ?> parser = PARSERS.get(type);
    if (parser == null) {
      throw new IllegalArgumentException("no text form for " + type.getName());
    }
    try {
      return parser.apply(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private static Object enumConstant(Class<?> type, String name) {
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("'" + name + "' is not a " + type.getSimpleName());
  }

  private static Boolean parseBoolean(String text) {
    return switch (text) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
    };
  }
}
