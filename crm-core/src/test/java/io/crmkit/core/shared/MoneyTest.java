package io.crmkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void of_amountWithFewerDecimals_isBroughtToCurrencyScale() {
    assertThat(Money.of("12.5", "CNY").amount()).isEqualTo(new BigDecimal("12.50"));
    assertThat(Money.of("1000", "JPY").amount()).isEqualTo(new BigDecimal("1000"));
    assertThat(Money.of("1.5", "BHD").amount()).isEqualTo(new BigDecimal("1.500"));
  }

  @Test
  void of_tooManyDecimals_throwsValidation() {
    assertThatThrownBy(() -> Money.of("12.345", "CNY"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("amount")
        .hasMessageContaining("12.345");
  }

  @Test
  void of_malformedAmountAndUnknownCurrency_listsBoth() {
    assertThatThrownBy(() -> Money.of("abc", "XYZ"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("amount", "currency"));
  }

  @Test
  void plus_mixedCurrencies_throwsCurrencyMismatch() {
    assertThatThrownBy(() -> Money.of("1", "CNY").plus(Money.of("1", "USD")))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("cannot combine CNY with USD");
  }

  @Test
  void plus_sameCurrency_adds() {
    assertThat(Money.of("1.10", "CNY").plus(Money.of("2", "CNY")))
        .isEqualTo(Money.of("3.10", "CNY"));
  }

  @Test
  void equals_followsNormalisedAmount() {
    new EqualsTester()
        .addEqualityGroup(
            Money.of("1", "CNY"),
            Money.of("1.00", "CNY"),
            Money.of(BigDecimal.ONE, Currency.getInstance("CNY")))
        .addEqualityGroup(Money.of("1", "USD"))
        .addEqualityGroup(Money.of("2", "CNY"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Money.class);
    new NullPointerTester().testAllPublicInstanceMethods(Money.of("1", "CNY"));
  }
}
