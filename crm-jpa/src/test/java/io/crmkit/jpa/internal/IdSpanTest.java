package io.crmkit.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdSpanTest {

  @Test
  void of_unorderedIds_spansFromTheLowestToTheHighestInBytewiseOrder() {
    List<String> ids =
        List.of(
            "9f000000-0000-4000-8000-000000000000",
            "0a000000-0000-4000-8000-000000000000",
            "f0000000-0000-4000-8000-000000000000",
            "a0000000-0000-4000-8000-000000000000");

    IdSpan span = IdSpan.of(ids);

    assertThat(span.lowest()).isEqualTo("0a000000-0000-4000-8000-000000000000");
    assertThat(span.highest()).isEqualTo("f0000000-0000-4000-8000-000000000000");
  }

  @Test
  void of_randomIds_containsEveryId() {
    List<String> ids =
        java.util.stream.Stream.generate(() -> UUID.randomUUID().toString()).limit(500).toList();

    IdSpan span = IdSpan.of(ids);

    assertThat(ids)
        .allSatisfy(
            id -> {
              assertThat(id.compareTo(span.lowest())).isGreaterThanOrEqualTo(0);
              assertThat(id.compareTo(span.highest())).isLessThanOrEqualTo(0);
            })
        .contains(span.lowest(), span.highest());
  }

  @Test
  void of_oneId_isThatIdAtBothEnds() {
    IdSpan span = IdSpan.of(List.of("0a000000-0000-4000-8000-000000000000"));

    assertThat(span.lowest()).isEqualTo(span.highest());
  }

  @Test
  void of_noIds_isRefused() {
    assertThatThrownBy(() -> IdSpan.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void between_namesThePathAndTheTwoParameters() {
    assertThat(IdSpan.between("c.owner")).isEqualTo("c.owner between :lowestId and :highestId");
  }
}
