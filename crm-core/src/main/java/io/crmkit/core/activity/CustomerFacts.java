package io.crmkit.core.activity;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.DateRange;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What crmkit knows about one customer's behaviour, kept up to date in the same unit of work as
 * every recorded activity so that rules never scan history: spend and order counts over rolling
 * windows (per currency), first and last order, largest order, continuous contract coverage, last
 * contact, satisfaction and NPS.
 *
 * <p>The value depends only on the set of recorded activities, never on the order they were
 * recorded in: {@link #rebuild} over the history gives the same facts as applying each activity in
 * turn with {@link #apply}. Daily order totals are kept for the 365 days before the latest order
 * date, so rolling windows are exact for every {@code asOf} on or after the latest order date (and
 * for earlier days as far back as the retained days reach).
 *
 * @param tenant the tenant
 * @param customer the customer
 * @param version the stored version; 0 before the first save
 * @param orderCount the number of orders ever recorded
 * @param lifetimeSpend the total of all orders, one entry per currency, sorted by currency code
 * @param largestOrders the largest single order, one entry per currency, sorted by currency code
 * @param firstOrderDate the earliest order date, if any order exists
 * @param lastOrderDate the latest order date, if any order exists
 * @param recentOrders daily totals of the 365 days before the latest order date, sorted
 * @param contractCount the number of contracts ever recorded
 * @param contractCoverage the days under contract as disjoint, sorted ranges; touching contracts
 *     are merged
 * @param interactionCount the number of interactions ever recorded
 * @param lastContactAt when the latest interaction happened, if any
 * @param lastContactChannel how the latest interaction happened, if any
 * @param lastContactActivity the id of the latest interaction (ties on time go to the larger id)
 * @param nextContactOn the next contact day agreed in the latest interaction, if any
 * @param feedbackCount the number of pieces of feedback
 * @param satisfactionCount how many satisfaction scores were given
 * @param satisfactionSum the sum of all satisfaction scores
 * @param npsCount how many NPS answers were given
 * @param npsPromoters how many NPS answers were 9 or 10
 * @param npsDetractors how many NPS answers were 0 to 6
 * @since 0.1
 */
public record CustomerFacts(
    TenantId tenant,
    CustomerId customer,
    long version,
    long orderCount,
    List<Money> lifetimeSpend,
    List<Money> largestOrders,
    @Nullable LocalDate firstOrderDate,
    @Nullable LocalDate lastOrderDate,
    List<DailySpend> recentOrders,
    long contractCount,
    List<DateRange> contractCoverage,
    long interactionCount,
    @Nullable Instant lastContactAt,
    @Nullable InteractionType lastContactChannel,
    @Nullable ActivityId lastContactActivity,
    @Nullable LocalDate nextContactOn,
    long feedbackCount,
    long satisfactionCount,
    long satisfactionSum,
    long npsCount,
    long npsPromoters,
    long npsDetractors) {

  /** How many days of daily order totals are kept before the latest order date. */
  public static final int RETAINED_DAYS = 365;

  static final Comparator<Money> BY_CURRENCY =
      Comparator.comparing(m -> m.currency().getCurrencyCode());

  /** Requires the identity and copies the lists. */
  public CustomerFacts {
    requireNonNull(tenant, "tenant");
    requireNonNull(customer, "customer");
    lifetimeSpend = lifetimeSpend.stream().sorted(BY_CURRENCY).toList();
    largestOrders = largestOrders.stream().sorted(BY_CURRENCY).toList();
    recentOrders = recentOrders.stream().sorted().toList();
    contractCoverage = contractCoverage.stream().sorted().toList();
  }

  /** Returns the facts of a customer with no recorded activity. */
  public static CustomerFacts empty(TenantId tenant, CustomerId customer) {
    return new CustomerFacts(
        tenant, customer, 0, 0, List.of(), List.of(), null, null, List.of(), 0, List.of(), 0, null,
        null, null, null, 0, 0, 0, 0, 0, 0);
  }

  /**
   * Computes the facts from a customer's complete history; gives the same result as applying the
   * activities one by one in any order.
   *
   * @throws IllegalArgumentException if an activity belongs to another customer
   */
  public static CustomerFacts rebuild(
      TenantId tenant, CustomerId customer, Iterable<RecordedActivity> history) {
    FactsBuilder builder = new FactsBuilder(empty(tenant, customer));
    for (RecordedActivity activity : history) {
      builder.apply(activity);
    }
    return builder.build();
  }

  /**
   * Returns the facts with one more activity applied; the version stays as it is.
   *
   * @throws IllegalArgumentException if the activity belongs to another customer
   */
  public CustomerFacts apply(RecordedActivity activity) {
    FactsBuilder builder = new FactsBuilder(this);
    builder.apply(activity);
    return builder.build();
  }

  /**
   * Returns the facts of this customer and another taken together, as one key account: a parent and
   * its subsidiaries. The result keeps this customer's id and version and equals the rebuild of
   * both histories.
   *
   * @throws IllegalArgumentException if the other facts belong to another tenant
   */
  public CustomerFacts merge(CustomerFacts other) {
    FactsBuilder builder = new FactsBuilder(this);
    builder.merge(other);
    return builder.build();
  }

  /** Returns a copy at another version; stores call it when they save. */
  public CustomerFacts withVersion(long newVersion) {
    FactsBuilder builder = new FactsBuilder(this);
    builder.version = newVersion;
    return builder.build();
  }

  /**
   * Returns the total spend in one currency over a window ending on {@code asOf}.
   *
   * @throws ValidationException if {@code asOf} lies so far before the latest order that the window
   *     reaches past the retained days
   */
  public Money spend(Currency currency, FactWindow window, LocalDate asOf) {
    requireNonNull(currency, "currency");
    requireNonNull(window, "window");
    requireNonNull(asOf, "asOf");
    if (window == FactWindow.LIFETIME) {
      for (Money money : lifetimeSpend) {
        if (money.currency().equals(currency)) {
          return money;
        }
      }
      return Money.zero(currency);
    }
    // rules read this for every customer: walk the sorted days in place and add plain decimals
    LocalDate after = windowStart(window.days(), asOf);
    BigDecimal total = null;
    for (int i = firstAfter(after); i < recentOrders.size(); i++) {
      DailySpend daily = recentOrders.get(i);
      if (daily.day().isAfter(asOf)) {
        break;
      }
      if (daily.amount().currency().equals(currency)) {
        BigDecimal amount = daily.amount().amount();
        total = total == null ? amount : total.add(amount);
      }
    }
    return total == null ? Money.zero(currency) : Money.of(total, currency);
  }

  /**
   * Returns the number of orders, in any currency, over a window ending on {@code asOf}.
   *
   * @throws ValidationException if {@code asOf} lies so far before the latest order that the window
   *     reaches past the retained days
   */
  public long orderCount(FactWindow window, LocalDate asOf) {
    requireNonNull(window, "window");
    requireNonNull(asOf, "asOf");
    if (window == FactWindow.LIFETIME) {
      return orderCount;
    }
    LocalDate after = windowStart(window.days(), asOf);
    long count = 0;
    for (int i = firstAfter(after); i < recentOrders.size(); i++) {
      DailySpend daily = recentOrders.get(i);
      if (daily.day().isAfter(asOf)) {
        break;
      }
      count += daily.orders();
    }
    return count;
  }

  /** Returns the largest single order in the currency, if there was one. */
  public Optional<Money> largestOrder(Currency currency) {
    requireNonNull(currency, "currency");
    for (Money money : largestOrders) {
      if (money.currency().equals(currency)) {
        return Optional.of(money);
      }
    }
    return Optional.empty();
  }

  /** Returns the whole days since the latest order, if there was one. */
  public Optional<Long> daysSinceLastOrder(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return Optional.ofNullable(lastOrderDate).map(d -> ChronoUnit.DAYS.between(d, asOf));
  }

  /**
   * Returns how many days the customer has been under contract without a break up to and including
   * {@code asOf}; 0 when no contract covers {@code asOf}.
   */
  public long continuousContractDays(LocalDate asOf) {
    return coverageOn(asOf).map(r -> ChronoUnit.DAYS.between(r.start(), asOf) + 1).orElse(0L);
  }

  /**
   * Returns the whole years the customer has been under contract without a break up to and
   * including {@code asOf}: 2 for a run of contracts from 2023-01-01 still in force on 2024-12-31.
   */
  public int continuousContractYears(LocalDate asOf) {
    return coverageOn(asOf)
        .map(r -> Period.between(r.start(), asOf.plusDays(1)).getYears())
        .orElse(0);
  }

  /** Returns the average satisfaction score (1 to 5, two decimals), if any was given. */
  public Optional<BigDecimal> averageSatisfaction() {
    if (satisfactionCount == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(satisfactionSum)
            .divide(BigDecimal.valueOf(satisfactionCount), 2, RoundingMode.HALF_UP));
  }

  /**
   * Returns the Net Promoter Score (per cent promoters minus per cent detractors, -100 to 100,
   * rounded half up), if any answer was given.
   */
  public Optional<Integer> netPromoterScore() {
    if (npsCount == 0) {
      return Optional.empty();
    }
    BigDecimal score =
        BigDecimal.valueOf(100 * (npsPromoters - npsDetractors))
            .divide(BigDecimal.valueOf(npsCount), 0, RoundingMode.HALF_UP);
    return Optional.of(score.intValueExact());
  }

  private Optional<DateRange> coverageOn(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return contractCoverage.stream().filter(r -> r.contains(asOf)).findFirst();
  }

  /** Returns the day before a window of {@code days} ending on {@code asOf}, checked. */
  private LocalDate windowStart(int days, LocalDate asOf) {
    LocalDate after = asOf.minusDays(days);
    if (lastOrderDate != null && after.isBefore(lastOrderDate.minusDays(RETAINED_DAYS))) {
      throw ValidationException.of(
          "asOf",
          asOf,
          "must be on or after "
              + lastOrderDate.minusDays(RETAINED_DAYS - days)
              + " for a "
              + days
              + "-day window");
    }
    return after;
  }

  /** Returns the index of the first retained day after {@code day} (the days are sorted). */
  private int firstAfter(LocalDate day) {
    int low = 0;
    int high = recentOrders.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (recentOrders.get(mid).day().isAfter(day)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }
}
