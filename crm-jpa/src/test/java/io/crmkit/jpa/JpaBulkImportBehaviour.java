package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.Contract;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.Feedback;
import io.crmkit.core.activity.FeedbackChannel;
import io.crmkit.core.activity.Interaction;
import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactPurpose;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.contact.ContactSnapshot;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.ownership.OwnershipSnapshot;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.CrmException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.jpa.internal.BulkChunk;
import io.crmkit.spi.CrmStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What {@link JpaBulkImport} promises, on every database and provider: every row stored with the
 * facts crm-core folds, every problem of the input listed before anything is stored, and a failed
 * or killed chunk leaving no part of a customer behind. Tagged {@code bulk-import}, so that {@code
 * -Dgroups=bulk-import} runs only these checks of the suites.
 */
@Tag("bulk-import")
abstract class JpaBulkImportBehaviour {
  private static final Instant AT = Instant.parse("2024-03-10T02:30:00.123456Z");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-06-01T08:00:00Z"), ZoneOffset.UTC);
  private static final int CONTACTS = 2;
  private static final int ACTIVITIES = 6;

  private TenantId tenant;

  abstract CrmStore store();

  abstract EntityManagerFactory factory();

  abstract TestDatabase.Schema schema();

  abstract TestProvider provider();

  @BeforeEach
  void newTenant() {
    tenant = TenantId.of("bulk-" + UUID.randomUUID());
  }

  @Test
  void run_customersWithContactsAndActivities_storesEveryRowWithTheFactsCrmCoreFolds() {
    List<CustomerImport> input = customers(25);
    input.add(
        CustomerImport.of(customer(UUID.randomUUID(), NewCustomer.organization(tenant, "无订单"))));
    List<ImportReport> progress = new ArrayList<>();

    ImportReport report =
        JpaBulkImport.into(factory(), CLOCK)
            .withChunkSize(10)
            .withFlushSize(3)
            .run(tenant, input, progress::add);

    assertThat(report).isEqualTo(new ImportReport(26, 50, 150, 25, 3));
    assertThat(progress)
        .extracting(ImportReport::customers, ImportReport::chunks)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(10L, 1),
            org.assertj.core.groups.Tuple.tuple(20L, 2),
            org.assertj.core.groups.Tuple.tuple(26L, 3));
    for (CustomerImport imported : input) {
      assertStoredWhole(imported);
    }
    CustomerId idle = input.get(25).customer().id();
    assertThat(factsOf(idle)).isEmpty();
  }

  @Test
  void run_invalidInput_listsEveryProblemAndStoresNothing() {
    Customer stored = customer(UUID.randomUUID(), NewCustomer.organization(tenant, "已存"));
    store().inTransaction(u -> u.customers().save(stored));
    CustomerImport good = customers(1).get(0);
    CustomerImport other = customers(1).get(0);
    Contact foreign = good.contacts().get(0);
    RecordedActivity future =
        recorded(
            Order.of(
                tenant, other.customer().id(), Money.of("10", "CNY"), LocalDate.of(2024, 6, 2)));
    Customer orphan =
        customer(
            UUID.randomUUID(),
            NewCustomer.organization(tenant, "孤儿").parent(CustomerId.of(UUID.randomUUID())));
    Customer otherTenant =
        customer(UUID.randomUUID(), NewCustomer.organization(TenantId.of("elsewhere"), "别家"));
    List<CustomerImport> input =
        List.of(
            good,
            CustomerImport.of(stored),
            new CustomerImport(other.customer(), List.of(foreign), List.of(future)),
            CustomerImport.of(good.customer()),
            CustomerImport.of(orphan),
            CustomerImport.of(otherTenant));

    assertThatThrownBy(() -> JpaBulkImport.into(factory(), CLOCK).run(tenant, input))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fields())
                    .containsExactlyInAnyOrder(
                        "customers[1].id",
                        "customers[2].contacts[0].customer",
                        "customers[2].contacts[0].id",
                        "customers[2].activities[0].date",
                        "customers[3].id",
                        "customers[4].parent",
                        "customers[5].tenant"));
    assertThat(customerCount()).isEqualTo(1);
    long activities = store().inTransaction(u -> u.activities().count(ActivityQuery.in(tenant)));
    assertThat(activities).isZero();
  }

  @Test
  void run_interactionsFeedbackAndRenewals_areCheckedAgainstTheCustomersOwnImport() {
    CustomerImport first = customers(1).get(0);
    CustomerImport second = customers(1).get(0);
    CustomerId id = second.customer().id();
    ContactId foreignContact = first.contacts().get(0).id();
    List<RecordedActivity> activities = new ArrayList<>(second.activities());
    activities.add(
        recorded(
            Interaction.of(
                    tenant,
                    id,
                    InteractionType.CALL,
                    CLOCK.instant().plusSeconds(60),
                    UserRef.of("wang"))
                .with(foreignContact)));
    activities.add(
        recorded(new Feedback(tenant, id, foreignContact, 4, 9, "好", FeedbackChannel.SURVEY, AT)));
    activities.add(
        recorded(
            Contract.of(
                    tenant,
                    id,
                    LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 12, 31),
                    Money.of("5", "CNY"))
                .renewing(ActivityId.of(UUID.randomUUID()))));
    List<CustomerImport> input =
        List.of(first, new CustomerImport(second.customer(), second.contacts(), activities));

    assertThatThrownBy(() -> JpaBulkImport.into(factory(), CLOCK).run(tenant, input))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly(
                        "customers[1].activities[6].occurredAt",
                        "customers[1].activities[6].contact",
                        "customers[1].activities[7].contact",
                        "customers[1].activities[8].renewalOf"));
    assertThat(customerCount()).isZero();
  }

  @Test
  void run_parents_importedOrStoredAreAccepted_aCycleIsRefused() {
    Customer stored = customer(UUID.randomUUID(), NewCustomer.organization(tenant, "集团"));
    store().inTransaction(u -> u.customers().save(stored));
    CustomerId holdingId = CustomerId.of(UUID.randomUUID());
    // the subsidiary comes before its imported parent: order does not matter
    Customer subsidiary =
        customer(UUID.randomUUID(), NewCustomer.organization(tenant, "子公司").parent(holdingId));
    Customer holding =
        Customer.register(
            holdingId, NewCustomer.organization(tenant, "控股").parent(stored.id()), AT);

    ImportReport report =
        JpaBulkImport.into(factory(), CLOCK)
            .run(tenant, List.of(CustomerImport.of(subsidiary), CustomerImport.of(holding)));

    assertThat(report.customers()).isEqualTo(2);
    assertThat(storedCustomer(subsidiary.id()).orElseThrow().parent()).contains(holdingId);
    CustomerId x = CustomerId.of(UUID.randomUUID());
    CustomerId y = CustomerId.of(UUID.randomUUID());
    List<CustomerImport> cycle =
        List.of(
            CustomerImport.of(
                Customer.register(x, NewCustomer.organization(tenant, "甲").parent(y), AT)),
            CustomerImport.of(
                Customer.register(y, NewCustomer.organization(tenant, "乙").parent(x), AT)));
    assertThatThrownBy(() -> JpaBulkImport.into(factory(), CLOCK).run(tenant, cycle))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly("customers[0].parent", "customers[1].parent"));
    assertThat(customerCount()).isEqualTo(3);
  }

  @Test
  void run_chunkMeetsARowStoredMeanwhile_rollsBackThatChunkAndKeepsTheEarlierOnes() {
    List<CustomerImport> input = customers(30);
    // someone else stores a customer with a contact whose id the import also uses (in chunk 2):
    // the checks do not read contacts, the primary key refuses the chunk
    Customer owner = customer(UUID.randomUUID(), NewCustomer.organization(tenant, "别人"));
    Contact taken = input.get(15).contacts().get(1);
    Contact clash =
        Contact.create(
            taken.id(), NewContact.of(tenant, owner.id(), PersonName.chinese("赵", "六")), AT);
    store()
        .inTransaction(
            u -> {
              u.customers().save(owner);
              return u.contacts().save(clash);
            });
    List<ImportReport> progress = new ArrayList<>();

    assertThatThrownBy(
            () ->
                JpaBulkImport.into(factory(), CLOCK)
                    .withChunkSize(10)
                    .withFlushSize(4)
                    .run(tenant, input, progress::add))
        .isInstanceOf(ConcurrentUpdateException.class);

    assertThat(progress).extracting(ImportReport::customers).containsExactly(10L);
    assertOnlyWhole(input, 10, owner.id());
  }

  @Test
  void run_connectionKilledMidChunk_leavesNoPartOfACustomer() {
    List<CustomerImport> input = customers(30);
    AtomicInteger killed = new AtomicInteger(-1);
    Iterable<CustomerImport> killing =
        new Iterable<>() {
          private int readings;

          @Override
          public Iterator<CustomerImport> iterator() {
            boolean writing = ++readings == 2;
            Iterator<CustomerImport> items = input.iterator();
            return new Iterator<>() {
              private int next;

              @Override
              public boolean hasNext() {
                return items.hasNext();
              }

              @Override
              public CustomerImport next() {
                if (writing && next == 15) {
                  // chunk 2 has flushed customers 10 to 13 and not committed them
                  killed.set(SessionKiller.killTheOtherWriter(schema()));
                }
                next++;
                return items.next();
              }
            };
          }
        };
    EntityManagerFactory own = provider().create(schema());
    try {
      assertThatThrownBy(
              () ->
                  JpaBulkImport.into(own, CLOCK)
                      .withChunkSize(10)
                      .withFlushSize(2)
                      .run(tenant, killing))
          .isInstanceOf(CrmException.class);
    } finally {
      own.close();
    }

    assertThat(killed.get()).as("sessions killed").isEqualTo(1);
    assertOnlyWhole(input, 10);
  }

  @Test
  void chunk_hibernateOrEclipseLink_insertsWithJdbcInTheChunksTransaction() {
    EntityManager em = factory().createEntityManager();
    try {
      em.getTransaction().begin();
      BulkChunk chunk = new BulkChunk(em, 2);
      for (CustomerImport c : customers(3)) {
        chunk.add(c.customer(), c.contacts(), c.activities(), null);
      }
      chunk.finish();
      assertThat(chunk.insertsWithJdbc()).as("rows inserted with JDBC").isTrue();
      em.getTransaction().rollback();
    } finally {
      em.close();
    }

    // the rolled-back transaction held the rows inserted with JDBC too
    assertThat(customerCount()).isZero();
  }

  /** Asserts that the first {@code committed} customers are stored whole and no row of the rest. */
  private void assertOnlyWhole(List<CustomerImport> input, int committed, CustomerId... others) {
    for (int i = 0; i < input.size(); i++) {
      CustomerImport imported = input.get(i);
      if (i < committed) {
        assertStoredWhole(imported);
      } else {
        CustomerId id = imported.customer().id();
        assertThat(storedCustomer(id)).as("customer %d", i).isEmpty();
        assertThat(contactsOf(id)).as("contacts of customer %d", i).isEmpty();
        assertThat(activitiesOf(id)).as("activities of customer %d", i).isEmpty();
        assertThat(factsOf(id)).as("facts of customer %d", i).isEmpty();
        assertThat(ownershipOf(id)).as("ownership of customer %d", i).isEmpty();
      }
    }
    assertThat(customerCount()).isEqualTo(committed + others.length);
  }

  private void assertStoredWhole(CustomerImport imported) {
    Customer customer = imported.customer();
    assertThat(storedCustomer(customer.id()).orElseThrow().snapshot())
        .isEqualTo(customer.snapshot().withVersion(1));
    // what CustomerService.register stores for a customer registered with an owner
    assertThat(ownershipOf(customer.id()))
        .isEqualTo(
            customer
                .owner()
                .map(
                    owner ->
                        Ownership.registered(
                                tenant, customer.id(), owner, customer.snapshot().createdAt())
                            .snapshot()
                            .withVersion(1)));
    assertThat(contactsOf(customer.id()))
        .containsExactlyInAnyOrderElementsOf(
            imported.contacts().stream().map(c -> c.snapshot().withVersion(1)).toList());
    assertThat(activitiesOf(customer.id()))
        .containsExactlyInAnyOrderElementsOf(imported.activities());
    if (!imported.activities().isEmpty()) {
      // what ActivityService.record leaves behind after recording them one by one
      CustomerFacts folded = CustomerFacts.empty(tenant, customer.id());
      for (RecordedActivity activity : imported.activities()) {
        folded = folded.apply(activity);
      }
      assertThat(factsOf(customer.id())).contains(folded.withVersion(1));
    }
  }

  /** Customers with two contacts, four orders, an interaction and feedback each. */
  private List<CustomerImport> customers(int count) {
    List<CustomerImport> customers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Customer customer =
          customer(
              UUID.randomUUID(),
              i % 2 == 0
                  ? NewCustomer.organization(tenant, "华东机电 " + i + " 😀𠮷")
                      .tags("战略", "vip")
                      .industry("machinery")
                      .owner("wang")
                  : NewCustomer.organization(tenant, "华东机电 " + i).industry("machinery"));
      CustomerId id = customer.id();
      List<Contact> contacts = new ArrayList<>();
      for (int c = 0; c < CONTACTS; c++) {
        contacts.add(
            Contact.create(
                ContactId.of(UUID.randomUUID()),
                NewContact.of(tenant, id, PersonName.chinese("王", "小明" + c))
                    .title("采购经理 😀")
                    .roles(ContactRole.DECISION_MAKER)
                    .email("buyer" + i + "." + c + "@example.cn", ContactPurpose.WORK),
                AT));
      }
      List<RecordedActivity> activities = new ArrayList<>();
      for (int o = 0; o < 4; o++) {
        activities.add(
            recorded(
                Order.of(
                    tenant,
                    id,
                    Money.of(100 + i + "." + o, "CNY"),
                    LocalDate.of(2024, 1 + o, 1 + i % 28))));
      }
      activities.add(
          recorded(
              Interaction.of(tenant, id, InteractionType.VISIT, AT, UserRef.of("li"))
                  .with(contacts.get(0).id())));
      activities.add(
          recorded(
              new Feedback(
                  tenant, id, contacts.get(1).id(), 5, 10, "很好 👍", FeedbackChannel.SURVEY, AT)));
      customers.add(new CustomerImport(customer, contacts, activities));
    }
    return customers;
  }

  private static Customer customer(UUID id, NewCustomer input) {
    return Customer.register(CustomerId.of(id), input, AT);
  }

  private static RecordedActivity recorded(io.crmkit.core.activity.Activity activity) {
    return new RecordedActivity(ActivityId.of(UUID.randomUUID()), AT, activity);
  }

  private Optional<Customer> storedCustomer(CustomerId id) {
    return store().inTransaction(u -> u.customers().findById(tenant, id));
  }

  private List<ContactSnapshot> contactsOf(CustomerId id) {
    Page<Contact> page =
        store()
            .inTransaction(
                u ->
                    u.contacts()
                        .find(ContactQuery.in(tenant).customer(id), PageRequest.first(100)));
    return page.items().stream().map(Contact::snapshot).toList();
  }

  private List<RecordedActivity> activitiesOf(CustomerId id) {
    return store()
        .inTransaction(
            u -> u.activities().find(ActivityQuery.of(tenant, id), PageRequest.first(100)))
        .items();
  }

  private Optional<CustomerFacts> factsOf(CustomerId id) {
    return store().inTransaction(u -> u.facts().find(tenant, id));
  }

  private Optional<OwnershipSnapshot> ownershipOf(CustomerId id) {
    return store().inTransaction(u -> u.ownerships().find(tenant, id)).map(Ownership::snapshot);
  }

  private long customerCount() {
    return store()
        .inTransaction(u -> u.customers().count(CustomerQuery.in(tenant).includingDeleted()));
  }
}
