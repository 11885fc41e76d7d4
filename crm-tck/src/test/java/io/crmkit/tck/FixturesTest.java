package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerName;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.FullName;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FixturesTest {
  private static final TenantId TENANT = TenantId.of("fixtures");
  private static final Instant NOW = Instant.parse("2024-03-15T08:30:00Z");

  @Test
  void seeded_sameSeed_makesTheSameValues() {
    Fixtures first = Fixtures.seeded(42);
    Fixtures second = Fixtures.seeded(42);
    CustomerId customer = CustomerId.of(new UUID(0, 1));

    assertThat(first.customer(TENANT, customer, NOW).snapshot())
        .isEqualTo(second.customer(TENANT, customer, NOW).snapshot());
    assertThat(first.chineseMobile()).isEqualTo(second.chineseMobile());
    assertThat(first.history(TENANT, customer, NOW, 20))
        .isEqualTo(second.history(TENANT, customer, NOW, 20));
  }

  @Test
  void phones_manyDrawn_areValidNumbersOfTheirRegion() {
    Fixtures fixtures = Fixtures.create();

    List<PhoneNumber> chinese =
        IntStream.range(0, 50).mapToObj(i -> fixtures.chineseMobile()).toList();
    List<PhoneNumber> western =
        IntStream.range(0, 50).mapToObj(i -> fixtures.westernPhone()).toList();

    assertThat(chinese).extracting(PhoneNumber::region).containsOnly("CN");
    assertThat(western).extracting(PhoneNumber::region).containsOnly("US");
  }

  @Test
  void history_activities_neverHappenAfterNow() {
    List<Activity> history =
        Fixtures.create().history(TENANT, CustomerId.of(new UUID(0, 1)), NOW, 200);

    assertThat(history).allSatisfy(a -> assertThat(a.day()).isBeforeOrEqualTo("2024-03-15"));
    assertThat(history)
        .extracting(a -> a.getClass().getSimpleName())
        .hasSize(200)
        .contains("Order", "Contract", "Interaction", "Feedback");
  }

  @Test
  void nastyNames_haveExactlyTheMaximumLengthInCodePoints() {
    String chinese = Fixtures.longestChineseOrganizationName();
    FullName family = Fixtures.longestPersonName().chinese();

    assertThat(chinese.codePointCount(0, chinese.length())).isEqualTo(CustomerName.MAX_LENGTH);
    assertThat(chinese.length()).isGreaterThan(CustomerName.MAX_LENGTH);
    assertThat(chinese).contains(Fixtures.FOUR_BYTE_HAN);
    assertThat(CustomerName.organization(chinese).chinese()).isEqualTo(chinese);
    assertThat(family.family().codePointCount(0, family.family().length()))
        .isEqualTo(FullName.MAX_PART);
  }

  @Test
  void largestAmount_everyCurrency_hasFifteenIntegerDigitsAtTheCurrencyScale() {
    List<Currency> currencies = Fixtures.everyCurrency();

    assertThat(currencies).hasSameSizeAs(Currency.getAvailableCurrencies());
    for (Currency currency : currencies) {
      Money largest = Fixtures.largestAmount(currency);
      assertThat(largest.amount().precision() - largest.amount().scale())
          .as("integer digits of %s", largest)
          .isEqualTo(Money.MAX_INTEGER_DIGITS);
    }
  }

  @Test
  void attributesOfEveryType_coverEverySupportedType() {
    assertThat(Fixtures.attributesOfEveryType().keys().stream().<Class<?>>map(AttributeKey::type))
        .containsExactlyInAnyOrderElementsOf(AttributeKey.SUPPORTED_TYPES);
  }
}
