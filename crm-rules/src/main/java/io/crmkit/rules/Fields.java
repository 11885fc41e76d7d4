package io.crmkit.rules;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.FactWindow;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.customer.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The fields conditions may name, by name. {@link #standard()} holds the built-in fields over
 * {@link CustomerFacts} and the customer's classification; {@link #with(Field)} adds a host's own.
 *
 * <p>Built-in fields: {@code orders_30d|90d|365d|lifetime}, {@code spend_30d|90d|365d|lifetime} and
 * {@code largest_order} (money), {@code days_since_first_order}, {@code days_since_last_order},
 * {@code days_since_last_contact}, {@code contract_days}, {@code contract_years}, {@code
 * tenure_days}, {@code satisfaction}, {@code nps}, {@code interactions}, {@code feedback_count};
 * codes {@code industry}, {@code size_band}, {@code purchase_frequency}, {@code category}, {@code
 * region}, {@code source}, {@code kind}, {@code owner}; and {@code tags}.
 *
 * @since 0.1
 */
public final class Fields {
  private static final Fields STANDARD = new Fields(standardFields());

  private final Map<String, Field> byName;

  private Fields(Map<String, Field> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  /** Returns the built-in fields. */
  public static Fields standard() {
    return STANDARD;
  }

  /** Returns these fields plus (or with a replaced) {@code field}. */
  public Fields with(Field field) {
    requireNonNull(field, "field");
    Map<String, Field> copy = new LinkedHashMap<>(byName);
    copy.put(field.name(), field);
    return new Fields(copy);
  }

  /** Returns the field with the name, if there is one. */
  public Optional<Field> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Returns every field name, in the order they were added. */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  private static Map<String, Field> standardFields() {
    Map<String, Field> fields = new LinkedHashMap<>();
    for (FactWindow window : FactWindow.values()) {
      String suffix = window == FactWindow.LIFETIME ? "lifetime" : window.days() + "d";
      add(
          fields,
          new Field.Number("orders_" + suffix, s -> s.facts().orderCount(window, s.asOf())));
      add(
          fields,
          new Field.Amount(
              "spend_" + suffix,
              (s, currency) -> s.facts().spend(currency, window, s.asOf()).amount()));
    }
    add(
        fields,
        new Field.Amount(
            "largest_order",
            (s, currency) ->
                s.facts().largestOrder(currency).map(m -> m.amount()).orElse(BigDecimal.ZERO)));
    add(
        fields,
        new Field.Number(
            "days_since_first_order", s -> daysSince(s.facts().firstOrderDate(), s.asOf())));
    add(
        fields,
        new Field.Number(
            "days_since_last_order", s -> daysSince(s.facts().lastOrderDate(), s.asOf())));
    add(
        fields,
        new Field.Number(
            "days_since_last_contact",
            s ->
                s.facts().lastContactAt() == null
                    ? Double.NaN
                    : daysSince(
                        s.facts().lastContactAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                        s.asOf())));
    add(fields, new Field.Number("contract_days", s -> s.facts().continuousContractDays(s.asOf())));
    add(
        fields,
        new Field.Number("contract_years", s -> s.facts().continuousContractYears(s.asOf())));
    add(
        fields,
        new Field.Number(
            "tenure_days",
            s ->
                daysSince(
                    s.customer().createdAt().atOffset(ZoneOffset.UTC).toLocalDate(), s.asOf())));
    add(
        fields,
        new Field.Number(
            "satisfaction",
            s -> s.facts().averageSatisfaction().map(BigDecimal::doubleValue).orElse(Double.NaN)));
    add(
        fields,
        new Field.Number(
            "nps", s -> s.facts().netPromoterScore().map(Integer::doubleValue).orElse(Double.NaN)));
    add(fields, new Field.Number("interactions", s -> s.facts().interactionCount()));
    add(fields, new Field.Number("feedback_count", s -> s.facts().feedbackCount()));
    add(fields, code("industry", c -> c.industry() == null ? null : c.industry().code()));
    add(fields, code("size_band", c -> c.sizeBand() == null ? null : c.sizeBand().code()));
    add(
        fields,
        code(
            "purchase_frequency",
            c -> c.purchaseFrequency() == null ? null : c.purchaseFrequency().code()));
    add(fields, code("category", c -> c.category() == null ? null : c.category().code()));
    add(fields, code("region", c -> c.region() == null ? null : c.region().code()));
    add(fields, code("source", c -> c.source() == null ? null : c.source().code()));
    add(fields, code("kind", c -> c.name().kind().name()));
    add(fields, code("owner", c -> c.owner() == null ? null : c.owner().value()));
    add(
        fields,
        new Field.Codes(
            "tags",
            code -> {
              Tag tag = Tag.of(code);
              return s -> s.customer().tags().contains(tag);
            }));
    return fields;
  }

  private static Field.Code code(String name, Function<CustomerSnapshot, @Nullable String> read) {
    return new Field.Code(name, s -> read.apply(s.customer()));
  }

  private static void add(Map<String, Field> fields, Field field) {
    fields.put(field.name(), field);
  }

  private static double daysSince(@Nullable LocalDate day, LocalDate asOf) {
    return day == null ? Double.NaN : ChronoUnit.DAYS.between(day, asOf);
  }
}
