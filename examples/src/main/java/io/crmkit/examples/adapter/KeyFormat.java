package io.crmkit.examples.adapter;

import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.ValidationException;
import java.util.UUID;
import java.util.function.Function;

/**
 * How the key of one kind of row becomes the last part of a store key (see {@link Keys}), and how a
 * cursor's token turns back into a key. A cursor's token is the key's own text ({@code toString}:
 * the id, the code, {@code segment/customer}).
 *
 * @param part the key part of a key, in list order
 * @param parse reads a key back from its {@code toString} text; throws if the text is none
 * @param <K> the key type
 */
record KeyFormat<K>(Function<K, String> part, Function<String, K> parse) {

  /** The format of a key that is a UUID: its fixed-length lower-case text. */
  static <K> KeyFormat<K> uuid(Function<K, UUID> value, Function<String, K> parse) {
    return new KeyFormat<>(key -> Keys.uuid(value.apply(key)), parse);
  }

  /** The format of a key that is a code, ordered by {@code String.compareTo}. */
  static <K> KeyFormat<K> code(Function<K, String> code, Function<String, K> parse) {
    return new KeyFormat<>(code, parse);
  }

  /** The format of a key that is never paged with a cursor. */
  static <K> KeyFormat<K> unpaged(Function<K, String> part) {
    return new KeyFormat<>(
        part,
        token -> {
          throw new IllegalArgumentException("this list is not paged");
        });
  }

  /**
   * Returns the key a cursor points at.
   *
   * @throws ValidationException if the token is not the text of a key
   */
  K after(Cursor cursor) {
    try {
      return parse.apply(cursor.token());
    } catch (RuntimeException e) {
      throw ValidationException.of(
          "cursor", cursor.token(), "must be a cursor returned by this store");
    }
  }
}
