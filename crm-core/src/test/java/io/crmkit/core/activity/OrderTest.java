package io.crmkit.core.activity;

import static io.crmkit.core.activity.Histories.CUSTOMER;
import static io.crmkit.core.activity.Histories.TENANT;
import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import io.crmkit.core.shared.HostileInput;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrderTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

  @Test
  void of_keepsEveryPart() {
    Order order =
        Order.of(TENANT, CUSTOMER, Money.of("128000", "CNY"), DAY)
            .withCategory(ProductCategory.of(" 电机 "))
            .withReference(" SO-2024-0001 ");

    assertThat(order.amount()).isEqualTo(Money.of("128000.00", "CNY"));
    assertThat(order.day()).isEqualTo(DAY);
    assertThat(order.category()).isEqualTo(ProductCategory.of("电机"));
    assertThat(order.reference()).isEqualTo("SO-2024-0001");
    assertThat(order.tenant()).isEqualTo(TENANT);
    assertThat(order.customer()).isEqualTo(CUSTOMER);
  }

  @Test
  void of_zeroAmount_isAccepted_negativeAmount_isRejected() {
    assertThat(Order.of(TENANT, CUSTOMER, Money.of("0", "CNY"), DAY).amount().isZero()).isTrue();
    assertThatThrownBy(() -> Order.of(TENANT, CUSTOMER, Money.of("-0.01", "CNY"), DAY))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("amount");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo("-0.01 CNY");
              assertThat(e.errors().get(0).rule()).isEqualTo("must not be negative");
            });
  }

  @Test
  void new_negativeAmountAndOverLongReference_listsBoth() {
    assertThatThrownBy(
            () ->
                new Order(
                    TENANT,
                    CUSTOMER,
                    Money.of("-1", "USD"),
                    DAY,
                    null,
                    "R".repeat(Order.MAX_REFERENCE + 1)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("amount", "reference"));
  }

  @Test
  void withReference_blank_isNoReference() {
    assertThat(
            Order.of(TENANT, CUSTOMER, Money.of("1", "CNY"), DAY).withReference("  ").reference())
        .isNull();
  }

  @Test
  void equals_comparesEveryPart() {
    Order order = Order.of(TENANT, CUSTOMER, Money.of("1", "CNY"), DAY);
    new EqualsTester()
        .addEqualityGroup(
            order,
            Order.of(TENANT, CUSTOMER, Money.of("1.00", "CNY"), DAY),
            order.withReference(" "))
        .addEqualityGroup(order.withReference("SO-1"))
        .addEqualityGroup(Order.of(TENANT, CUSTOMER, Money.of("1", "CNY"), DAY.plusDays(1)))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(Order.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(Order.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(Order.of(TENANT, CUSTOMER, Money.of("1", "CNY"), DAY));
  }

  @Test
  void new_anyAmountDateAndReference_givesOrderOrValidation() {
    qt().forAll(
            HostileInput.amounts(),
            HostileInput.currencyCodes(),
            HostileInput.dates(),
            HostileInput.texts())
        .checkAssert(
            (amount, currency, date, reference) ->
                validOrRejected(
                        "amount|currency|reference",
                        () ->
                            new Order(
                                TENANT,
                                CUSTOMER,
                                Money.of(amount, currency),
                                date,
                                null,
                                reference))
                    .ifPresent(
                        order -> {
                          assertThat(order.amount().isNegative()).isFalse();
                          assertThat(order.day()).isEqualTo(date);
                          if (order.reference() != null) {
                            assertThat(
                                    order.reference().codePointCount(0, order.reference().length()))
                                .isBetween(1, Order.MAX_REFERENCE);
                          }
                        }));
  }
}
