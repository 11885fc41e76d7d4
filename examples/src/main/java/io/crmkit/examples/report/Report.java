package io.crmkit.examples.report;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.rules.keyaccount.AbcClass;
import io.crmkit.rules.keyaccount.ParetoPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything the key-account report shows: the input counts, one line per customer and per group,
 * the Pareto points, the rules it ran, and the reminders due soon. The terminal, CSV, JSON and HTML
 * outputs are views of this one value.
 *
 * @param currency the currency of every amount
 * @param asOf the analysis day
 * @param rows the data rows read from the order files
 * @param filtered the rows skipped because a {@code --filter} did not match
 * @param orders the orders recorded
 * @param rejects the rows that could not be used, in input order
 * @param customers one line per customer, revenue descending, ties by key
 * @param groups one line per top-level group with its subsidiaries rolled up, revenue descending
 * @param customerPareto how many customers make 80% of revenue
 * @param groupPareto how many groups make 80% of revenue
 * @param totalRevenue the revenue of all orders
 * @param tierRule the tiering rule in crmkit's text form
 * @param largeOrderThreshold the single order that counts as large for key-account identification
 * @param reminderDays how many days ahead {@code reminders} reach
 * @param reminders the live reminders due from the analysis day through {@code reminderDays} days
 * @param rfmSegments the segment names in the order of the segment table, {@code Others} last
 * @param forecast the forecast models, totals and hold-out comparison, or why they are unavailable
 * @since 0.1
 */
record Report(
    Currency currency,
    LocalDate asOf,
    long rows,
    long filtered,
    long orders,
    List<Reject> rejects,
    List<AccountLine> customers,
    List<AccountLine> groups,
    ParetoPoint customerPareto,
    ParetoPoint groupPareto,
    BigDecimal totalRevenue,
    String tierRule,
    BigDecimal largeOrderThreshold,
    int reminderDays,
    List<ReminderLine> reminders,
    List<String> rfmSegments,
    ForecastSection forecast) {

  private static final List<String> ABC = Arrays.stream(AbcClass.values()).map(Enum::name).toList();
  private static final List<String> TIERS = List.of("A", "B", "C");
  private static final List<String> STAGES =
      Arrays.stream(LifecycleStage.values()).map(Enum::name).toList();

  /** Requires every part and copies the lists. */
  public Report {
    requireNonNull(currency, "currency");
    requireNonNull(asOf, "asOf");
    rejects = List.copyOf(rejects);
    customers = List.copyOf(customers);
    groups = List.copyOf(groups);
    requireNonNull(customerPareto, "customerPareto");
    requireNonNull(groupPareto, "groupPareto");
    requireNonNull(totalRevenue, "totalRevenue");
    requireNonNull(tierRule, "tierRule");
    requireNonNull(largeOrderThreshold, "largeOrderThreshold");
    reminders = List.copyOf(reminders);
    rfmSegments = List.copyOf(rfmSegments);
    requireNonNull(forecast, "forecast");
  }

  /** Counts customers per ABC class, A to C. */
  public Map<String, Long> abcCounts() {
    return count(customers, l -> l.abcClass().name(), ABC);
  }

  /** Counts customers per tier, highest first. */
  public Map<String, Long> tierCounts() {
    return count(customers, AccountLine::tier, TIERS);
  }

  /** Counts customers per RFM segment, in the order of the segment table. */
  public Map<String, Long> segmentCounts() {
    return count(customers, AccountLine::rfmSegment, rfmSegments);
  }

  /** Counts customers per lifecycle stage, in the order of the lifecycle. */
  public Map<String, Long> stageCounts() {
    return count(customers, AccountLine::lifecycleStage, STAGES);
  }

  /**
   * Counts lines by a property, in the order of {@code order} first (with 0 for absent values) and
   * then the other values in order of first appearance; blank values count as {@code "(none)"}.
   */
  static Map<String, Long> count(
      List<AccountLine> lines, Function<AccountLine, String> property, List<String> order) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String value : order) {
      counts.put(value, 0L);
    }
    for (AccountLine line : lines) {
      String value = property.apply(line);
      counts.merge(value.isEmpty() ? "(none)" : value, 1L, Long::sum);
    }
    return counts;
  }

  /** Returns the lines named key accounts. */
  static List<AccountLine> keyAccounts(List<AccountLine> lines) {
    return lines.stream().filter(AccountLine::keyAccount).toList();
  }
}
