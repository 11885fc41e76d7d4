package io.crmkit.jpa.internal;

import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import java.util.List;
import java.util.function.Function;

/**
 * Builds a page from the rows of a keyset query that asked for one row more than the page holds:
 * when that extra row came back there is a next page, whose cursor is the last item's key.
 */
final class KeysetPage {
  private KeysetPage() {}

  /**
   * Returns the page of {@code rows} (read with {@code page.size() + 1} as the limit), with a
   * cursor after its last item when more rows follow.
   */
  static <R, T> Page<T> of(
      List<R> rows, PageRequest page, Function<R, T> read, Function<R, Cursor> cursorAfter) {
    boolean more = rows.size() > page.size();
    List<R> items = more ? rows.subList(0, page.size()) : rows;
    return new Page<>(
        items.stream().map(read).toList(),
        more ? cursorAfter.apply(items.get(items.size() - 1)) : null);
  }
}
