package io.crmkit.jpa.internal;

import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.ValidationException;
import java.util.List;
import java.util.function.Function;

/**
 * The two ends of keyset paging: a list query asks for one row more than the page size, and the
 * page's cursor is the key of its last row, which the next request turns back into the bound of
 * {@code key > :after}.
 */
final class KeysetPages {
  private KeysetPages() {}

  /**
   * Returns the page of the first {@code size} of {@code rows} (read with one row more than the
   * size), with a cursor when there was more.
   */
  static <R, T> Page<T> page(
      List<R> rows, int size, Function<R, T> read, Function<R, String> cursor) {
    return cut(rows, size, read, row -> Cursor.of(cursor.apply(row)));
  }

  /**
   * Returns the page of {@code rows} (read with {@code page.size() + 1} as the limit), with the
   * cursor {@code cursorAfter} gives for its last item when more rows follow.
   */
  static <R, T> Page<T> of(
      List<R> rows, PageRequest page, Function<R, T> read, Function<R, Cursor> cursorAfter) {
    return cut(rows, page.size(), read, cursorAfter);
  }

  private static <R, T> Page<T> cut(
      List<R> rows, int size, Function<R, T> read, Function<R, Cursor> cursorAfter) {
    boolean more = rows.size() > size;
    List<R> items = more ? rows.subList(0, size) : rows;
    return new Page<>(
        items.stream().map(read).toList(),
        more ? cursorAfter.apply(items.get(items.size() - 1)) : null);
  }

  /**
   * Returns the key a cursor holds.
   *
   * @throws ValidationException if the cursor's token does not parse as a key
   */
  static <K> K after(Cursor cursor, Function<String, K> parse) {
    try {
      return parse.apply(cursor.token());
    } catch (RuntimeException e) {
      throw ValidationException.of(
          "cursor", cursor.token(), "must be a cursor returned by this store");
    }
  }
}
