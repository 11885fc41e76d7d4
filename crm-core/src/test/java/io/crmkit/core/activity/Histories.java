package io.crmkit.core.activity;

import static org.quicktheories.generators.SourceDSL.longs;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of recorded activity for the customer-facts laws: orders in CNY, USD and JPY,
 * contracts, interactions (often at the same instant, to exercise tie-breaks) and feedback, dated
 * over the three years 2022 to 2024.
 */
final class Histories {
  static final TenantId TENANT = TenantId.of("acme");
  static final CustomerId CUSTOMER =
      CustomerId.of(UUID.fromString("0f3c6a52-8d7e-4c1b-9a2f-5e6d7c8b9a01"));
  static final CustomerId SUBSIDIARY =
      CustomerId.of(UUID.fromString("9a3c6a52-8d7e-4c1b-9a2f-5e6d7c8b9a02"));
  static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
  static final List<Currency> CURRENCIES =
      List.of(
          Currency.getInstance("CNY"), Currency.getInstance("USD"), Currency.getInstance("JPY"));
  static final UserRef MANAGER = UserRef.of("li.na");

  private Histories() {}

  /** Returns days from 2022-01-01 to 2024-12-31. */
  static Gen<LocalDate> days() {
    int span = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay());
    return Generate.range(0, span).map(offset -> FIRST_DAY.plusDays(offset));
  }

  /** Returns amounts from 0 to 100,000 in one of the three currencies. */
  static Gen<Money> amounts() {
    return Generate.pick(CURRENCIES)
        .zip(
            longs().between(0, 10_000_000),
            (currency, minor) -> {
              int digits = currency.getDefaultFractionDigits();
              return Money.of(
                  BigDecimal.valueOf(digits == 0 ? minor / 100 : minor, digits), currency);
            });
  }

  /** Returns instants on the history's days, at a few hours only, so that ties happen. */
  static Gen<Instant> instants() {
    return days()
        .zip(
            Generate.pick(List.of(0, 9, 14, 23)),
            Generate.range(0, 999_999),
            (day, hour, micros) ->
                day.atTime(hour, 0)
                    .toInstant(ZoneOffset.UTC)
                    .plusNanos(micros % 3 == 0 ? 0 : micros * 1000L + 789));
  }

  static Gen<Order> orders(CustomerId customer) {
    return amounts().zip(days(), (amount, day) -> Order.of(TENANT, customer, amount, day));
  }

  static Gen<Contract> contracts(CustomerId customer) {
    return days()
        .zip(
            Generate.frequency(
                Pair.of(3, Generate.range(0, 400)), Pair.of(1, Generate.range(360, 370))),
            amounts(),
            (start, length, value) ->
                Contract.of(TENANT, customer, start, start.plusDays(length), value));
  }

  static Gen<Interaction> interactions(CustomerId customer) {
    Gen<Integer> next =
        Generate.frequency(Pair.of(1, Generate.constant(-1)), Pair.of(2, Generate.range(0, 60)));
    return instants()
        .zip(
            Generate.enumValues(InteractionType.class),
            next,
            (at, type, days) -> {
              Interaction interaction = Interaction.of(TENANT, customer, type, at, MANAGER);
              return days < 0
                  ? interaction
                  : interaction.nextContactOn(interaction.day().plusDays(days));
            });
  }

  static Gen<Feedback> feedback(CustomerId customer) {
    Gen<Integer> satisfaction = Generate.range(0, 5);
    Gen<Integer> nps = Generate.range(-1, 10);
    return instants()
        .zip(
            satisfaction,
            nps,
            (at, s, n) ->
                new Feedback(
                    TENANT,
                    customer,
                    null,
                    s == 0 && n < 0 ? Integer.valueOf(3) : s == 0 ? null : s,
                    n < 0 ? null : n,
                    null,
                    FeedbackChannel.SURVEY,
                    at));
  }

  static Gen<Activity> activities(CustomerId customer) {
    return Generate.frequency(
        Pair.of(4, orders(customer).map(Activity.class::cast)),
        Pair.of(2, contracts(customer).map(Activity.class::cast)),
        Pair.of(2, interactions(customer).map(Activity.class::cast)),
        Pair.of(2, feedback(customer).map(Activity.class::cast)));
  }

  static Gen<ActivityId> ids() {
    return longs().all().zip(longs().all(), (high, low) -> ActivityId.of(new UUID(high, low)));
  }

  static Gen<RecordedActivity> recorded(CustomerId customer) {
    return ids().zip(instants(), activities(customer), RecordedActivity::new);
  }

  /** Returns histories of up to 40 activities with distinct ids. */
  static Gen<List<RecordedActivity>> histories(CustomerId customer) {
    return SourceDSL.lists()
        .of(recorded(customer))
        .ofSizeBetween(0, 40)
        .map(
            list -> {
              List<RecordedActivity> distinct = new ArrayList<>();
              list.stream()
                  .filter(a -> distinct.stream().noneMatch(d -> d.id().equals(a.id())))
                  .forEach(distinct::add);
              return distinct;
            });
  }

  /** Returns the same activity, recorded with the same id, for another customer. */
  static RecordedActivity forCustomer(RecordedActivity recorded, CustomerId customer) {
    Activity a = recorded.activity();
    Activity moved;
    if (a instanceof Order o) {
      moved = new Order(o.tenant(), customer, o.amount(), o.date(), o.category(), o.reference());
    } else if (a instanceof Contract c) {
      moved =
          new Contract(
              c.tenant(), customer, c.start(), c.end(), c.value(), c.renewalOf(), c.reference());
    } else if (a instanceof Interaction i) {
      moved =
          new Interaction(
              i.tenant(),
              customer,
              i.contact(),
              i.type(),
              i.occurredAt(),
              i.by(),
              i.outcome(),
              i.nextContactOn());
    } else {
      Feedback f = (Feedback) a;
      moved =
          new Feedback(
              f.tenant(),
              customer,
              f.contact(),
              f.satisfaction(),
              f.nps(),
              f.comment(),
              f.channel(),
              f.receivedAt());
    }
    return new RecordedActivity(recorded.id(), recorded.recordedAt(), moved);
  }

  /** Returns the activities of one kind. */
  static <A extends Activity> List<A> only(List<RecordedActivity> history, Class<A> kind) {
    return history.stream()
        .map(RecordedActivity::activity)
        .filter(kind::isInstance)
        .map(kind::cast)
        .toList();
  }
}
