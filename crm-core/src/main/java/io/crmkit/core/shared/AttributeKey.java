package io.crmkit.core.shared;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name and type of a host-defined field, e.g. {@code AttributeKey.of("erp.vendorNo",
 * String.class)}. Only types every store can keep are allowed: String, Long, Integer, Boolean,
 * BigDecimal, LocalDate, Instant and Money.
 *
 * @param name dotted lower-camel name, 1 to 64 characters, namespaced by the host
 * @param type the value type
 * @param <T> the value type
 * @since 0.1
 */
public record AttributeKey<T>(String name, Class<T> type) {
  /** The value types every store must round-trip. */
  public static final Set<Class<?>> SUPPORTED_TYPES =
      Set.of(
          String.class,
          Long.class,
          Integer.class,
          Boolean.class,
          BigDecimal.class,
          LocalDate.class,
          Instant.class,
          Money.class);

  private static final Pattern NAME =
      Pattern.compile("[a-zA-Z][a-zA-Z0-9_-]*(\\.[a-zA-Z][a-zA-Z0-9_-]*)*");

  /**
   * Validates the name and the type.
   *
   * @throws ValidationException if the name is malformed or the type unsupported
   */
  public AttributeKey {
    requireNonNull(type, "type");
    if (requireNonNull(name, "name").length() > 64 || !NAME.matcher(name).matches()) {
      throw ValidationException.of(
          "attribute.name",
          name,
          "must be a dotted name like erp.vendorNo of at most 64 characters");
    }
    if (!SUPPORTED_TYPES.contains(type)) {
      throw ValidationException.of(
          "attribute." + name, type.getName(), "must have a supported type " + supportedNames());
    }
  }

  /** Returns the key with the given name and type. */
  public static <T> AttributeKey<T> of(String name, Class<T> type) {
    return new AttributeKey<>(name, type);
  }

  private static String supportedNames() {
    return SUPPORTED_TYPES.stream().map(Class::getSimpleName).sorted().toList().toString();
  }
}
