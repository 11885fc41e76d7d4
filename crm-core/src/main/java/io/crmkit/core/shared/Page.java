package io.crmkit.core.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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

  /**
   * Walks a whole keyset-paged list: fetches the first page of {@code size}, hands every item to
   * {@code action}, and follows each page's cursor until the last page.
   */
  public static <T> void walk(
      int size, Function<PageRequest, Page<T>> fetch, Consumer<? super T> action) {
    java.util.Objects.requireNonNull(fetch, "fetch");
    java.util.Objects.requireNonNull(action, "action");
    PageRequest request = PageRequest.first(size);
    while (request != null) {
      Page<T> page = fetch.apply(request);
      page.items().forEach(action);
      request = page.nextRequest(size).orElse(null);
    }
  }

  /** Returns a page with every item mapped and the same cursor. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), next);
  }
}
