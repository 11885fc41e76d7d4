package io.crmkit.jpa.internal;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityKind;
import io.crmkit.core.activity.Contract;
import io.crmkit.core.activity.Feedback;
import io.crmkit.core.activity.FeedbackChannel;
import io.crmkit.core.activity.Interaction;
import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.ProductCategory;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Maps a {@link RecordedActivity} to an {@link ActivityRow} and back. */
final class ActivityMapper {
  private ActivityMapper() {}

  static ActivityRow write(RecordedActivity recorded) {
    ActivityRow row = ActivityRow.create();
    Activity a = recorded.activity();
    row.tenant = a.tenant().value();
    row.id = recorded.id().toString();
    row.customer = a.customer().toString();
    row.kind = ActivityKind.of(a).name();
    row.recordedAt = Micros.of("recordedAt", recorded.recordedAt());
    row.day = a.day();
    if (a instanceof Order o) {
      money(row, o.amount());
      row.category = o.category() == null ? null : o.category().code();
      row.reference = o.reference();
    } else if (a instanceof Contract c) {
      money(row, c.value());
      row.endDay = c.end();
      row.renewalOf = c.renewalOf() == null ? null : c.renewalOf().toString();
      row.reference = c.reference();
    } else if (a instanceof Interaction i) {
      row.contact = i.contact() == null ? null : i.contact().toString();
      row.interactionType = i.type().name();
      row.occurredAt = Micros.of("occurredAt", i.occurredAt());
      row.by = i.by().value();
      row.outcome = i.outcome();
      row.nextContactOn = i.nextContactOn();
    } else if (a instanceof Feedback f) {
      row.contact = f.contact() == null ? null : f.contact().toString();
      row.satisfaction = f.satisfaction();
      row.nps = f.nps();
      row.comment = f.comment();
      row.channel = f.channel().name();
      row.occurredAt = Micros.of("receivedAt", f.receivedAt());
    }
    return row;
  }

  static RecordedActivity read(ActivityRow row) {
    TenantId tenant = TenantId.of(row.tenant);
    CustomerId customer = CustomerId.parse(row.customer);
    Activity activity =
        switch (ActivityKind.valueOf(row.kind)) {
          case ORDER ->
              new Order(
                  tenant,
                  customer,
                  money(row),
                  required(row.day),
                  row.category == null ? null : ProductCategory.of(row.category),
                  row.reference);
          case CONTRACT ->
              new Contract(
                  tenant,
                  customer,
                  required(row.day),
                  required(row.endDay),
                  money(row),
                  row.renewalOf == null ? null : ActivityId.parse(row.renewalOf),
                  row.reference);
          case INTERACTION ->
              new Interaction(
                  tenant,
                  customer,
                  row.contact == null ? null : ContactId.parse(row.contact),
                  InteractionType.valueOf(required(row.interactionType)),
                  Micros.instant(required(row.occurredAt)),
                  UserRef.of(required(row.by)),
                  row.outcome,
                  row.nextContactOn);
          case FEEDBACK ->
              new Feedback(
                  tenant,
                  customer,
                  row.contact == null ? null : ContactId.parse(row.contact),
                  row.satisfaction,
                  row.nps,
                  row.comment,
                  FeedbackChannel.valueOf(required(row.channel)),
                  Micros.instant(required(row.occurredAt)));
        };
    return new RecordedActivity(ActivityId.parse(row.id), Micros.instant(row.recordedAt), activity);
  }

  private static void money(ActivityRow row, Money money) {
    row.amount = money.amount();
    row.currency = money.currency().getCurrencyCode();
  }

  private static Money money(ActivityRow row) {
    return Money.of(required(row.amount), Money.currency(required(row.currency)));
  }

  private static <T> T required(@Nullable T value) {
    return Objects.requireNonNull(value, "a column required by the activity's kind is null");
  }
}
