package io.crmkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void new_copiesTheItems() {
    List<String> items = new ArrayList<>(List.of("a", "b"));
    Page<String> page = new Page<>(items, Cursor.of("b"));
    items.add("c");

    assertThat(page.items()).containsExactly("a", "b");
    assertThatThrownBy(() -> page.items().add("d"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nextRequest_pageWithCursor_asksForThePageAfterIt() {
    Page<String> page = new Page<>(List.of("a", "b"), Cursor.of("b"));

    assertThat(page.hasNext()).isTrue();
    assertThat(page.nextRequest(2)).contains(PageRequest.after(Cursor.of("b"), 2));
  }

  @Test
  void nextRequest_lastPage_isEmpty() {
    Page<String> last = new Page<>(List.of("z"), null);

    assertThat(last.hasNext()).isFalse();
    assertThat(last.nextRequest(10)).isEmpty();
    assertThat(Page.<String>empty().items()).isEmpty();
    assertThat(Page.empty().hasNext()).isFalse();
  }

  @Test
  void map_keepsTheCursor() {
    Page<Integer> mapped = new Page<>(List.of("a", "bb"), Cursor.of("bb")).map(String::length);

    assertThat(mapped.items()).containsExactly(1, 2);
    assertThat(mapped.next()).isEqualTo(Cursor.of("bb"));
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(Page.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(Page.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(new Page<>(List.of("a"), Cursor.of("a")));
  }

  @Test
  void walk_followsEveryCursorToTheLastPage() {
    java.util.List<Integer> all = java.util.stream.IntStream.range(0, 23).boxed().toList();
    java.util.List<Integer> seen = new java.util.ArrayList<>();
    java.util.List<Integer> requestedSizes = new java.util.ArrayList<>();

    Page.walk(
        5,
        request -> {
          requestedSizes.add(request.size());
          int from = request.after() == null ? 0 : Integer.parseInt(request.after().token()) + 1;
          int to = Math.min(from + request.size(), all.size());
          Cursor next = to < all.size() ? Cursor.of(String.valueOf(to - 1)) : null;
          return new Page<>(all.subList(from, to), next);
        },
        seen::add);

    org.assertj.core.api.Assertions.assertThat(seen).isEqualTo(all);
    org.assertj.core.api.Assertions.assertThat(requestedSizes).containsExactly(5, 5, 5, 5, 5);
  }
}
