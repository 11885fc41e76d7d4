package io.crmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityRecorded;
import io.crmkit.core.activity.Contract;
import io.crmkit.core.activity.Feedback;
import io.crmkit.core.activity.FeedbackChannel;
import io.crmkit.core.activity.Interaction;
import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.ProductCategory;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.ContactAdded;
import io.crmkit.core.contact.ContactChanged;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactRemoved;
import io.crmkit.core.customer.CustomerChanged;
import io.crmkit.core.customer.CustomerDeleted;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerName;
import io.crmkit.core.customer.CustomerPurged;
import io.crmkit.core.customer.CustomerRegistered;
import io.crmkit.core.customer.CustomerRestored;
import io.crmkit.core.forecast.FittedModel;
import io.crmkit.core.forecast.FittedModelChanged;
import io.crmkit.core.forecast.ModelKey;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.LifecycleStageChanged;
import io.crmkit.core.lifecycle.StageChange;
import io.crmkit.core.ownership.MoveKind;
import io.crmkit.core.ownership.OwnershipChanged;
import io.crmkit.core.ownership.OwnershipMove;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.reminder.ReminderEvent;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderStatus;
import io.crmkit.core.segment.MembershipKey;
import io.crmkit.core.segment.SegmentEntered;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.segment.SegmentLeft;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.tier.AssignmentSource;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierAssignment;
import io.crmkit.core.tier.TierChanged;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.core.tier.TierLadderChanged;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventJsonTest {
  private static final TenantId TENANT = TenantId.of("华东-tenant");
  private static final CustomerId CUSTOMER =
      CustomerId.of(UUID.fromString("0f8e7d6c-5b4a-4938-8271-605f4e3d2c1b"));
  private static final ContactId CONTACT =
      ContactId.of(UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"));
  private static final Instant AT = Instant.parse("2024-03-15T08:30:00.123456Z");
  private static final LocalDate DAY = LocalDate.of(2024, 3, 15);
  private static final UserRef MANAGER = UserRef.of("王经理😀");
  private static final String TRICKY = "华东机电 \"集团\" \\ 有限公司 😀";

  @Test
  void of_customerRegistered_writesComponentsInOrderWithIdsAsTextAndTypedName() {
    String json = EventJson.of(new CustomerRegistered(TENANT, CUSTOMER, AT, named(TRICKY)));

    assertThat(json)
        .isEqualTo(
            "{\"tenant\":\"华东-tenant\",\"customer\":\"0f8e7d6c-5b4a-4938-8271-605f4e3d2c1b\","
                + "\"occurredAt\":\"2024-03-15T08:30:00.123456Z\",\"name\":{\"@type\":"
                + "\"Organization\",\"chinese\":\"华东机电 \\\"集团\\\" \\\\ 有限公司 😀\","
                + "\"latin\":null}}");
    Map<String, Object> read = object(json);
    assertThat(read.get("name")).asInstanceOf(MAP).containsEntry("chinese", TRICKY);
  }

  @Test
  void of_setOfFields_isSortedSoEqualEventsGiveEqualText() {
    String one =
        EventJson.of(new CustomerChanged(TENANT, CUSTOMER, AT, Set.of("tags", "name", "owner")));
    String two =
        EventJson.of(new CustomerChanged(TENANT, CUSTOMER, AT, Set.of("owner", "tags", "name")));

    assertThat(one).isEqualTo(two);
    assertThat(object(one).get("fields")).isEqualTo(List.of("name", "owner", "tags"));
  }

  @Test
  void of_controlCharactersLoneSurrogatesAndLineSeparators_areEscaped() {
    String odd = "行\n\t\r\b\f\u0001 a\uD83Db\u2028c\uDE00 😀";

    String json = EventJson.of(new CustomerChanged(TENANT, CUSTOMER, AT, Set.of(odd)));

    assertThat(json)
        .contains("\"行\\n\\t\\r\\b\\f\\u0001 a\\ud83db\\u2028c\\ude00 😀\"")
        .doesNotContain("\u2028", "\n");
    assertThat(object(json).get("fields")).isEqualTo(List.of(odd));
  }

  @Test
  void of_everyEventType_isWellFormedJsonWhoseScalarsReadBack() {
    Map<CrmEvent, Map<String, Object>> expectations = new LinkedHashMap<>();
    for (CrmEvent event : everyEvent()) {
      String json = EventJson.of((Record) event);
      Map<String, Object> read = object(json);

      assertThat(read).as(json).containsEntry("tenant", TENANT.value());
      assertThat(read).as(json).containsEntry("occurredAt", event.occurredAt().toString());
      assertThat(read.keySet())
          .as(json)
          .containsExactlyElementsOf(
              List.of(event.getClass().getRecordComponents()).stream()
                  .map(c -> c.getName())
                  .toList());
      expectations.put(event, read);
    }
    assertThat(expectations).hasSize(everyEvent().size());
  }

  @Test
  void of_activityRecorded_namesTheKindAndKeepsMoneyExact() {
    Order order =
        new Order(
            TENANT,
            CUSTOMER,
            Money.of("128000.50", "CNY"),
            DAY,
            ProductCategory.of("电机"),
            "PO-号😀");
    RecordedActivity recorded = new RecordedActivity(ActivityId.of(UUID.randomUUID()), AT, order);

    Map<String, Object> read =
        object(EventJson.of(new ActivityRecorded(TENANT, CUSTOMER, AT, recorded)));

    Map<?, ?> activity = (Map<?, ?>) ((Map<?, ?>) read.get("activity")).get("activity");
    assertThat(activity.get("@type")).isEqualTo("Order");
    assertThat(activity.get("amount"))
        .isEqualTo(Map.of("amount", new BigDecimal("128000.50"), "currency", "CNY"));
    assertThat(activity.get("date")).isEqualTo("2024-03-15");
    assertThat(activity.get("category")).isEqualTo("电机");
    assertThat(activity.get("reference")).isEqualTo("PO-号😀");
  }

  @Test
  void of_fittedModel_writesParametersAsSortedObjectAndNumbers() {
    FittedModel model =
        FittedModel.of(
            TENANT,
            ModelKey.of("bg-nbd"),
            "BG/NBD",
            DAY,
            -1234.5,
            42,
            Map.of("r", 0.25, "alpha", 4.5));

    Map<String, Object> read = object(EventJson.of(new FittedModelChanged(TENANT, AT, model)));

    Map<?, ?> written = (Map<?, ?>) read.get("model");
    assertThat(written.get("logLikelihood")).isEqualTo(new BigDecimal("-1234.5"));
    assertThat(written.get("customers")).isEqualTo(new BigDecimal("42"));
    assertThat(List.copyOf(((Map<?, ?>) written.get("parameters")).keySet()))
        .isEqualTo(List.of("alpha", "r"));
    assertThat(written.get("version")).isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void aggregate_everyEventType_isTheCustomerItIsAboutOrItsOwnAggregate() {
    for (CrmEvent event : everyEvent()) {
      String expected =
          switch (event.aggregateType()) {
            case "customer" -> CUSTOMER.toString();
            case "reminder" -> ((ReminderEvent) event).reminder().toString();
            case "tier-ladder" -> "loyalty";
            case "fitted-model" -> "clv";
            default -> "unexpected aggregate type " + event.aggregateType();
          };
      assertThat(event.aggregateId()).as(event.toString()).isEqualTo(expected);
    }
    assertThat(everyEvent().stream().map(CrmEvent::aggregateType).distinct())
        .containsExactlyInAnyOrder("customer", "reminder", "tier-ladder", "fitted-model");
  }

  /** One event of every type crm-core has. */
  static List<CrmEvent> everyEvent() {
    LadderKey ladder = LadderKey.of("loyalty");
    MembershipKey membership = new MembershipKey(SegmentKey.of("key-accounts"), CUSTOMER);
    return List.of(
        new CustomerRegistered(TENANT, CUSTOMER, AT, named(TRICKY)),
        new CustomerRegistered(
            TENANT, CUSTOMER, AT, new CustomerName.Person(PersonName.of("张", "伟", "Wei", "Zhang"))),
        new CustomerChanged(TENANT, CUSTOMER, AT, Set.of("name", "tags")),
        new CustomerDeleted(TENANT, CUSTOMER, AT),
        new CustomerRestored(TENANT, CUSTOMER, AT),
        new CustomerPurged(TENANT, CUSTOMER, AT),
        new ContactAdded(TENANT, CONTACT, CUSTOMER, AT),
        new ContactChanged(TENANT, CONTACT, CUSTOMER, AT, Set.of("phones")),
        new ContactRemoved(TENANT, CONTACT, CUSTOMER, AT),
        recorded(Order.of(TENANT, CUSTOMER, Money.of("99.90", "CNY"), DAY)),
        recorded(
            Contract.of(TENANT, CUSTOMER, DAY, DAY.plusYears(1), Money.of("500000", "CNY"))
                .renewing(ActivityId.of(UUID.randomUUID()))),
        recorded(
            Interaction.of(TENANT, CUSTOMER, InteractionType.VISIT, AT, MANAGER).with(CONTACT)),
        recorded(Feedback.satisfaction(TENANT, CUSTOMER, 5, FeedbackChannel.SURVEY, AT)),
        new ReminderEvent(TENANT, ReminderId.of(UUID.randomUUID()), AT, null, ReminderStatus.OPEN),
        new ReminderEvent(
            TENANT, ReminderId.of(UUID.randomUUID()), AT, ReminderStatus.OPEN, ReminderStatus.DONE),
        new FittedModelChanged(
            TENANT,
            AT,
            FittedModel.of(
                TENANT, ModelKey.of("clv"), "Pareto/NBD", DAY, -1.0, 3, Map.of("beta", 1.5))),
        new OwnershipChanged(
            TENANT,
            CUSTOMER,
            AT,
            new OwnershipMove(
                MoveKind.POOLED, MANAGER, null, PoolId.of("east-china"), MANAGER, AT, "90 天未跟进")),
        new SegmentEntered(TENANT, membership, AT),
        new SegmentLeft(TENANT, membership, AT),
        new TierChanged(
            TENANT,
            CUSTOMER,
            AT,
            TierCode.of("gold"),
            new TierAssignment(
                ladder,
                TierCode.of("diamond"),
                AT,
                null,
                AssignmentSource.rule("spend-12m"),
                "12 个月消费 ≥ 100,000 CNY",
                MANAGER,
                null)),
        new TierLadderChanged(TENANT, AT, TierLadder.ranked(TENANT, ladder, "普通", "金卡", "钻石")),
        new LifecycleStageChanged(
            TENANT,
            CUSTOMER,
            AT,
            new StageChange(LifecycleStage.PROSPECT, LifecycleStage.NEW, AT, "首单 😀", MANAGER)));
  }

  private static ActivityRecorded recorded(io.crmkit.core.activity.Activity activity) {
    return new ActivityRecorded(
        TENANT, CUSTOMER, AT, new RecordedActivity(ActivityId.of(UUID.randomUUID()), AT, activity));
  }

  private static CustomerName named(String chinese) {
    return new CustomerName.Organization(chinese, null);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(String json) {
    Object read = JsonReader.read(json);
    assertThat(read).as(json).isInstanceOf(Map.class);
    return (Map<String, Object>) read;
  }

  private static final org.assertj.core.api.InstanceOfAssertFactory<
          Map, org.assertj.core.api.MapAssert<Object, Object>>
      MAP = org.assertj.core.api.InstanceOfAssertFactories.MAP;
}
