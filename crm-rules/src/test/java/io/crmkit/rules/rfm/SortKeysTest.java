package io.crmkit.rules.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SortKeysTest {

  @Test
  void ascending_smallSpan_sortsPackedKeysAndKeepsTiesInInputOrder() {
    assertThat(SortKeys.ascending(new long[] {5, -3, 5, 0, -3})).containsExactly(1, 4, 3, 0, 2);
  }

  @Test
  void ascending_spanTooWideToPack_fallsBackToTheSameStableOrder() {
    long[] keys = {Long.MAX_VALUE, Long.MIN_VALUE, 0, Long.MAX_VALUE, Long.MIN_VALUE};

    assertThat(SortKeys.ascending(keys)).containsExactly(1, 4, 2, 0, 3);
  }

  @Test
  void ascending_anyKeys_isTheStableSortOfPositions() {
    qt().forAll(lists().of(longs().between(-50, 50)).ofSizeBetween(0, 300))
        .checkAssert(keys -> assertThat(SortKeys.ascending(array(keys))).isEqualTo(stable(keys)));
    qt().forAll(lists().of(longs().all()).ofSizeBetween(0, 300))
        .checkAssert(keys -> assertThat(SortKeys.ascending(array(keys))).isEqualTo(stable(keys)));
  }

  @Test
  void ascendingMoney_mixedScales_comparesNumericallyWithTiesInInputOrder() {
    List<RfmInput> inputs =
        inputs(
            new BigDecimal("1.0"),
            new BigDecimal("1.00"),
            new BigDecimal("0.5"),
            new BigDecimal("2"),
            new BigDecimal("1E+2"));

    assertThat(SortKeys.ascendingMoney(inputs)).containsExactly(2, 0, 1, 3, 4);
  }

  @Test
  void ascendingMoney_tooLargeForALongAtTheCommonScale_fallsBackToTheSameOrder() {
    List<RfmInput> inputs =
        inputs(
            new BigDecimal("1E+30"),
            new BigDecimal("1.5"),
            new BigDecimal("0.00000000000000000001"),
            new BigDecimal("1.50"));

    assertThat(SortKeys.ascendingMoney(inputs)).containsExactly(2, 1, 3, 0);
  }

  @Test
  void ascendingMoney_anyAmountsAndScales_isTheStableSortByCompareTo() {
    qt().forAll(
            lists()
                .of(longs().between(0, 1L << 52).zip(integers().between(0, 6), BigDecimal::valueOf))
                .ofSizeBetween(1, 200),
            integers().between(0, 3))
        .checkAssert(
            (amounts, shift) -> {
              // shift some amounts to many ties, some to huge values past the exact-double range
              List<BigDecimal> shaped = new ArrayList<>();
              for (BigDecimal amount : amounts) {
                shaped.add(
                    switch (shift) {
                      case 0 -> amount;
                      case 1 -> amount.remainder(BigDecimal.TEN);
                      case 2 -> amount.movePointRight(9);
                      default -> amount.setScale(amount.scale() + 1);
                    });
              }
              List<RfmInput> inputs = inputs(shaped.toArray(BigDecimal[]::new));
              int[] expected =
                  IntStream.range(0, shaped.size())
                      .boxed()
                      .sorted((a, b) -> shaped.get(a).compareTo(shaped.get(b)))
                      .mapToInt(Integer::intValue)
                      .toArray();
              assertThat(SortKeys.ascendingMoney(inputs)).isEqualTo(expected);
            });
  }

  @Test
  void ascendingMoney_justAroundTheExactDoubleLimit_keepsNeighboursApart() {
    BigDecimal limit = new BigDecimal(1L << 49).movePointLeft(2);
    List<RfmInput> inputs =
        inputs(
            limit.add(new BigDecimal("0.01")),
            limit,
            limit.subtract(new BigDecimal("0.01")),
            limit.subtract(new BigDecimal("0.02")));

    assertThat(SortKeys.ascendingMoney(inputs)).containsExactly(3, 2, 1, 0);
  }

  @Test
  void repeatedKeys_givesEveryLaterOccurrence() {
    List<RfmInput> inputs = new ArrayList<>();
    // "Aa" and "BB" have the same hash code, so equal hashes alone must not count as a repeat
    for (String key : new String[] {"a", "b", "a", "c", "b", "a", "Aa", "BB"}) {
      inputs.add(new RfmInput(key, 1, 1, BigDecimal.ONE));
    }

    assertThat(SortKeys.repeatedKeys(inputs)).containsExactly(2, 4, 5);
    assertThat(SortKeys.repeatedKeys(inputs.subList(0, 2))).isEmpty();
    assertThat(SortKeys.repeatedKeys(List.of())).isEmpty();
  }

  private static List<RfmInput> inputs(BigDecimal... amounts) {
    List<RfmInput> inputs = new ArrayList<>();
    for (int i = 0; i < amounts.length; i++) {
      inputs.add(new RfmInput("c" + i, 1, 1, amounts[i]));
    }
    return inputs;
  }

  private static long[] array(List<Long> keys) {
    return keys.stream().mapToLong(Long::longValue).toArray();
  }

  private static int[] stable(List<Long> keys) {
    return IntStream.range(0, keys.size())
        .boxed()
        .sorted(Comparator.comparing(keys::get))
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
