package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.Feedback;
import io.crmkit.core.activity.FeedbackChannel;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.customer.Tag;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.StoreCapability;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paging contract every list of the SPI shares ({@link io.crmkit.spi.CustomerRepository#find}):
 * pages hold at most the requested number of items, all after the cursor, in ascending unsigned id
 * order; {@code next} is absent only at the end; walking 10,000 customers at every page size from 1
 * to {@value PageRequest#MAX_SIZE} lists each once; while another thread inserts, every item that
 * existed when paging started is listed exactly once and no item twice; a cursor the store did not
 * make is refused with a {@link ValidationException}.
 *
 * @since 0.1
 */
public abstract class PagingContract {
  private static final int MANY = 10_000;
  private static final int BATCH = 1_000;
  private static final Duration BETWEEN_PAGES = Duration.ofSeconds(2);
  private static final Duration INSERT_PAUSE = Duration.ofMillis(1);
  private static final int MAX_INSERT_BATCHES = 5_000;

  private final Random random = new Random(Fixtures.DEFAULT_SEED);
  private final MutableClock clock = MutableClock.at(StoreUnderTest.START);
  private StoreUnderTest store;
  private TenantId tenant;

  /** Creates the contract. */
  protected PagingContract() {}

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
  }

  @Test
  void find_tenThousandCustomersAtEveryPageSize_listsEachOnceInAscendingIdOrder() {
    List<CustomerId> expected = sorted(insertCustomers(MANY));

    for (int size : List.of(PageRequest.MAX_SIZE, PageRequest.MAX_SIZE - 1, 500, 7, 2, 1)) {
      List<CustomerId> listed = customerIds(CustomerQuery.in(tenant), size);

      assertThat(listed).as("customers paged by %d", size).containsExactlyElementsOf(expected);
    }
    assertThat(store.count(u -> u.customers().count(CustomerQuery.in(tenant)))).isEqualTo(MANY);
  }

  @Test
  void find_pageSizesAroundTheListLength_listEachCustomerOnce() {
    List<CustomerId> expected = sorted(insertCustomers(10));

    for (int size : List.of(9, 10, 11, PageRequest.MAX_SIZE)) {
      assertThat(customerIds(CustomerQuery.in(tenant), size))
          .as("customers paged by %d", size)
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void find_fullFirstPage_hasANextCursorWhenMoreFollow() {
    insertCustomers(3);

    Page<Customer> first =
        store.inTransaction(
            u -> u.customers().find(CustomerQuery.in(tenant), PageRequest.first(2)));

    assertThat(first.items()).hasSizeLessThanOrEqualTo(2);
    assertThat(first.next()).isNotNull();
  }

  @Test
  void find_emptyList_returnsAnEmptyLastPage() {
    Page<Customer> page =
        store.inTransaction(
            u -> u.customers().find(CustomerQuery.in(tenant), PageRequest.first(5)));

    assertThat(page.items()).isEmpty();
    assertThat(page.next()).isNull();
  }

  @Test
  void find_filteredList_pagesThroughTheMatchesOnly() {
    Tag wanted = Tag.of("重点");
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      NewCustomer input = NewCustomer.organization(tenant, "客户" + i);
      if (i % 3 == 0) {
        input.tags(wanted.code());
      }
      customers.add(Customer.register(CustomerId.of(randomUuid()), input, clock.instant()));
    }
    saveInBatches(customers);
    List<CustomerId> expected =
        sorted(
            customers.stream().filter(c -> c.tags().contains(wanted)).map(Customer::id).toList());

    for (int size : List.of(1_000, 99, 1)) {
      assertThat(customerIds(CustomerQuery.in(tenant).tag(wanted), size))
          .as("tagged customers paged by %d", size)
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void find_cursorKeptAsTextAndUsedTwice_returnsTheSamePage() {
    insertCustomers(30);
    Page<Customer> first =
        store.inTransaction(
            u -> u.customers().find(CustomerQuery.in(tenant), PageRequest.first(10)));
    Cursor kept = Cursor.of(first.next().token());

    List<CustomerId> once = pageIds(PageRequest.after(kept, 10));
    List<CustomerId> twice = pageIds(PageRequest.after(Cursor.of(kept.toString()), 10));

    assertThat(once).isNotEmpty().isEqualTo(twice);
    assertThat(once.get(0)).isGreaterThan(first.items().get(first.items().size() - 1).id());
  }

  @Test
  void find_customerAtTheCursorErased_nextPageStartsAfterIt() {
    List<CustomerId> expected = sorted(insertCustomers(20));
    Page<Customer> first =
        store.inTransaction(
            u -> u.customers().find(CustomerQuery.in(tenant), PageRequest.first(5)));
    CustomerId last = first.items().get(first.items().size() - 1).id();
    store.inTransaction(u -> u.customers().delete(tenant, last));

    List<CustomerId> rest =
        StoreUnderTest.walkPages(
                PageRequest.after(first.next(), 5),
                r -> store.inTransaction(u -> u.customers().find(CustomerQuery.in(tenant), r)))
            .stream()
            .map(Customer::id)
            .toList();

    assertThat(rest).containsExactlyElementsOf(expected.subList(first.items().size(), 20));
  }

  @Test
  void find_contactsActivitiesAndFacts_pageLikeCustomers() {
    int count = 1_200;
    List<CustomerId> customers = sorted(insertCustomers(count));
    CustomerId owner = customers.get(0);
    List<Contact> contacts = new ArrayList<>();
    List<RecordedActivity> activities = new ArrayList<>();
    List<CustomerFacts> facts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      contacts.add(
          Contact.create(
              ContactId.of(randomUuid()),
              NewContact.of(tenant, owner, PersonName.chinese("王", "芳" + i)),
              clock.instant()));
      activities.add(
          new RecordedActivity(
              ActivityId.of(randomUuid()),
              clock.instant(),
              Feedback.nps(tenant, owner, i % 11, FeedbackChannel.SURVEY, clock.instant())));
      facts.add(CustomerFacts.empty(tenant, customers.get(i)));
    }
    store.write(
        u -> {
          contacts.forEach(c -> u.contacts().save(c));
          activities.forEach(a -> u.activities().append(a));
          facts.forEach(f -> u.facts().save(f));
        });
    List<ContactId> contactIds = contacts.stream().map(Contact::id).sorted().toList();
    List<ActivityId> activityIds = activities.stream().map(RecordedActivity::id).sorted().toList();

    for (int size : List.of(PageRequest.MAX_SIZE, 7, 1)) {
      assertThat(store.walk(size, u -> r -> u.contacts().find(ContactQuery.in(tenant), r)))
          .as("contacts paged by %d", size)
          .extracting(Contact::id)
          .containsExactlyElementsOf(contactIds);
      assertThat(
              store.walk(size, u -> r -> u.activities().find(ActivityQuery.of(tenant, owner), r)))
          .as("activities paged by %d", size)
          .extracting(RecordedActivity::id)
          .containsExactlyElementsOf(activityIds);
      assertThat(store.walk(size, u -> r -> u.facts().find(tenant, r)))
          .as("facts paged by %d", size)
          .extracting(CustomerFacts::customer)
          .containsExactlyElementsOf(customers);
    }
  }

  @Test
  void find_customersWhileAnotherThreadInserts_listsEveryEarlierCustomerExactlyOnce() {
    store.assume(StoreCapability.THREAD_SAFE);
    List<CustomerId> before = insertCustomers(MANY);

    assertPagingSurvivesInserts(
        before,
        () -> CustomerId.of(randomUuid()),
        ids ->
            store.saveAll(
                ids.stream()
                    .map(
                        id ->
                            Customer.register(
                                id, NewCustomer.organization(tenant, "并发" + id), clock.instant()))
                    .toList()),
        request ->
            store
                .inTransaction(u -> u.customers().find(CustomerQuery.in(tenant), request))
                .map(Customer::id));
  }

  @Test
  void find_activitiesWhileAnotherThreadAppends_listsEveryEarlierActivityExactlyOnce() {
    store.assume(StoreCapability.THREAD_SAFE);
    CustomerId owner = insertCustomers(1).get(0);
    List<RecordedActivity> existing = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      existing.add(feedback(ActivityId.of(randomUuid()), owner));
    }
    store.append(existing);

    assertPagingSurvivesInserts(
        existing.stream().map(RecordedActivity::id).toList(),
        () -> ActivityId.of(randomUuid()),
        ids -> store.append(ids.stream().map(id -> feedback(id, owner)).toList()),
        request ->
            store
                .inTransaction(u -> u.activities().find(ActivityQuery.of(tenant, owner), request))
                .map(RecordedActivity::id));
  }

  @Test
  void find_cursorTheStoreDidNotMake_throwsValidationException() {
    insertCustomers(3);
    List<String> forged =
        List.of(
            "garbage",
            "-1",
            "' OR '1'='1",
            Fixtures.EMOJI,
            "00000000-0000-0000-0000-00000000000g",
            "x".repeat(512));

    for (String token : forged) {
      PageRequest request = PageRequest.after(Cursor.of(token), 10);
      assertThatThrownBy(
              () -> store.inTransaction(u -> u.customers().find(CustomerQuery.in(tenant), request)))
          .as("customers after cursor %s", token)
          .isInstanceOf(ValidationException.class);
      assertThatThrownBy(
              () -> store.inTransaction(u -> u.contacts().find(ContactQuery.in(tenant), request)))
          .as("contacts after cursor %s", token)
          .isInstanceOf(ValidationException.class);
      assertThatThrownBy(
              () ->
                  store.inTransaction(u -> u.activities().find(ActivityQuery.in(tenant), request)))
          .as("activities after cursor %s", token)
          .isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> store.inTransaction(u -> u.facts().find(tenant, request)))
          .as("facts after cursor %s", token)
          .isInstanceOf(ValidationException.class);
    }
  }

  /**
   * Pages through a list by 100 while another thread keeps inserting items with random ids, and
   * checks that the pages list every item of {@code before} exactly once, nothing twice, nothing
   * unknown, in strictly ascending order.
   */
  private <K extends Comparable<K>> void assertPagingSurvivesInserts(
      List<K> before,
      Supplier<K> newId,
      Consumer<List<K>> insert,
      Function<PageRequest, Page<K>> list) {
    AtomicBoolean paging = new AtomicBoolean(true);
    AtomicBoolean inserting = new AtomicBoolean(true);
    AtomicInteger batches = new AtomicInteger();
    Set<K> inserted = Collections.synchronizedSet(new HashSet<>());
    List<K> seen = new ArrayList<>();

    try (Background background = new Background()) {
      Future<Void> inserter =
          background.start(
              () -> {
                try {
                  while (paging.get() && batches.get() < MAX_INSERT_BATCHES) {
                    List<K> batch = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                      batch.add(newId.get());
                    }
                    insert.accept(batch);
                    inserted.addAll(batch);
                    batches.incrementAndGet();
                    LockSupport.parkNanos(INSERT_PAUSE.toNanos());
                  }
                  return null;
                } finally {
                  inserting.set(false);
                }
              });
      try {
        PageRequest request = PageRequest.first(100);
        while (request != null) {
          int committed = batches.get();
          Page<K> page = list.apply(request);
          assertThat(page.items()).hasSizeLessThanOrEqualTo(100);
          seen.addAll(page.items());
          request = page.nextRequest(100).orElse(null);
          // let at least one insert land between two pages
          Background.awaitCondition(
              () -> batches.get() > committed || !inserting.get(), BETWEEN_PAGES);
        }
      } finally {
        paging.set(false);
      }
      Background.join(inserter);
    }

    assertThat(batches.get())
        .as("batches inserted while paging")
        .isGreaterThan(before.size() / 200);
    assertThat(seen).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(seen).containsAll(before);
    Set<K> known = new HashSet<>(before);
    known.addAll(inserted);
    assertThat(known).containsAll(seen);
  }

  private List<CustomerId> insertCustomers(int count) {
    List<Customer> customers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      customers.add(
          Customer.register(
              CustomerId.of(randomUuid()),
              NewCustomer.organization(tenant, "华东客户" + i),
              clock.instant()));
    }
    saveInBatches(customers);
    return customers.stream().map(Customer::id).toList();
  }

  private void saveInBatches(List<Customer> customers) {
    for (int from = 0; from < customers.size(); from += BATCH) {
      store.saveAll(customers.subList(from, Math.min(customers.size(), from + BATCH)));
    }
  }

  private List<CustomerId> customerIds(CustomerQuery query, int size) {
    return store.walk(size, u -> r -> u.customers().find(query, r)).stream()
        .map(Customer::id)
        .toList();
  }

  private List<CustomerId> pageIds(PageRequest request) {
    return store
        .inTransaction(u -> u.customers().find(CustomerQuery.in(tenant), request))
        .items()
        .stream()
        .map(Customer::id)
        .toList();
  }

  private RecordedActivity feedback(ActivityId id, CustomerId owner) {
    return new RecordedActivity(
        id,
        clock.instant(),
        Feedback.satisfaction(tenant, owner, 5, FeedbackChannel.MESSAGE, clock.instant()));
  }

  private UUID randomUuid() {
    synchronized (random) {
      return new UUID(random.nextLong(), random.nextLong());
    }
  }

  private static <K extends Comparable<K>> List<K> sorted(List<K> ids) {
    return ids.stream().sorted().toList();
  }
}
