package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SequentialIdGeneratorTest {

  @Test
  void create_firstIds_countUpFromOne() {
    SequentialIdGenerator ids = SequentialIdGenerator.create();

    assertThat(List.of(ids.next(), ids.next(), ids.next()))
        .containsExactly(new UUID(0, 1), new UUID(0, 2), new UUID(0, 3));
  }

  @Test
  void next_acrossBothSignBits_carriesAndAscendsAsUnsignedBytes() {
    SequentialIdGenerator ids =
        SequentialIdGenerator.startingAt(UUID.fromString("7fffffff-ffff-ffff-ffff-fffffffffffe"));
    List<CustomerId> generated = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      generated.add(CustomerId.of(ids.next()));
    }

    assertThat(generated)
        .extracting(CustomerId::toString)
        .containsExactly(
            "7fffffff-ffff-ffff-ffff-fffffffffffe",
            "7fffffff-ffff-ffff-ffff-ffffffffffff",
            "80000000-0000-0000-0000-000000000000",
            "80000000-0000-0000-0000-000000000001");
    assertThat(generated).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void next_afterTheLargestUuid_throwsIllegalState() {
    SequentialIdGenerator ids = SequentialIdGenerator.startingAt(new UUID(-1, -1));

    assertThat(ids.next()).isEqualTo(new UUID(-1, -1));
    assertThatThrownBy(ids::next).isInstanceOf(IllegalStateException.class);
  }
}
