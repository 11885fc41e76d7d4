package io.crmkit.rules.rfm;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import io.crmkit.rules.rfm.RfmSegment.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Null handling and equality of the RFM values. */
class RfmValuesTest {
  private static final RfmInput IN = new RfmInput("a", 3, 2, new BigDecimal("10.00"));
  private static final RfmScore SCORE = new RfmScore(IN, 5, 4, 3);
  private static final Range ALL = Range.of(1, 5);
  private static final RfmSegment SEGMENT = new RfmSegment("All", 1, ALL, ALL, ALL);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(String.class, "x")
        .setDefault(RfmInput.class, IN)
        .setDefault(RfmScore.class, SCORE)
        .setDefault(Range.class, ALL)
        .setDefault(RfmSegment.class, SEGMENT)
        .setDefault(List.class, List.of(IN))
        .setDefault(RfmMethod.class, RfmMethod.NTILE)
        .setDefault(BigDecimal.class, BigDecimal.ONE)
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
            RfmInput.class,
            RfmScore.class,
            RfmSegment.class,
            Range.class,
            RfmScoring.class,
            RfmSegmentTable.class,
            RfmThresholds.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(IN);
    tester.testAllPublicInstanceMethods(SCORE);
    tester.testAllPublicInstanceMethods(SEGMENT);
    tester.testAllPublicInstanceMethods(RfmSegmentTable.standard());
    tester.testAllPublicInstanceMethods(
        RfmThresholds.of(List.of(30L), List.of(2L), List.of(BigDecimal.TEN)));
  }

  @Test
  void equals_sameMeasuresAndScores_areEqual() {
    new EqualsTester()
        .addEqualityGroup(IN, new RfmInput("a", 3, 2, new BigDecimal("10.00")))
        .addEqualityGroup(new RfmInput("b", 3, 2, new BigDecimal("10.00")))
        .addEqualityGroup(new RfmInput("a", 4, 2, new BigDecimal("10.00")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SCORE, new RfmScore(IN, 5, 4, 3))
        .addEqualityGroup(new RfmScore(IN, 5, 4, 2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ALL, Range.of(1, 5))
        .addEqualityGroup(Range.of(2, 5))
        .testEquals();
  }
}
