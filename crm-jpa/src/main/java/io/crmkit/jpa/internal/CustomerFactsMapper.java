package io.crmkit.jpa.internal;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.DailySpend;
import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.DateRange;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Maps {@link CustomerFacts} to a {@link CustomerFactsRow} and back. */
final class CustomerFactsMapper {
  private CustomerFactsMapper() {}

  static void write(CustomerFacts f, CustomerFactsRow row) {
    row.orderCount = f.orderCount();
    row.lifetimeSpend = monies(f.lifetimeSpend());
    row.largestOrders = monies(f.largestOrders());
    row.firstOrderDate = f.firstOrderDate();
    row.lastOrderDate = f.lastOrderDate();
    List<List<@Nullable String>> days = new ArrayList<>();
    for (DailySpend d : f.recentOrders()) {
      days.add(
          fields(
              "D",
              d.day().toString(),
              d.amount().amount().toPlainString(),
              d.amount().currency().getCurrencyCode(),
              Integer.toString(d.orders())));
    }
    row.recentOrders = TextRecords.encode(days);
    row.contractCount = f.contractCount();
    List<List<@Nullable String>> ranges = new ArrayList<>();
    for (DateRange r : f.contractCoverage()) {
      ranges.add(fields("R", r.start().toString(), r.end().toString()));
    }
    row.contractCoverage = TextRecords.encode(ranges);
    row.interactionCount = f.interactionCount();
    row.lastContactAt = Micros.ofNullable("lastContactAt", f.lastContactAt());
    row.lastContactChannel = f.lastContactChannel() == null ? null : f.lastContactChannel().name();
    row.lastContactActivity =
        f.lastContactActivity() == null ? null : f.lastContactActivity().toString();
    row.nextContactOn = f.nextContactOn();
    row.feedbackCount = f.feedbackCount();
    row.satisfactionCount = f.satisfactionCount();
    row.satisfactionSum = f.satisfactionSum();
    row.npsCount = f.npsCount();
    row.npsPromoters = f.npsPromoters();
    row.npsDetractors = f.npsDetractors();
  }

  static CustomerFacts read(CustomerFactsRow row) {
    List<DailySpend> days = new ArrayList<>();
    for (List<@Nullable String> d : TextRecords.decode(row.recentOrders)) {
      days.add(
          new DailySpend(
              LocalDate.parse(required(d, 1)),
              Money.of(required(d, 2), required(d, 3)),
              Integer.parseInt(required(d, 4))));
    }
    List<DateRange> ranges = new ArrayList<>();
    for (List<@Nullable String> r : TextRecords.decode(row.contractCoverage)) {
      ranges.add(DateRange.of(LocalDate.parse(required(r, 1)), LocalDate.parse(required(r, 2))));
    }
    return new CustomerFacts(
        TenantId.of(row.tenant),
        CustomerId.parse(row.id),
        row.version,
        row.orderCount,
        monies(row.lifetimeSpend),
        monies(row.largestOrders),
        row.firstOrderDate,
        row.lastOrderDate,
        days,
        row.contractCount,
        ranges,
        row.interactionCount,
        Micros.instantOrNull(row.lastContactAt),
        row.lastContactChannel == null ? null : InteractionType.valueOf(row.lastContactChannel),
        row.lastContactActivity == null ? null : ActivityId.parse(row.lastContactActivity),
        row.nextContactOn,
        row.feedbackCount,
        row.satisfactionCount,
        row.satisfactionSum,
        row.npsCount,
        row.npsPromoters,
        row.npsDetractors);
  }

  private static String monies(List<Money> monies) {
    List<List<@Nullable String>> records = new ArrayList<>(monies.size());
    for (Money m : monies) {
      records.add(fields("M", m.amount().toPlainString(), m.currency().getCurrencyCode()));
    }
    return TextRecords.encode(records);
  }

  private static List<Money> monies(String text) {
    List<Money> monies = new ArrayList<>();
    for (List<@Nullable String> m : TextRecords.decode(text)) {
      monies.add(Money.of(required(m, 1), required(m, 2)));
    }
    return monies;
  }

  private static List<@Nullable String> fields(String... values) {
    return new ArrayList<>(List.of(values));
  }

  private static String required(List<@Nullable String> fields, int index) {
    String value = index < fields.size() ? fields.get(index) : null;
    if (value == null) {
      throw new IllegalArgumentException("field " + index + " of a facts record is absent");
    }
    return value;
  }
}
