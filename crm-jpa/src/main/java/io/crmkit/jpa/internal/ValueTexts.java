package io.crmkit.jpa.internal;

import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.CustomAttributes;
import io.crmkit.core.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@link TextRecords} forms of the value lists kept in one column.
 *
 * <p>An address is {@code A|country|province|city|district|street|postalCode}. A custom attribute
 * is {@code tag|name|value} with the tag naming its type and the value in a form that parses back
 * equal: {@code S} String (as is), {@code L} Long, {@code I} Integer, {@code B} Boolean ({@code
 * true}/{@code false}), {@code D} BigDecimal ({@link BigDecimal#toString()}, keeping the scale),
 * {@code T} LocalDate (ISO), {@code N} Instant (ISO, microseconds), {@code M} Money ({@code
 * amount|currency}).
 */
final class ValueTexts {
  private ValueTexts() {}

  static String addresses(List<Address> addresses) {
    List<List<@Nullable String>> records = new ArrayList<>(addresses.size());
    for (Address a : addresses) {
      records.add(
          fields(
              "A", a.country(), a.province(), a.city(), a.district(), a.street(), a.postalCode()));
    }
    return TextRecords.encode(records);
  }

  static List<Address> addresses(String text) {
    List<Address> addresses = new ArrayList<>();
    for (List<@Nullable String> f : TextRecords.decode(text)) {
      require(f, "A", 7);
      addresses.add(
          new Address(
              nonNull(f.get(1)),
              f.get(2),
              nonNull(f.get(3)),
              f.get(4),
              nonNull(f.get(5)),
              f.get(6)));
    }
    return addresses;
  }

  static String attributes(CustomAttributes attributes) {
    List<List<@Nullable String>> records = new ArrayList<>();
    for (Map.Entry<String, Object> e : attributes.asMap().entrySet()) {
      Object v = e.getValue();
      String name = e.getKey();
      records.add(attribute(name, v));
    }
    return TextRecords.encode(records);
  }

  private static List<@Nullable String> attribute(String name, Object v) {
    if (v instanceof String s) {
      return fields("S", name, s);
    } else if (v instanceof Long l) {
      return fields("L", name, l.toString());
    } else if (v instanceof Integer i) {
      return fields("I", name, i.toString());
    } else if (v instanceof Boolean b) {
      return fields("B", name, b.toString());
    } else if (v instanceof BigDecimal d) {
      return fields("D", name, d.toString());
    } else if (v instanceof LocalDate d) {
      return fields("T", name, d.toString());
    } else if (v instanceof Instant i) {
      return fields("N", name, i.toString());
    } else if (v instanceof Money m) {
      return fields("M", name, m.amount().toPlainString(), m.currency().getCurrencyCode());
    }
    throw new IllegalArgumentException(
        "attribute " + name + " has an unsupported type " + v.getClass().getName());
  }

  static CustomAttributes attributes(String text) {
    CustomAttributes attributes = CustomAttributes.empty();
    for (List<@Nullable String> f : TextRecords.decode(text)) {
      String tag = nonNull(f.get(0));
      String name = nonNull(f.size() > 1 ? f.get(1) : null);
      String value = nonNull(f.size() > 2 ? f.get(2) : null);
      attributes =
          switch (tag) {
            case "S" -> attributes.with(AttributeKey.of(name, String.class), value);
            case "L" -> attributes.with(AttributeKey.of(name, Long.class), Long.valueOf(value));
            case "I" ->
                attributes.with(AttributeKey.of(name, Integer.class), Integer.valueOf(value));
            case "B" ->
                attributes.with(AttributeKey.of(name, Boolean.class), Boolean.valueOf(value));
            case "D" ->
                attributes.with(AttributeKey.of(name, BigDecimal.class), new BigDecimal(value));
            case "T" ->
                attributes.with(AttributeKey.of(name, LocalDate.class), LocalDate.parse(value));
            case "N" -> attributes.with(AttributeKey.of(name, Instant.class), Instant.parse(value));
            case "M" ->
                attributes.with(
                    AttributeKey.of(name, Money.class),
                    Money.of(value, nonNull(f.size() > 3 ? f.get(3) : null)));
            default -> throw new IllegalArgumentException("unknown attribute type tag " + tag);
          };
    }
    return attributes;
  }

  static List<@Nullable String> fields(@Nullable String... values) {
    List<@Nullable String> list = new ArrayList<>(values.length);
    for (String v : values) {
      list.add(v);
    }
    return list;
  }

  static void require(List<@Nullable String> fields, String tag, int size) {
    if (fields.size() != size || !tag.equals(fields.get(0))) {
      throw new IllegalArgumentException("expected a " + tag + " record of " + size + " fields");
    }
  }

  static String nonNull(@Nullable String value) {
    if (value == null) {
      throw new IllegalArgumentException("a required field is absent");
    }
    return value;
  }
}
