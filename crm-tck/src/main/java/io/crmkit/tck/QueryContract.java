package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityKind;
import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactPoint;
import io.crmkit.core.contact.ContactPurpose;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.contact.ContactSnapshot;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerCategory;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerKind;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.customer.Industry;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.customer.PurchaseFrequencyBand;
import io.crmkit.core.customer.Region;
import io.crmkit.core.customer.SizeBand;
import io.crmkit.core.customer.Source;
import io.crmkit.core.customer.Tag;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.FullName;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.spi.CrmStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code find} and {@code count} return: exactly the items that the query's own {@code
 * matches} method accepts ({@link CustomerQuery#matches}, {@link ContactQuery#matches}, {@link
 * ActivityQuery#matches}), in ascending id order, for every criterion alone and combined — name
 * prefixes in Chinese and Latin script regardless of case, tags, codes, kinds, owners, parents,
 * update times, soft deletion, e-mail addresses compared canonically, phone numbers, roles,
 * activity kinds and recording times.
 *
 * @since 0.1
 */
public abstract class QueryContract {
  private static final Tag VIP = Tag.of("VIP");
  private static final Tag STAR = Tag.of("⭐" + Fixtures.FOUR_BYTE_HAN);

  private final Fixtures fixtures = Fixtures.create();
  private final MutableClock clock = MutableClock.at(StoreUnderTest.START);
  private final SequentialIdGenerator ids = SequentialIdGenerator.create();
  private StoreUnderTest store;
  private TenantId tenant;

  /** Creates the contract. */
  protected QueryContract() {}

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
  void findAndCount_customersByEveryCriterion_returnExactlyWhatMatchesAccepts() {
    List<CustomerSnapshot> all = populateCustomers();
    CustomerId parent = all.get(0).id();
    Instant boundary = all.get(all.size() / 2).updatedAt();
    CustomerQuery in = CustomerQuery.in(tenant);
    Map<String, CustomerQuery> selective =
        Map.ofEntries(
            Map.entry("tag", in.tag(VIP)),
            Map.entry("4-byte tag", in.tag(STAR)),
            Map.entry("industry", in.industry(Industry.of("制造业"))),
            Map.entry("region", in.region(Region.of("华东"))),
            Map.entry("size band", in.sizeBand(SizeBand.of("大型"))),
            Map.entry("purchase frequency", in.purchaseFrequency(PurchaseFrequencyBand.of("高频"))),
            Map.entry("category", in.category(CustomerCategory.of("经销商"))),
            Map.entry("source", in.source(Source.of("官网"))),
            Map.entry("persons", in.kind(CustomerKind.PERSON)),
            Map.entry("organisations", in.kind(CustomerKind.ORGANIZATION)),
            Map.entry("owner", in.owner(UserRef.of("王芳"))),
            Map.entry("parent", in.parent(parent)),
            Map.entry("parent with deleted", in.parent(parent).includingDeleted()),
            Map.entry("updated since", in.updatedSince(boundary)),
            Map.entry("chinese prefix", in.namePrefix("华东")),
            Map.entry("latin prefix in other case", in.namePrefix("EAST china")),
            Map.entry("chinese family name", in.namePrefix("张")),
            Map.entry("latin family name", in.namePrefix("ZHANG")),
            Map.entry("latin full name", in.namePrefix("wei z")),
            Map.entry("4-byte prefix", in.namePrefix(Fixtures.FOUR_BYTE_HAN + "家")),
            Map.entry(
                "combined",
                in.tag(VIP)
                    .industry(Industry.of("制造业"))
                    .region(Region.of("华东"))
                    .includingDeleted()));

    int deleted = (int) all.stream().filter(CustomerSnapshot::deleted).count();
    assertThat(deleted).isPositive();
    assertCustomers(in, all, all.size() - deleted);
    assertCustomers(in.includingDeleted(), all, all.size());
    selective.forEach(
        (name, query) -> {
          List<CustomerSnapshot> expected = assertCustomers(query, all, -1);
          assertThat(expected)
              .as("customers of query '%s'", name)
              .isNotEmpty()
              .hasSizeLessThan(all.size());
        });
    assertThat(assertCustomers(in.namePrefix("机电"), all, 0)).isEmpty();
  }

  @Test
  void findAndCount_contactsByEveryCriterion_returnExactlyWhatMatchesAccepts() {
    CustomerId first = saveCustomer("华东机电集团");
    CustomerId second = saveCustomer("华南贸易");
    PhoneNumber shared = fixtures.chineseMobile();
    List<ContactSnapshot> all = new ArrayList<>();
    store.write(
        u -> {
          for (int i = 0; i < 40; i++) {
            CustomerId owner = i % 3 == 0 ? second : first;
            NewContact input = NewContact.of(tenant, owner, fixtures.chinesePersonName());
            List<ContactRole> roles = List.of(ContactRole.values());
            input.roles(roles.get(i % roles.size()), roles.get((i * 7) % roles.size()));
            input.contactPoint(
                ContactPoint.phone(
                    i % 4 == 0 ? shared : fixtures.chineseMobile(), ContactPurpose.WORK));
            input.contactPoint(
                ContactPoint.email(
                    i % 5 == 0 ? EmailAddress.of("Li.Na@Example.COM") : fixtures.email(),
                    ContactPurpose.WORK));
            all.add(
                u.contacts()
                    .save(Contact.create(ContactId.of(ids.next()), input, clock.instant()))
                    .snapshot());
          }
        });
    ContactQuery in = ContactQuery.in(tenant);
    EmailAddress otherCase = EmailAddress.of("LI.NA@example.com");

    assertContacts(in, all);
    for (ContactQuery query :
        List.of(
            in.customer(second),
            in.role(ContactRole.DECISION_MAKER),
            in.email(otherCase),
            in.phone(shared),
            in.customer(first).role(ContactRole.FINANCE),
            in.customer(second).email(otherCase).phone(shared))) {
      assertThat(assertContacts(query, all))
          .as("contacts of %s", query)
          .isNotEmpty()
          .hasSizeLessThan(all.size());
    }
  }

  @Test
  void findAndCount_activitiesByEveryCriterion_returnExactlyWhatMatchesAccepts() {
    CustomerId first = saveCustomer("华东机电集团");
    CustomerId second = saveCustomer("华南贸易");
    List<RecordedActivity> all = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      CustomerId owner = i % 3 == 0 ? second : first;
      all.add(
          new RecordedActivity(
              ActivityId.of(ids.next()),
              clock.advance(Duration.ofMinutes(i % 2)),
              fixtures.activity(tenant, owner, clock.instant())));
    }
    store.append(all);
    Instant boundary = all.get(all.size() / 2).recordedAt();
    ActivityQuery in = ActivityQuery.in(tenant);

    assertActivities(in, all);
    for (ActivityQuery query :
        List.of(
            ActivityQuery.of(tenant, second),
            in.kind(ActivityKind.ORDER),
            in.kind(ActivityKind.INTERACTION),
            in.recordedSince(boundary),
            ActivityQuery.of(tenant, first).kind(ActivityKind.FEEDBACK).recordedSince(boundary))) {
      assertThat(assertActivities(query, all))
          .as("activities of %s", query)
          .isNotEmpty()
          .hasSizeLessThan(all.size());
    }
  }

  private List<CustomerSnapshot> populateCustomers() {
    List<Customer> customers = new ArrayList<>();
    customers.add(register(named("华东机电集团", "East China Electromechanical Group")));
    customers.add(
        register(
            NewCustomer.person(
                tenant,
                new PersonName(
                    FullName.familyFirst("张", "伟"), FullName.givenFirst("Wei", "Zhang")))));
    customers.add(register(NewCustomer.person(tenant, PersonName.latin("San", "Zhang"))));
    customers.add(register(named(Fixtures.FOUR_BYTE_HAN + "家商贸", null)));
    customers.add(register(named("East Wind Trading", "华东风贸易")));
    List<String> industries = Arrays.asList(null, "manufacturing", "制造业");
    List<String> regions = Arrays.asList(null, "华东", "east-china");
    List<String> sources = Arrays.asList(null, "官网", "referral");
    List<String> owners = Arrays.asList(null, "li.na", "王芳");
    List<String> sizes = Arrays.asList(null, "大型", "S");
    List<String> frequencies = Arrays.asList(null, "高频", "monthly");
    List<String> categories = Arrays.asList(null, "经销商", "end-user");
    for (int i = 0; i < 60; i++) {
      NewCustomer input =
          i % 4 == 0
              ? fixtures.newPerson(tenant)
              : NewCustomer.organization(tenant, fixtures.chineseOrganizationName());
      set(industries.get(i % 3), input::industry);
      set(regions.get((i / 3) % 3), input::region);
      set(sources.get((i / 2) % 3), input::source);
      set(owners.get((i / 5) % 3), input::owner);
      set(sizes.get((i / 7) % 3), input::sizeBand);
      set(frequencies.get((i / 4) % 3), input::purchaseFrequency);
      set(categories.get((i / 8) % 3), input::category);
      if (i % 2 == 0) {
        input.tags(VIP.code());
      }
      if (i % 5 == 1) {
        input.tags(STAR.code());
      }
      if (i % 6 == 2) {
        input.parent(customers.get(0).id());
      }
      customers.add(register(input));
    }
    List<CustomerSnapshot> saved = new ArrayList<>();
    store.write(u -> customers.forEach(c -> saved.add(u.customers().save(c).snapshot())));
    List<CustomerSnapshot> all = new ArrayList<>();
    for (CustomerSnapshot s : saved) {
      if (all.size() > 5 && all.size() % 7 == 3) {
        Customer deleted = Customer.restore(s);
        deleted.delete(clock.advance(Duration.ofMinutes(1)));
        all.add(store.save(deleted).snapshot());
      } else {
        all.add(s);
      }
    }
    return all;
  }

  private List<CustomerSnapshot> assertCustomers(
      CustomerQuery query, List<CustomerSnapshot> all, int expectedSize) {
    List<CustomerSnapshot> expected = expected(all, query::matches, CustomerSnapshot::id);
    List<CustomerSnapshot> listed =
        store.walk(7, u -> r -> u.customers().find(query, r)).stream()
            .map(Customer::snapshot)
            .toList();
    long counted = store.count(u -> u.customers().count(query));

    assertThat(listed).as("customers found by %s", query).containsExactlyElementsOf(expected);
    assertThat(counted).as("customers counted by %s", query).isEqualTo(expected.size());
    if (expectedSize >= 0) {
      assertThat(expected).as("customers matching %s", query).hasSize(expectedSize);
    }
    return expected;
  }

  private List<ContactSnapshot> assertContacts(ContactQuery query, List<ContactSnapshot> all) {
    List<ContactSnapshot> expected = expected(all, query::matches, ContactSnapshot::id);
    List<ContactSnapshot> listed =
        store.walk(6, u -> r -> u.contacts().find(query, r)).stream()
            .map(Contact::snapshot)
            .toList();

    assertThat(listed).as("contacts found by %s", query).containsExactlyElementsOf(expected);
    assertThat(store.count(u -> u.contacts().count(query)))
        .as("contacts counted by %s", query)
        .isEqualTo(expected.size());
    return expected;
  }

  private List<RecordedActivity> assertActivities(ActivityQuery query, List<RecordedActivity> all) {
    List<RecordedActivity> expected = expected(all, query::matches, RecordedActivity::id);
    List<RecordedActivity> listed = store.walk(9, u -> r -> u.activities().find(query, r));

    assertThat(listed).as("activities found by %s", query).containsExactlyElementsOf(expected);
    assertThat(store.count(u -> u.activities().count(query)))
        .as("activities counted by %s", query)
        .isEqualTo(expected.size());
    return expected;
  }

  private static <T, K extends Comparable<K>> List<T> expected(
      List<T> all, Predicate<T> matches, Function<T, K> id) {
    return all.stream().filter(matches).sorted(Comparator.comparing(id)).toList();
  }

  private NewCustomer named(String name, String otherName) {
    NewCustomer input = NewCustomer.organization(tenant, name);
    return otherName == null ? input : input.latinName(otherName);
  }

  private Customer register(NewCustomer input) {
    return Customer.register(
        CustomerId.of(ids.next()), input, clock.advance(Duration.ofMinutes(1)));
  }

  private CustomerId saveCustomer(String name) {
    return store.save(register(NewCustomer.organization(tenant, name))).id();
  }

  private static void set(String value, Consumer<String> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }
}
