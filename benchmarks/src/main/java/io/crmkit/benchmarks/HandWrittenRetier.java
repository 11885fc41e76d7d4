package io.crmkit.benchmarks;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.FactWindow;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.rules.Subject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The B1 baseline: the rules of {@link RetierRules} written by hand as a plain Java loop over the
 * same objects, calling the same {@link CustomerFacts} and {@link CustomerSnapshot} accessors the
 * standard fields call. It is the strongest simple loop: conditions short-circuit in the rules'
 * order, and each fact is read at most once per customer, only when a condition needs it (the
 * library reads a fact again for each condition that names it).
 */
public final class HandWrittenRetier {
  private static final BigDecimal SPEND_A = new BigDecimal("50000");
  private static final BigDecimal SPEND_B = new BigDecimal("15000");
  private static final BigDecimal LIFETIME_C = new BigDecimal("10000");
  private static final BigDecimal KEY_EAST = new BigDecimal("80000");
  private static final BigDecimal BIG_TICKET = new BigDecimal("20000");
  private static final BigDecimal WHALE = new BigDecimal("200000");

  private HandWrittenRetier() {}

  /** Decides every customer's tier and memberships and folds them into a tally. */
  public static Tally run(List<Subject> subjects) {
    Tally tally = new Tally(RetierRules.TIERS.size(), RetierRules.SEGMENTS.size());
    Facts facts = new Facts();
    for (int i = 0; i < subjects.size(); i++) {
      Subject s = subjects.get(i);
      facts.reset(s.customer(), s.facts(), s.asOf());
      tally.add(tier(facts), memberships(facts));
    }
    return tally;
  }

  private static int tier(Facts x) {
    if (x.spend365().compareTo(SPEND_A) >= 0 && x.orders365() >= 6 && x.satisfaction() >= 3.5) {
      return 0;
    }
    if (x.spend365().compareTo(SPEND_B) >= 0 && x.orders365() >= 3) {
      return 1;
    }
    if (x.spendLifetime().compareTo(LIFETIME_C) >= 0 || x.tenure() >= 1095) {
      return 2;
    }
    return 3;
  }

  private static int memberships(Facts x) {
    CustomerSnapshot c = x.customer;
    CustomerFacts f = x.facts;
    String region = c.region() == null ? null : c.region().code();
    int m = 0;
    if ("east-china".equals(region) && x.spend365().compareTo(KEY_EAST) >= 0) {
      m |= 1;
    }
    if (f.lastOrderDate() != null && x.sinceLastOrder() > 180 && f.orderCount() >= 3) {
      m |= 1 << 1;
    }
    if (x.tenure() <= 365) {
      m |= 1 << 2;
    }
    if (x.satisfaction() < 3) {
      m |= 1 << 3;
    }
    String industry = c.industry() == null ? null : c.industry().code();
    if (("manufacturing".equals(industry) || "energy".equals(industry))
        && f.largestOrder(CustomerBase.CNY)
                .map(o -> o.amount())
                .orElse(BigDecimal.ZERO)
                .compareTo(BIG_TICKET)
            >= 0) {
      m |= 1 << 4;
    }
    if (f.orderCount(FactWindow.DAYS_90, x.asOf) >= 3) {
      m |= 1 << 5;
    }
    if (f.continuousContractYears(x.asOf) >= 2) {
      m |= 1 << 6;
    }
    if (x.spendLifetime().compareTo(WHALE) >= 0 && f.orderCount() <= 20) {
      m |= 1 << 7;
    }
    if (("south-china".equals(region) || "hong-kong".equals(region))
        && f.lastOrderDate() != null
        && x.sinceLastOrder() <= 30) {
      m |= 1 << 8;
    }
    if (f.lastContactAt() != null
            && ChronoUnit.DAYS.between(
                    f.lastContactAt().atOffset(ZoneOffset.UTC).toLocalDate(), x.asOf)
                > 90
        || f.interactionCount() == 0) {
      m |= 1 << 9;
    }
    return m;
  }

  /** One customer's facts, each read at most once and only when first needed; reused. */
  private static final class Facts {
    private CustomerSnapshot customer;
    private CustomerFacts facts;
    private LocalDate asOf;
    private BigDecimal spend365;
    private BigDecimal spendLifetime;
    private long orders365 = -1;
    private double satisfaction;
    private boolean satisfactionRead;
    private long tenure = Long.MIN_VALUE;

    void reset(CustomerSnapshot c, CustomerFacts f, LocalDate day) {
      customer = c;
      facts = f;
      asOf = day;
      spend365 = null;
      spendLifetime = null;
      orders365 = -1;
      satisfactionRead = false;
      tenure = Long.MIN_VALUE;
    }

    BigDecimal spend365() {
      if (spend365 == null) {
        spend365 = facts.spend(CustomerBase.CNY, FactWindow.DAYS_365, asOf).amount();
      }
      return spend365;
    }

    BigDecimal spendLifetime() {
      if (spendLifetime == null) {
        spendLifetime = facts.spend(CustomerBase.CNY, FactWindow.LIFETIME, asOf).amount();
      }
      return spendLifetime;
    }

    long orders365() {
      if (orders365 < 0) {
        orders365 = facts.orderCount(FactWindow.DAYS_365, asOf);
      }
      return orders365;
    }

    double satisfaction() {
      if (!satisfactionRead) {
        satisfaction = facts.averageSatisfaction().map(BigDecimal::doubleValue).orElse(Double.NaN);
        satisfactionRead = true;
      }
      return satisfaction;
    }

    long tenure() {
      if (tenure == Long.MIN_VALUE) {
        tenure =
            ChronoUnit.DAYS.between(
                customer.createdAt().atOffset(ZoneOffset.UTC).toLocalDate(), asOf);
      }
      return tenure;
    }

    long sinceLastOrder() {
      return ChronoUnit.DAYS.between(facts.lastOrderDate(), asOf);
    }
  }
}
