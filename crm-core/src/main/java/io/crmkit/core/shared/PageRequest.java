package io.crmkit.core.shared;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Asks for one page of a keyset-paged list: at most {@code size} items, strictly after {@code
 * after} (or from the start). There is no offset: deep pages cost the same as the first.
 *
 * @param size the most items to return, 1 to {@value #MAX_SIZE}
 * @param after the cursor of the previous page, or {@code null} for the first page
 * @since 0.1
 */
public record PageRequest(int size, @Nullable Cursor after) {
  /** The largest page a store must serve. */
  public static final int MAX_SIZE = 1000;

  /**
   * Validates the size.
   *
   * @throws ValidationException if size is not between 1 and {@value #MAX_SIZE}
   */
  public PageRequest {
    if (size < 1 || size > MAX_SIZE) {
      throw ValidationException.of("size", size, "must be between 1 and " + MAX_SIZE);
    }
  }

  /** Asks for the first page. */
  public static PageRequest first(int size) {
    return new PageRequest(size, null);
  }

  /** Asks for the page after the given cursor. */
  public static PageRequest after(Cursor cursor, int size) {
    return new PageRequest(size, java.util.Objects.requireNonNull(cursor, "cursor"));
  }

  /** Returns the cursor to start after, if this is not the first page. */
  public Optional<Cursor> cursor() {
    return Optional.ofNullable(after);
  }
}
