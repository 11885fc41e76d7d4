package io.crmkit.core.activity;

import static io.crmkit.core.activity.Histories.CUSTOMER;
import static io.crmkit.core.activity.Histories.TENANT;
import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.shared.HostileInput;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContractTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final Money VALUE = Money.of("500000", "CNY");

  @Test
  void of_oneYear_isInForceEveryDayOfIt() {
    Contract contract = Contract.of(TENANT, CUSTOMER, START, LocalDate.of(2024, 12, 31), VALUE);

    assertThat(contract.days()).isEqualTo(366);
    assertThat(contract.day()).isEqualTo(START);
    assertThat(Contract.of(TENANT, CUSTOMER, START, START, VALUE).days()).isEqualTo(1);
  }

  @Test
  void renewingAndWithReference_keepTheRest() {
    ActivityId previous = ActivityId.of(new UUID(1, 2));
    Contract contract =
        Contract.of(TENANT, CUSTOMER, START, START.plusYears(1), VALUE)
            .renewing(previous)
            .withReference(" HT-2024-7 ");

    assertThat(contract.renewalOf()).isEqualTo(previous);
    assertThat(contract.reference()).isEqualTo("HT-2024-7");
    assertThat(contract.value()).isEqualTo(VALUE);
    assertThat(contract.end()).isEqualTo(START.plusYears(1));
  }

  @Test
  void new_endBeforeStartNegativeValueAndBadReference_listsAll() {
    assertThatThrownBy(
            () ->
                new Contract(
                    TENANT,
                    CUSTOMER,
                    START,
                    START.minusDays(1),
                    Money.of("-1", "CNY"),
                    null,
                    "HT\u0000"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("end", "value", "reference");
              assertThat(e.errors().get(0).rule())
                  .isEqualTo("must not be before the start 2024-01-01");
            });
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(Contract.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(Contract.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(Contract.of(TENANT, CUSTOMER, START, START, VALUE));
  }

  @Test
  void new_anyDatesValueAndReference_givesContractOrValidation() {
    qt().forAll(
            HostileInput.dates(),
            HostileInput.dates(),
            HostileInput.decimals(),
            HostileInput.texts())
        .checkAssert(
            (start, end, value, reference) ->
                validOrRejected(
                        "end|value|amount|reference",
                        () ->
                            new Contract(
                                TENANT,
                                CUSTOMER,
                                start,
                                end,
                                Money.of(value, VALUE.currency()),
                                null,
                                reference))
                    .ifPresent(
                        contract -> {
                          assertThat(contract.end()).isAfterOrEqualTo(contract.start());
                          assertThat(contract.days())
                              .isEqualTo(ChronoUnit.DAYS.between(start, end) + 1);
                          assertThat(contract.value().isNegative()).isFalse();
                        }));
  }
}
