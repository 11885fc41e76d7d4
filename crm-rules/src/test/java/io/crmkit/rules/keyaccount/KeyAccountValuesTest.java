package io.crmkit.rules.keyaccount;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.FactWindow;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Null handling and equality of the key-account values. */
class KeyAccountValuesTest {
  private static final AccountRevenue IN = AccountRevenue.of("a", BigDecimal.TEN);
  private static final ParetoAnalysis ANALYSIS = ParetoAnalysis.of(List.of(IN));
  private static final AccountShare SHARE = ANALYSIS.shares().get(0);
  private static final KeyAccountCriteria CRITERIA = KeyAccountCriteria.of(BigDecimal.TEN, 1);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(String.class, "x")
        .setDefault(AccountRevenue.class, IN)
        .setDefault(List.class, List.of(IN))
        .setDefault(BigDecimal.class, new BigDecimal("0.5"))
        .setDefault(AbcCutPoints.class, AbcCutPoints.standard())
        .setDefault(CriterionWeights.class, CriterionWeights.standard())
        .setDefault(ParetoAnalysis.class, ANALYSIS)
        .setDefault(FactWindow.class, FactWindow.LIFETIME)
        .setDefault(Currency.class, Currency.getInstance("CNY"))
        .setDefault(LocalDate.class, LocalDate.of(2026, 6, 30))
        .setDefault(
            CustomerFacts.class,
            CustomerFacts.empty(TenantId.of("acme"), CustomerId.of(new UUID(0, 1))));
  }

  @Test
  void publicMethods_nullArguments_throwNullPointer() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            AccountRevenue.class,
            AbcCutPoints.class,
            ParetoAnalysis.class,
            ParetoPoint.class,
            CriterionWeights.class,
            KeyAccountCriteria.class,
            KeyAccountVerdict.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(IN);
    tester.testAllPublicInstanceMethods(SHARE);
    tester.testAllPublicInstanceMethods(ANALYSIS);
    tester.testAllPublicInstanceMethods(CRITERIA);
  }

  @Test
  void records_equalByValue() {
    new EqualsTester()
        .addEqualityGroup(IN, AccountRevenue.of("a", BigDecimal.TEN))
        .addEqualityGroup(AccountRevenue.of("b", BigDecimal.TEN))
        .addEqualityGroup(new AccountRevenue("a", BigDecimal.TEN, BigDecimal.ZERO, 0, false, "p"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AbcCutPoints.standard(), AbcCutPoints.of("0.80", "0.95"))
        .addEqualityGroup(AbcCutPoints.of("0.7", "0.9"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new KeyAccountVerdict("a", true, 40, List.of("strategic")),
            new KeyAccountVerdict("a", true, 40, List.of("strategic")))
        .addEqualityGroup(new KeyAccountVerdict("a", false, 15, List.of("strategic")))
        .testEquals();
  }
}
