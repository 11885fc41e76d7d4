package io.crmkit.core.activity;

import io.crmkit.core.shared.DateRange;
import io.crmkit.core.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The mutable working copy behind {@link CustomerFacts#apply} and {@link CustomerFacts#merge}. */
final class FactsBuilder {
  private final CustomerFacts base;
  long version;
  private long orderCount;
  private final TreeMap<String, Money> lifetimeSpend = new TreeMap<>();
  private final TreeMap<String, Money> largestOrders = new TreeMap<>();
  private @Nullable LocalDate firstOrderDate;
  private @Nullable LocalDate lastOrderDate;
  private final List<DailySpend> recentOrders;
  private long contractCount;
  private List<DateRange> contractCoverage;
  private long interactionCount;
  private @Nullable Instant lastContactAt;
  private @Nullable InteractionType lastContactChannel;
  private @Nullable ActivityId lastContactActivity;
  private @Nullable LocalDate nextContactOn;
  private long feedbackCount;
  private long satisfactionCount;
  private long satisfactionSum;
  private long npsCount;
  private long npsPromoters;
  private long npsDetractors;

  FactsBuilder(CustomerFacts f) {
    base = f;
    version = f.version();
    orderCount = f.orderCount();
    f.lifetimeSpend().forEach(m -> lifetimeSpend.put(m.currency().getCurrencyCode(), m));
    f.largestOrders().forEach(m -> largestOrders.put(m.currency().getCurrencyCode(), m));
    firstOrderDate = f.firstOrderDate();
    lastOrderDate = f.lastOrderDate();
    recentOrders = new ArrayList<>(f.recentOrders());
    contractCount = f.contractCount();
    contractCoverage = f.contractCoverage();
    interactionCount = f.interactionCount();
    lastContactAt = f.lastContactAt();
    lastContactChannel = f.lastContactChannel();
    lastContactActivity = f.lastContactActivity();
    nextContactOn = f.nextContactOn();
    feedbackCount = f.feedbackCount();
    satisfactionCount = f.satisfactionCount();
    satisfactionSum = f.satisfactionSum();
    npsCount = f.npsCount();
    npsPromoters = f.npsPromoters();
    npsDetractors = f.npsDetractors();
  }

  void apply(RecordedActivity recorded) {
    if (!recorded.customer().equals(base.customer()) || !recorded.tenant().equals(base.tenant())) {
      throw new IllegalArgumentException(
          "activity "
              + recorded.id()
              + " belongs to customer "
              + recorded.customer()
              + ", not "
              + base.customer());
    }
    Activity activity = recorded.activity();
    if (activity instanceof Order order) {
      addOrders(
          1,
          List.of(order.amount()),
          List.of(order.amount()),
          order.date(),
          order.date(),
          List.of(new DailySpend(order.date(), order.amount(), 1)));
    } else if (activity instanceof Contract contract) {
      contractCount++;
      addCoverage(List.of(DateRange.of(contract.start(), contract.end())));
    } else if (activity instanceof Interaction interaction) {
      interactionCount++;
      considerLastContact(
          interaction.occurredAt(), interaction.type(), recorded.id(), interaction.nextContactOn());
    } else if (activity instanceof Feedback feedback) {
      feedbackCount++;
      if (feedback.satisfaction() != null) {
        satisfactionCount++;
        satisfactionSum += feedback.satisfaction();
      }
      if (feedback.nps() != null) {
        npsCount++;
        npsPromoters += feedback.nps() >= 9 ? 1 : 0;
        npsDetractors += feedback.nps() <= 6 ? 1 : 0;
      }
    }
  }

  void merge(CustomerFacts other) {
    if (!other.tenant().equals(base.tenant())) {
      throw new IllegalArgumentException(
          "cannot merge facts of tenant " + other.tenant() + " into " + base.tenant());
    }
    if (other.orderCount() > 0) {
      addOrders(
          other.orderCount(),
          other.lifetimeSpend(),
          other.largestOrders(),
          other.firstOrderDate(),
          other.lastOrderDate(),
          other.recentOrders());
    }
    contractCount += other.contractCount();
    addCoverage(other.contractCoverage());
    interactionCount += other.interactionCount();
    if (other.lastContactAt() != null) {
      considerLastContact(
          other.lastContactAt(),
          other.lastContactChannel(),
          other.lastContactActivity(),
          other.nextContactOn());
    }
    feedbackCount += other.feedbackCount();
    satisfactionCount += other.satisfactionCount();
    satisfactionSum += other.satisfactionSum();
    npsCount += other.npsCount();
    npsPromoters += other.npsPromoters();
    npsDetractors += other.npsDetractors();
  }

  CustomerFacts build() {
    return new CustomerFacts(
        base.tenant(),
        base.customer(),
        version,
        orderCount,
        List.copyOf(lifetimeSpend.values()),
        List.copyOf(largestOrders.values()),
        firstOrderDate,
        lastOrderDate,
        recentOrders,
        contractCount,
        contractCoverage,
        interactionCount,
        lastContactAt,
        lastContactChannel,
        lastContactActivity,
        nextContactOn,
        feedbackCount,
        satisfactionCount,
        satisfactionSum,
        npsCount,
        npsPromoters,
        npsDetractors);
  }

  private void addOrders(
      long count,
      List<Money> spend,
      List<Money> largest,
      LocalDate first,
      LocalDate last,
      Collection<DailySpend> daily) {
    orderCount += count;
    spend.forEach(m -> lifetimeSpend.merge(m.currency().getCurrencyCode(), m, Money::plus));
    largest.forEach(m -> largestOrders.merge(m.currency().getCurrencyCode(), m, Money::max));
    firstOrderDate =
        firstOrderDate == null || first.isBefore(firstOrderDate) ? first : firstOrderDate;
    lastOrderDate = lastOrderDate == null || last.isAfter(lastOrderDate) ? last : lastOrderDate;
    for (DailySpend entry : daily) {
      int at = java.util.Collections.binarySearch(recentOrders, entry);
      if (at >= 0) {
        recentOrders.set(at, recentOrders.get(at).plus(entry));
      } else {
        recentOrders.add(-at - 1, entry);
      }
    }
    LocalDate keepAfter = lastOrderDate.minusDays(CustomerFacts.RETAINED_DAYS);
    recentOrders.removeIf(d -> !d.day().isAfter(keepAfter));
  }

  private void addCoverage(List<DateRange> ranges) {
    if (ranges.isEmpty()) {
      return;
    }
    List<DateRange> all = new ArrayList<>(contractCoverage);
    all.addAll(ranges);
    all.sort(null);
    List<DateRange> merged = new ArrayList<>(all.size());
    for (DateRange range : all) {
      int lastIndex = merged.size() - 1;
      if (lastIndex >= 0 && merged.get(lastIndex).touches(range)) {
        merged.set(lastIndex, merged.get(lastIndex).span(range));
      } else {
        merged.add(range);
      }
    }
    contractCoverage = merged;
  }

  private void considerLastContact(
      Instant at,
      @Nullable InteractionType channel,
      @Nullable ActivityId id,
      @Nullable LocalDate next) {
    boolean newer =
        lastContactAt == null
            || at.isAfter(lastContactAt)
            || at.equals(lastContactAt)
                && id != null
                && lastContactActivity != null
                && id.compareTo(lastContactActivity) > 0;
    if (newer) {
      lastContactAt = at;
      lastContactChannel = channel;
      lastContactActivity = id;
      nextContactOn = next;
    }
  }
}
