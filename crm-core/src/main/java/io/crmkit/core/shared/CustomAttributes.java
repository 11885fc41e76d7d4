package io.crmkit.core.shared;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Typed, host-defined fields attached to an aggregate ({@code erp.vendorNo}, {@code
 * erp.creditLimit}); immutable, ordered by name. Hosts extend data here instead of subclassing
 * aggregates.
 *
 * @since 0.1
 */
public final class CustomAttributes {
  private static final CustomAttributes EMPTY = new CustomAttributes(new TreeMap<>());

  private final TreeMap<String, Entry<?>> entries;

  private record Entry<T>(AttributeKey<T> key, T value) {}

  private CustomAttributes(TreeMap<String, Entry<?>> entries) {
    this.entries = entries;
  }

  /** Returns the empty set of attributes. */
  public static CustomAttributes empty() {
    return EMPTY;
  }

  /**
   * Returns attributes holding every entry of the map, checking them all.
   *
   * @throws ValidationException listing every value of the wrong type or otherwise invalid
   */
  public static CustomAttributes of(Map<AttributeKey<?>, ?> values) {
    java.util.List<FieldError> errors = new java.util.ArrayList<>();
    CustomAttributes attributes = EMPTY;
    for (Map.Entry<AttributeKey<?>, ?> entry : values.entrySet()) {
      try {
        attributes = attributes.withUnchecked(entry.getKey(), entry.getValue());
      } catch (ValidationException e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return attributes;
  }

  private <T> CustomAttributes withUnchecked(
      AttributeKey<T> key, @org.jspecify.annotations.Nullable Object value) {
    if (!key.type().isInstance(value)) {
      throw ValidationException.of(
          "attributes." + key.name(), value, "must be a " + key.type().getSimpleName());
    }
    return with(key, key.type().cast(value));
  }

  /** Returns the value of a key, if set with that key's type. */
  public <T> Optional<T> get(AttributeKey<T> key) {
    Entry<?> entry = entries.get(key.name());
    if (entry == null || !entry.key().type().equals(key.type())) {
      return Optional.empty();
    }
    return Optional.of(key.type().cast(entry.value()));
  }

  /**
   * Returns a copy with the value set; an {@code Instant} is kept to the microsecond, the precision
   * every store keeps.
   *
   * @throws ValidationException if the value is not of the key's type, is a blank or over-long
   *     text, or the name is already used with another type
   */
  public <T> CustomAttributes with(AttributeKey<T> key, T value) {
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    if (!key.type().isInstance(value)) {
      throw ValidationException.of(
          "attributes." + key.name(), value, "must be a " + key.type().getSimpleName());
    }
    if (value instanceof String text && (text.isBlank() || text.length() > 4000)) {
      throw ValidationException.of(
          "attributes." + key.name(), text, "must be non-blank text of at most 4000 characters");
    }
    if (value instanceof java.time.Instant instant) {
      // every store keeps microseconds; keep no more, so that the value reads back equal
      value = key.type().cast(io.crmkit.core.internal.Times.stored(instant));
    }
    Entry<?> existing = entries.get(key.name());
    if (existing != null && !existing.key().type().equals(key.type())) {
      throw ValidationException.of(
          "attributes." + key.name(),
          key.type().getSimpleName(),
          "must keep its type " + existing.key().type().getSimpleName());
    }
    TreeMap<String, Entry<?>> copy = new TreeMap<>(entries);
    copy.put(key.name(), new Entry<>(key, value));
    return new CustomAttributes(copy);
  }

  /** Returns a copy without the named attribute. */
  public CustomAttributes without(String name) {
    if (!entries.containsKey(name)) {
      return this;
    }
    TreeMap<String, Entry<?>> copy = new TreeMap<>(entries);
    copy.remove(name);
    return new CustomAttributes(copy);
  }

  /** Returns every key that has a value, ordered by name. */
  public java.util.List<AttributeKey<?>> keys() {
    return entries.values().stream().<AttributeKey<?>>map(Entry::key).toList();
  }

  /** Returns the values by name, ordered by name; stores use it to persist the attributes. */
  public Map<String, Object> asMap() {
    Map<String, Object> map = new TreeMap<>();
    entries.forEach((name, entry) -> map.put(name, entry.value()));
    return java.util.Collections.unmodifiableMap(map);
  }

  /** Returns whether no attribute is set. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomAttributes other
        && asMap().equals(other.asMap())
        && keys().equals(other.keys());
  }

  @Override
  public int hashCode() {
    return asMap().hashCode();
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
