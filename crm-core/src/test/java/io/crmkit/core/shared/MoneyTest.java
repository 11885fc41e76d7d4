package io.crmkit.core.shared;

import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class MoneyTest {
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final Currency XAU = Currency.getInstance("XAU");

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
    assertThatThrownBy(() -> Money.of("1.5", "JPY"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors().get(0).rule())
                    .isEqualTo("must have at most 0 decimals in JPY"));
  }

  @Test
  void of_malformedAmountAndUnknownCurrency_listsBoth() {
    assertThatThrownBy(() -> Money.of("abc", "XYZ"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("amount", "currency"));
  }

  @Test
  void of_currencyCodeInAnyCaseWithSpace_isAccepted() {
    assertThat(Money.of(" 12.50 ", " usd ")).isEqualTo(Money.of(new BigDecimal("12.5"), USD));
  }

  @Test
  void of_fifteenIntegerDigits_isTheLimit() {
    assertThat(Money.of("999999999999999.99", "CNY").amount().precision()).isEqualTo(17);
    assertThatThrownBy(() -> Money.of("1000000000000000", "CNY"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .satisfies(
                        error -> {
                          assertThat(error.field()).isEqualTo("amount");
                          assertThat(error.rule()).isEqualTo("must have at most 15 integer digits");
                        }));
  }

  @Test
  void of_zeroWithAnyExponent_isZero() {
    assertThat(Money.of("0E+20", "CNY")).isEqualTo(Money.zero(CNY));
    assertThat(Money.of("0E-20", "JPY")).isEqualTo(Money.zero(JPY));
    assertThat(Money.of("-0.00", "CNY").isZero()).isTrue();
    assertThat(Money.of("-0.00", "CNY").isNegative()).isFalse();
  }

  @Test
  void of_scientificNotationWithinLimits_isAccepted() {
    assertThat(Money.of("1.2345e3", "CNY").amount()).isEqualTo(new BigDecimal("1234.50"));
    assertThat(Money.of("5E-1", "USD").amount()).isEqualTo(new BigDecimal("0.50"));
  }

  @Test
  void of_absurdExponent_isRejectedQuickly() {
    for (String amount : List.of("1e999999999", "1e-999999999", "-9.99e100000000", "1e5000000")) {
      for (String currency : List.of("CNY", "JPY", "XAU")) {
        assertTimeoutPreemptively(
            Duration.ofSeconds(2),
            () ->
                assertThatThrownBy(() -> Money.of(amount, currency))
                    .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> {
                          assertThat(e.fields()).containsExactly("amount");
                          assertThat(e.getMessage()).hasSizeLessThan(300);
                        }),
            () -> amount + " " + currency);
      }
    }
  }

  @Test
  void new_absurdScale_isRejectedQuickly() {
    for (int scale : List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -100_000_000, 100_000_000)) {
      BigDecimal amount = new BigDecimal(java.math.BigInteger.TEN, scale);
      assertTimeoutPreemptively(
          Duration.ofSeconds(2),
          () ->
              assertThatThrownBy(() -> new Money(amount, XAU))
                  .isInstanceOf(ValidationException.class),
          () -> "scale " + scale);
    }
  }

  @Test
  void of_currencyWithoutMinorUnit_keepsSignificantDecimalsUpToSix() {
    assertThat(Money.of("1.50", "XAU").amount()).isEqualTo(new BigDecimal("1.5"));
    assertThat(Money.of("1E+2", "XAU").amount()).isEqualTo(new BigDecimal("100"));
    assertThat(Money.of("0.123456", "XAU").amount()).isEqualTo(new BigDecimal("0.123456"));
    assertThatThrownBy(() -> Money.of("0.1234567", "XAU"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at most 6 decimals in XAU");
  }

  @Test
  void plus_mixedCurrencies_throwsCurrencyMismatch() {
    assertThatThrownBy(() -> Money.of("1", "CNY").plus(Money.of("1", "USD")))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> assertThat(e.code()).isEqualTo(CrmErrorCode.CURRENCY_MISMATCH))
        .hasMessage("cannot combine CNY with USD");
  }

  @Test
  void minusCompareToAndMax_mixedCurrencies_throwCurrencyMismatch() {
    Money yuan = Money.of("1", "CNY");
    Money yen = Money.of("1", "JPY");
    assertThatThrownBy(() -> yuan.minus(yen)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> yuan.compareTo(yen)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> yuan.max(yen)).isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void plus_sameCurrency_adds() {
    assertThat(Money.of("1.10", "CNY").plus(Money.of("2", "CNY")))
        .isEqualTo(Money.of("3.10", "CNY"));
  }

  @Test
  void minus_belowZero_isNegative() {
    Money difference = Money.of("1.10", "CNY").minus(Money.of("2", "CNY"));
    assertThat(difference).isEqualTo(Money.of("-0.90", "CNY"));
    assertThat(difference.isNegative()).isTrue();
    assertThat(difference.isZero()).isFalse();
  }

  @Test
  void max_returnsTheLargerAmount() {
    Money small = Money.of("9.99", "USD");
    Money large = Money.of("10", "USD");
    assertThat(small.max(large)).isSameAs(large);
    assertThat(large.max(small)).isSameAs(large);
  }

  @Test
  void toString_rendersAmountAtScaleAndCode() {
    assertThat(Money.of("128000", "CNY")).hasToString("128000.00 CNY");
    assertThat(Money.of("1E+3", "JPY")).hasToString("1000 JPY");
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
        .addEqualityGroup(Money.zero(JPY), Money.of("-0", "JPY"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Money.class);
    new NullPointerTester().testAllPublicInstanceMethods(Money.of("1", "CNY"));
  }

  @Test
  void of_anyText_givesMoneyAtCurrencyScaleOrValidation() {
    qt().forAll(HostileInput.amounts(), HostileInput.currencyCodes())
        .checkAssert(
            (amount, currency) ->
                validOrRejected("amount|currency", () -> Money.of(amount, currency))
                    .ifPresent(MoneyTest::assertWellFormed));
  }

  @Test
  void new_anyDecimal_givesMoneyAtCurrencyScaleOrValidation() {
    qt().forAll(HostileInput.decimals(), Generate.pick(List.of(CNY, USD, JPY, XAU)))
        .checkAssert(
            (amount, currency) ->
                validOrRejected("amount", () -> new Money(amount, currency))
                    .ifPresent(
                        money -> {
                          assertWellFormed(money);
                          assertThat(money.amount()).isEqualByComparingTo(amount);
                        }));
  }

  @Test
  void plusAndMinus_sameCurrency_obeyArithmetic() {
    qt().forAll(yuan(), yuan(), yuan())
        .checkAssert(
            (a, b, c) -> {
              assertThat(a.plus(b)).isEqualTo(b.plus(a));
              assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
              assertThat(a.plus(b).minus(b)).isEqualTo(a);
              assertThat(a.plus(Money.zero(CNY))).isEqualTo(a);
              assertThat(Integer.signum(a.compareTo(b)))
                  .isEqualTo(Integer.signum(a.amount().compareTo(b.amount())));
              assertThat(a.max(b).compareTo(a)).isNotNegative();
              assertThat(a.max(b).compareTo(b)).isNotNegative();
            });
  }

  private static Gen<Money> yuan() {
    return longs()
        .between(-99_999_999_999_99L, 99_999_999_999_99L)
        .map(cents -> Money.of(BigDecimal.valueOf(cents, 2), CNY));
  }

  private static void assertWellFormed(Money money) {
    int digits = money.currency().getDefaultFractionDigits();
    if (digits >= 0) {
      assertThat(money.amount().scale()).isEqualTo(digits);
    } else {
      assertThat(money.amount().scale()).isBetween(0, Money.MAX_DECIMALS_WITHOUT_MINOR_UNIT);
    }
    assertThat(money.amount().precision() - money.amount().scale())
        .isLessThanOrEqualTo(Money.MAX_INTEGER_DIGITS);
    assertThat(Money.of(money.amount().toPlainString(), money.currency().getCurrencyCode()))
        .isEqualTo(money);
  }
}
