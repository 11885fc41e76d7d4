package io.crmkit.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.segment.MembershipKey;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeysetPagesTest {

  @Test
  void page_oneRowMoreThanTheSize_cutsItAndPointsAtTheLastItem() {
    Page<String> page = KeysetPages.page(List.of(1, 2, 3), 2, i -> "#" + i, i -> "k" + i);

    assertThat(page.items()).containsExactly("#1", "#2");
    assertThat(page.next()).isEqualTo(Cursor.of("k2"));
  }

  @Test
  void page_noMoreRowsThanTheSize_hasNoCursor() {
    Page<String> page = KeysetPages.page(List.of(1, 2), 2, i -> "#" + i, i -> "k" + i);

    assertThat(page.items()).containsExactly("#1", "#2");
    assertThat(page.next()).isNull();
  }

  @Test
  void after_tokenOfAnotherStore_isRefusedNamingTheCursor() {
    assertThatThrownBy(() -> KeysetPages.after(Cursor.of("east/not-a-uuid"), MembershipKey::parse))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("cursor")
        .hasMessageContaining("east/not-a-uuid");
  }
}
