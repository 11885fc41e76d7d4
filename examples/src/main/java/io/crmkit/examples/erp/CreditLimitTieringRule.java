package io.crmkit.examples.erp;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.FactWindow;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.shared.Money;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierDecision;
import io.crmkit.core.tier.TieringRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The ERP's own tiering rule, on a ladder of its own ({@code credit}: WATCH, STANDARD, PREFERRED):
 * it reads the credit limit the ERP stored as a typed attribute and the customer's 90-day spend
 * from crmkit's facts. No limit on file, an expired limit, or 90-day spend above the limit puts the
 * account on WATCH; a large limit used to at most 80% makes it PREFERRED; anything else is
 * STANDARD. Like every rule, it is a pure function of the snapshot, the facts and the day.
 *
 * @since 0.1
 */
public final class CreditLimitTieringRule implements TieringRule {
  /** The ladder the rule grades on. */
  public static final LadderKey LADDER = LadderKey.of("credit");

  /** The lowest tier: the account needs finance's attention. */
  public static final TierCode WATCH = TierCode.of("WATCH");

  /** The middle tier. */
  public static final TierCode STANDARD = TierCode.of("STANDARD");

  /** The highest tier. */
  public static final TierCode PREFERRED = TierCode.of("PREFERRED");

  private static final BigDecimal PREFERRED_USE = new BigDecimal("80");

  private final Money preferredFrom;

  private CreditLimitTieringRule(Money preferredFrom) {
    this.preferredFrom = preferredFrom;
  }

  /**
   * Returns the rule; accounts with a credit limit of at least {@code preferredFrom} (and at most
   * 80% of it used) are PREFERRED.
   */
  public static CreditLimitTieringRule preferredFrom(Money preferredFrom) {
    return new CreditLimitTieringRule(requireNonNull(preferredFrom, "preferredFrom"));
  }

  @Override
  public String id() {
    return "erp.credit-limit";
  }

  @Override
  public LadderKey ladder() {
    return LADDER;
  }

  @Override
  public TierDecision decide(CustomerSnapshot customer, CustomerFacts facts, LocalDate asOf) {
    Optional<Money> limit = customer.attributes().get(ErpAttributes.CREDIT_LIMIT);
    if (limit.isEmpty() || limit.get().isZero()) {
      return new TierDecision(WATCH, "no credit limit on file → WATCH");
    }
    Optional<LocalDate> until = customer.attributes().get(ErpAttributes.CREDIT_LIMIT_UNTIL);
    if (until.isPresent() && until.get().isBefore(asOf)) {
      return new TierDecision(WATCH, "credit limit expired on " + until.get() + " → WATCH");
    }
    Money spend = facts.spend(limit.get().currency(), FactWindow.DAYS_90, asOf);
    BigDecimal used =
        spend
            .amount()
            .multiply(BigDecimal.valueOf(100))
            .divide(limit.get().amount(), 1, RoundingMode.HALF_UP);
    String facts90 =
        "spend_90d = " + spend + " is " + used + "% of the credit limit " + limit.get();
    if (spend.compareTo(limit.get()) > 0) {
      return new TierDecision(WATCH, facts90 + " → WATCH (over the limit)");
    }
    boolean large =
        limit.get().currency().equals(preferredFrom.currency())
            && limit.get().compareTo(preferredFrom) >= 0;
    if (large && used.compareTo(PREFERRED_USE) <= 0) {
      return new TierDecision(
          PREFERRED, facts90 + " → PREFERRED (limit ≥ " + preferredFrom + ", at most 80% used)");
    }
    return new TierDecision(STANDARD, facts90 + " → STANDARD (within the limit)");
  }

  @Override
  public String toString() {
    return "TieringRule[" + id() + " on " + LADDER + "]";
  }
}
