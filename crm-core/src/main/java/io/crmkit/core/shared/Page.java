package io.crmkit.core.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paged list, in the list's stable order, with the cursor of the next page
 * when there may be more.
 *
 * @param items the items of this page, never more than the requested size
 * @param next the cursor to ask for the next page with, or {@code null} on the last page
 * @param <T> the item type
 * @since 0.1
 */
public record Page<T>(List<T> items, @Nullable Cursor next) {

  /** Copies the items. */
  public Page {
    items = List.copyOf(items);
  }

  /** Returns an empty last page. */
  public static <T> Page<T> empty() {
    return new Page<>(List.of(), null);
  }

  /** Returns whether a next page may exist. */
  public boolean hasNext() {
    return next != null;
  }

  /** Returns the request for the next page with the same size, if there is one. */
  public Optional<PageRequest> nextRequest(int size) {
    return next == null ? Optional.empty() : Optional.of(PageRequest.after(next, size));
  }

  /** Returns a page with every item mapped and the same cursor. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), next);
  }
}
