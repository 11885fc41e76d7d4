package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.rules.rfm.RfmInput;
import io.crmkit.rules.rfm.RfmMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RfmAgreementTest {
  private static RfmAggregates aggregates;

  @BeforeAll
  static void generate() {
    aggregates = RfmAggregates.of(OrderLog.generate(20_000, 100_000, 42));
  }

  @ParameterizedTest
  @EnumSource(RfmMethod.class)
  void b6_libraryAndPrimitiveBaseline_giveEveryCustomerTheSameCell(RfmMethod method) {
    long checksum = RfmChecks.checkAgreement(aggregates, aggregates.inputs(), method);

    assertThat(checksum)
        .isEqualTo(PrimitiveRfm.checksum(PrimitiveRfm.cells(aggregates, method, 5)));
    // every score 1..5 occurs for every measure
    int[] cells = PrimitiveRfm.cells(aggregates, method, 5);
    for (int divisor : new int[] {100, 10, 1}) {
      assertThat(Arrays.stream(cells).map(c -> c / divisor % 10).distinct().sorted().toArray())
          .containsExactly(1, 2, 3, 4, 5);
    }
  }

  @ParameterizedTest
  @EnumSource(RfmMethod.class)
  void checkAgreement_oneCustomerSpentMore_failsNamingACustomer(RfmMethod method) {
    List<RfmInput> inputs = new ArrayList<>(aggregates.inputs());
    int richest = 0;
    for (int i = 0; i < aggregates.size(); i++) {
      richest = aggregates.fen()[i] > aggregates.fen()[richest] ? i : richest;
    }
    // the poorest buyer spends more than anyone, so its monetary score moves to 5
    int poorest = 0;
    for (int i = 0; i < aggregates.size(); i++) {
      poorest = aggregates.fen()[i] < aggregates.fen()[poorest] ? i : poorest;
    }
    RfmInput before = inputs.get(poorest);
    inputs.set(
        poorest,
        new RfmInput(
            before.customer(),
            before.recencyDays(),
            before.frequency(),
            BigDecimal.valueOf(aggregates.fen()[richest] + 100, 2)));

    assertThatThrownBy(() -> RfmChecks.checkAgreement(aggregates, inputs, method))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("b6 " + method + ": customer customer-")
        .hasMessageContaining(" in the library but cell ");
  }

  @Test
  void aggregates_foldEveryOrder() {
    OrderLog orders = OrderLog.generate(5_000, 25_000, 9);
    RfmAggregates folded = RfmAggregates.of(orders);

    assertThat(Arrays.stream(folded.frequency()).sum()).isEqualTo(25_000);
    assertThat(Arrays.stream(folded.fen()).sum()).isEqualTo(Arrays.stream(orders.fen()).sum());
    assertThat(folded.size()).isBetween(4_000, 5_000);
    assertThat(Arrays.stream(folded.recencyDays()).boxed().toList())
        .allSatisfy(d -> assertThat(d).isBetween(0L, 729L));
  }
}
