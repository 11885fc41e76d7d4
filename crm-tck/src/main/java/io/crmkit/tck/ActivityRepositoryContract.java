package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.Contract;
import io.crmkit.core.activity.Feedback;
import io.crmkit.core.activity.FeedbackChannel;
import io.crmkit.core.activity.Interaction;
import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.ProductCategory;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.spi.CrmStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.crmkit.spi.ActivityRepository}: orders, contracts, interactions and
 * feedback read back equal, with every optional part, texts at their maximum length, amounts in
 * every ISO 4217 currency at the currency's scale and instants to the microsecond; an id is
 * appended once; {@code deleteByCustomer} is idempotent and removes nothing else; lists come in
 * ascending id order.
 *
 * @since 0.1
 */
public abstract class ActivityRepositoryContract {
  private final Fixtures fixtures = Fixtures.create();
  private final MutableClock clock = MutableClock.at(StoreUnderTest.START);
  private final SequentialIdGenerator ids = SequentialIdGenerator.create();
  private StoreUnderTest store;
  private TenantId tenant;
  private CustomerId customer;

  /** Creates the contract. */
  protected ActivityRepositoryContract() {}

  /**
   * Returns the store under test; called once per test method, and may return a shared store.
   *
   * @return the store to run the test on
   */
  protected abstract CrmStore createStore();

  @BeforeEach
  void openStore() {
    store = new StoreUnderTest(createStore());
    tenant = Fixtures.newTenant();
    customer = newCustomer();
  }

  @Test
  void append_everyKindWithEveryOptionalPart_readsBackEqual() {
    Contact contact =
        store.save(fixtures.contact(tenant, ContactId.of(ids.next()), customer, clock.instant()));
    LocalDate today = LocalDate.of(2024, 3, 15);
    RecordedActivity first =
        recorded(
            Contract.of(tenant, customer, today.minusYears(1), today, Money.of("120000.00", "CNY"))
                .withReference("HT-2023-001"));
    List<RecordedActivity> activities =
        List.of(
            first,
            recorded(
                Order.of(tenant, customer, Money.of("128000.50", "CNY"), today)
                    .withCategory(ProductCategory.of("电机" + Fixtures.FOUR_BYTE_HAN))
                    .withReference(Fixtures.text("PO-" + Fixtures.EMOJI, Order.MAX_REFERENCE))),
            recorded(
                Contract.of(
                        tenant,
                        customer,
                        today.plusDays(1),
                        today.plusYears(2),
                        Money.of("0", "JPY"))
                    .renewing(first.id())
                    .withReference("续约-" + Fixtures.FOUR_BYTE_HAN)),
            recorded(
                Interaction.of(
                        tenant,
                        customer,
                        InteractionType.VISIT,
                        Instant.parse("2024-03-14T09:15:30.654321Z"),
                        UserRef.of("王芳"))
                    .with(contact.id())
                    .withOutcome(
                        Fixtures.text(
                            "客户同意续约" + Fixtures.EMOJI + Fixtures.FOUR_BYTE_HAN,
                            Interaction.MAX_OUTCOME))
                    .nextContactOn(today.plusDays(30))),
            recorded(
                new Feedback(
                    tenant,
                    customer,
                    contact.id(),
                    5,
                    10,
                    Fixtures.text(
                        "非常满意" + Fixtures.FOUR_BYTE_HAN + Fixtures.EMOJI, Feedback.MAX_COMMENT),
                    FeedbackChannel.SURVEY,
                    Instant.parse("2024-03-15T00:00:00.000001Z"))),
            recorded(Feedback.nps(tenant, customer, 0, FeedbackChannel.WEB, clock.instant())),
            recorded(
                Interaction.of(
                    tenant,
                    customer,
                    InteractionType.MESSAGE,
                    clock.instant(),
                    UserRef.of("bot"))));

    store.append(activities);

    for (RecordedActivity activity : activities) {
      assertThat(store.activity(tenant, activity.id())).contains(activity);
    }
  }

  @Test
  void append_ordersInEveryCurrencyAtTheirLargestAndSmallestAmounts_readBackEqual() {
    List<RecordedActivity> orders = new ArrayList<>();
    for (Currency currency : Fixtures.everyCurrency()) {
      LocalDate day = LocalDate.of(2024, 1, 1);
      orders.add(recorded(Order.of(tenant, customer, Fixtures.largestAmount(currency), day)));
      orders.add(recorded(Order.of(tenant, customer, smallestAmount(currency), day)));
    }

    store.append(orders);

    List<RecordedActivity> listed =
        store.walk(
            PageRequest.MAX_SIZE,
            u -> r -> u.activities().find(ActivityQuery.of(tenant, customer), r));
    assertThat(listed).containsExactlyElementsOf(orders);
    assertThat(store.activity(tenant, orders.get(orders.size() - 1).id()))
        .contains(orders.get(orders.size() - 1));
  }

  @Test
  void append_recordedAtEdgesOfTime_keepsMicroseconds() {
    List<RecordedActivity> activities = new ArrayList<>();
    for (String instant :
        List.of(
            "1970-01-01T00:00:00.000001Z",
            "1969-12-31T23:59:59.999999Z",
            "2099-12-31T23:59:59.999999Z",
            "2024-02-29T12:34:56.789012345Z")) {
      activities.add(
          new RecordedActivity(
              ActivityId.of(ids.next()),
              Instant.parse(instant),
              Feedback.satisfaction(tenant, customer, 4, FeedbackChannel.PHONE, clock.instant())));
    }
    assertThat(activities.get(3).recordedAt())
        .isEqualTo(Instant.parse("2024-02-29T12:34:56.789012Z"));

    store.append(activities);

    for (RecordedActivity activity : activities) {
      assertThat(store.activity(tenant, activity.id())).contains(activity);
    }
  }

  @Test
  void append_idAlreadyStored_throwsConcurrentUpdateAndKeepsTheFirst() {
    RecordedActivity first = recorded(fixtures.activity(tenant, customer, clock.instant()));
    store.append(List.of(first));
    RecordedActivity second =
        new RecordedActivity(
            first.id(),
            clock.advance(Duration.ofMinutes(1)),
            fixtures.order(tenant, customer, LocalDate.of(2024, 1, 2)));

    assertThatThrownBy(() -> store.append(List.of(second)))
        .isInstanceOf(ConcurrentUpdateException.class);

    assertThat(store.activity(tenant, first.id())).contains(first);
  }

  @Test
  void append_sameIdTwiceInOneUnitOfWork_throwsConcurrentUpdateAndStoresNothing() {
    RecordedActivity first = recorded(fixtures.activity(tenant, customer, clock.instant()));
    RecordedActivity other = recorded(fixtures.activity(tenant, customer, clock.instant()));
    RecordedActivity twin =
        new RecordedActivity(
            first.id(), clock.instant(), fixtures.activity(tenant, customer, clock.instant()));

    assertThatThrownBy(() -> store.append(List.of(first, other, twin)))
        .isInstanceOf(ConcurrentUpdateException.class);

    assertThat(store.activity(tenant, first.id())).isEmpty();
    assertThat(store.activity(tenant, other.id())).isEmpty();
  }

  @Test
  void findById_unknownId_isEmpty() {
    store.append(List.of(recorded(fixtures.activity(tenant, customer, clock.instant()))));

    assertThat(store.activity(tenant, ActivityId.of(ids.next()))).isEmpty();
  }

  @Test
  void deleteByCustomer_removesThatCustomersActivitiesOnlyAndCountsThem() {
    CustomerId other = newCustomer();
    List<RecordedActivity> mine = new ArrayList<>();
    List<RecordedActivity> theirs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      mine.add(recorded(fixtures.activity(tenant, customer, clock.instant())));
      theirs.add(recorded(fixtures.activity(tenant, other, clock.instant())));
    }
    store.append(mine);
    store.append(theirs);

    long removed = store.inTransaction(u -> u.activities().deleteByCustomer(tenant, customer));

    assertThat(removed).isEqualTo(4);
    mine.forEach(a -> assertThat(store.activity(tenant, a.id())).isEmpty());
    theirs.forEach(a -> assertThat(store.activity(tenant, a.id())).contains(a));
    assertThat(store.customer(tenant, customer)).isPresent();
  }

  @Test
  void deleteByCustomer_twice_secondReturnsZero() {
    store.append(List.of(recorded(fixtures.activity(tenant, customer, clock.instant()))));
    store.inTransaction(u -> u.activities().deleteByCustomer(tenant, customer));

    long again = store.inTransaction(u -> u.activities().deleteByCustomer(tenant, customer));

    assertThat(again).isZero();
  }

  @Test
  void deleteByCustomer_moreActivitiesThanTheLargestPage_removesThemAll() {
    List<RecordedActivity> many = new ArrayList<>();
    for (int i = 0; i < 1_250; i++) {
      many.add(
          recorded(
              Feedback.satisfaction(
                  tenant, customer, 1 + i % 5, FeedbackChannel.SURVEY, clock.instant())));
    }
    store.append(many);

    long removed = store.inTransaction(u -> u.activities().deleteByCustomer(tenant, customer));

    long left = store.inTransaction(u -> u.activities().count(ActivityQuery.in(tenant)));
    assertThat(removed).isEqualTo(many.size());
    assertThat(left).isZero();
  }

  @Test
  void find_activitiesAppendedInRandomOrder_listsThemInAscendingIdOrder() {
    List<RecordedActivity> activities = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      activities.add(
          new RecordedActivity(
              ActivityId.of(UUID.randomUUID()),
              clock.instant(),
              fixtures.activity(tenant, customer, clock.instant())));
    }
    Collections.shuffle(activities, new Random(13));
    store.append(activities);

    List<ActivityId> listed =
        store.walk(4, u -> r -> u.activities().find(ActivityQuery.in(tenant), r)).stream()
            .map(RecordedActivity::id)
            .toList();

    assertThat(listed)
        .containsExactlyElementsOf(activities.stream().map(RecordedActivity::id).sorted().toList());
  }

  private RecordedActivity recorded(Activity activity) {
    return new RecordedActivity(ActivityId.of(ids.next()), clock.instant(), activity);
  }

  private CustomerId newCustomer() {
    return store.save(fixtures.customer(tenant, CustomerId.of(ids.next()), clock.instant())).id();
  }

  private static Money smallestAmount(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    int decimals = digits < 0 ? Money.MAX_DECIMALS_WITHOUT_MINOR_UNIT : digits;
    return Money.of(BigDecimal.ONE.movePointLeft(decimals), currency);
  }
}
