package io.crmkit.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.NullPointerTesters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailySpendTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

  @Test
  void new_noOrders_throwsIllegalArgument() {
    assertThatThrownBy(() -> new DailySpend(DAY, Money.of("1", "CNY"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orders must be positive but was 0");
  }

  @Test
  void compareTo_ordersByDayThenCurrencyCode() {
    DailySpend usd = new DailySpend(DAY, Money.of("1", "USD"), 1);
    DailySpend cny = new DailySpend(DAY, Money.of("9", "CNY"), 1);
    DailySpend earlier = new DailySpend(DAY.minusDays(1), Money.of("5", "USD"), 1);
    List<DailySpend> spends = new ArrayList<>(List.of(usd, cny, earlier));

    spends.sort(null);

    assertThat(spends).containsExactly(earlier, cny, usd);
    assertThat(cny.compareTo(new DailySpend(DAY, Money.of("1", "CNY"), 3))).isZero();
  }

  @Test
  void plus_addsAmountsAndOrdersOfTheSameSlot() {
    DailySpend one = new DailySpend(DAY, Money.of("1.50", "CNY"), 1);
    DailySpend two = new DailySpend(DAY, Money.of("2", "CNY"), 2);

    assertThat(one.sameSlot(two)).isTrue();
    assertThat(one.sameSlot(new DailySpend(DAY, Money.of("1", "USD"), 1))).isFalse();
    assertThat(one.plus(two)).isEqualTo(new DailySpend(DAY, Money.of("3.50", "CNY"), 3));
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(DailySpend.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(new DailySpend(DAY, Money.of("1", "CNY"), 1));
  }
}
