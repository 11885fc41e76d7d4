package io.crmkit.benchmarks;

import io.crmkit.core.segment.SegmentRule;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TieringRule;
import io.crmkit.rules.Fields;
import io.crmkit.rules.SegmentRules;
import io.crmkit.rules.TieringRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of benchmark B1 in their text form: one tiering rule of four tiers (two or three
 * predicates each, the last {@code true}) and ten segment rules. {@link HandWrittenRetier} computes
 * the same by hand; keep the two in step.
 */
public final class RetierRules {
  /** The tiering rule's text, highest tier first. */
  public static final String TIERING =
      """
      A: spend_365d >= 50000 CNY and orders_365d >= 6 and satisfaction >= 3.5
      B: spend_365d >= 15000 CNY and orders_365d >= 3
      C: spend_lifetime >= 10000 CNY or tenure_days >= 1095
      D: true
      """;

  /** The tiers, highest first; their positions are the tier numbers of a {@link Tally}. */
  public static final List<TierCode> TIERS =
      List.of(TierCode.of("A"), TierCode.of("B"), TierCode.of("C"), TierCode.of("D"));

  /** The segment rules' ids and texts; their positions are the segment numbers of a tally. */
  public static final List<String[]> SEGMENTS =
      List.of(
          new String[] {"key-east", "region in (\"east-china\") and spend_365d >= 80000 CNY"},
          new String[] {"lapsing", "days_since_last_order > 180 and orders_lifetime >= 3"},
          new String[] {"newcomers", "tenure_days <= 365"},
          new String[] {"unhappy", "satisfaction < 3"},
          new String[] {
            "big-ticket",
            "industry in (\"manufacturing\", \"energy\") and largest_order >= 20000 CNY"
          },
          new String[] {"frequent", "orders_90d >= 3"},
          new String[] {"contract-loyal", "contract_years >= 2"},
          new String[] {"whales", "spend_lifetime >= 200000 CNY and orders_lifetime <= 20"},
          new String[] {
            "south-active",
            "region in (\"south-china\", \"hong-kong\") and days_since_last_order <= 30"
          },
          new String[] {"silent", "days_since_last_contact > 90 or interactions = 0"});

  private RetierRules() {}

  /** Parses the tiering rule. */
  public static TieringRule tiering() {
    return TieringRules.parse("b1-grade", LadderKey.of("grade"), TIERING, Fields.standard());
  }

  /** Parses the ten segment rules. */
  public static List<SegmentRule> segments() {
    List<SegmentRule> rules = new ArrayList<>();
    for (String[] segment : SEGMENTS) {
      rules.add(SegmentRules.parse(segment[0], segment[1], Fields.standard()));
    }
    return List.copyOf(rules);
  }
}
