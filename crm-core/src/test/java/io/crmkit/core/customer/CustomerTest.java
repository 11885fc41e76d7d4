package io.crmkit.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.CustomAttributes;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class CustomerTest {
  static final TenantId TENANT = TenantId.of("acme");
  static final CustomerId ID =
      CustomerId.of(UUID.fromString("0f3c6a52-8d7e-4c1b-9a2f-5e6d7c8b9a01"));
  static final CustomerId OTHER =
      CustomerId.of(UUID.fromString("ffffffff-8d7e-4c1b-9a2f-5e6d7c8b9a01"));
  static final Instant T0 = Instant.parse("2024-05-01T08:00:00.123456789Z");
  static final Instant T0_STORED = Instant.parse("2024-05-01T08:00:00.123456Z");
  static final Instant T1 = T0.plus(Duration.ofHours(1));
  static final Instant T1_STORED = T0_STORED.plus(Duration.ofHours(1));
  static final Instant T2 = T1.plus(Duration.ofHours(1));
  static final AttributeKey<String> VENDOR_NO = AttributeKey.of("erp.vendorNo", String.class);

  static Customer registered() {
    Customer customer =
        Customer.register(
            ID,
            NewCustomer.organization(TENANT, "华东机电集团")
                .latinName("East China Electromechanical Group")
                .industry("manufacturing")
                .tags("strategic"),
            T0);
    customer.pullEvents();
    return customer;
  }

  @Test
  void register_validInput_recordsRegisteredAtMicroseconds() {
    Customer customer =
        Customer.register(
            ID, NewCustomer.organization(TENANT, "华东机电集团").industry("manufacturing"), T0);

    CustomerName name = new CustomerName.Organization("华东机电集团", null);
    assertThat(customer.pullEvents())
        .containsExactly(new CustomerRegistered(TENANT, ID, T0_STORED, name));
    assertThat(customer.id()).isEqualTo(ID);
    assertThat(customer.tenant()).isEqualTo(TENANT);
    assertThat(customer.version()).isZero();
    assertThat(customer.createdAt()).isEqualTo(T0_STORED);
    assertThat(customer.updatedAt()).isEqualTo(T0_STORED);
    assertThat(customer.name()).isEqualTo(name);
    assertThat(customer.kind()).isEqualTo(CustomerKind.ORGANIZATION);
    assertThat(customer.industry()).contains(Industry.of("manufacturing"));
    assertThat(customer.isDeleted()).isFalse();
    assertThat(customer.deletedAt()).isEmpty();
    assertThat(customer).hasToString("Customer[" + ID + ", 华东机电集团, v0]");
  }

  @Test
  void register_parentIsTheCustomerItself_throwsValidationNamingParent() {
    assertThatThrownBy(
            () -> Customer.register(ID, NewCustomer.organization(TENANT, "华东").parent(ID), T0))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("parent"));
  }

  @Test
  void pullEvents_forgetsWhatItReturned() {
    Customer customer = registered();
    customer.classifySize(SizeBand.of("1000+"), T1);

    assertThat(customer.pullEvents()).hasSize(1);
    assertThat(customer.pullEvents()).isEmpty();
  }

  @Test
  void rename_newName_recordsChangedName() {
    Customer customer = registered();
    CustomerName newName = CustomerName.organization("华东机电控股集团");

    customer.rename(newName, T1);

    assertThat(customer.name()).isEqualTo(newName);
    assertThat(customer.updatedAt()).isEqualTo(T1_STORED);
    assertThat(customer.pullEvents())
        .containsExactly(new CustomerChanged(TENANT, ID, T1_STORED, Set.of("name")));
  }

  @Test
  void rename_toAPersonName_throwsValidationAndKeepsTheName() {
    Customer customer = registered();

    assertThatThrownBy(
            () -> customer.rename(new CustomerName.Person(PersonName.chinese("张", "伟")), T1))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("name");
              assertThat(e.errors().get(0).rule()).startsWith("must stay").contains("organization");
            });
    assertThat(customer.kind()).isEqualTo(CustomerKind.ORGANIZATION);
    assertThat(customer.pullEvents()).isEmpty();
  }

  @Test
  void changesAtOneInstant_recordOneChangedEventListingEveryField() {
    Customer customer = registered();

    customer.classifyIndustry(Industry.of("energy"), T1);
    customer.classifySize(SizeBand.of("1000+"), T1);
    customer.moveToRegion(Region.of("east-china"), T1);
    customer.tag(Tag.of("华东"), T1);
    customer.assignOwner(UserRef.of("li.na"), T1);

    assertThat(customer.pullEvents())
        .containsExactly(
            new CustomerChanged(
                TENANT, ID, T1_STORED, Set.of("industry", "sizeBand", "region", "tags", "owner")));
  }

  @Test
  void changesAtTwoInstants_recordTwoChangedEvents() {
    Customer customer = registered();

    customer.classifyIndustry(Industry.of("energy"), T1);
    customer.attributeSource(Source.of("trade-show"), T2);

    assertThat(customer.pullEvents())
        .extracting(event -> ((CustomerChanged) event).fields())
        .containsExactly(Set.of("industry"), Set.of("source"));
    assertThat(customer.updatedAt()).isEqualTo(T2.minusNanos(789));
  }

  @Test
  void changes_thatChangeNothing_recordNothing() {
    Customer customer = registered();

    customer.rename(customer.name(), T1);
    customer.classifyIndustry(Industry.of(" manufacturing "), T1);
    customer.classifySize(null, T1);
    customer.moveToRegion(null, T1);
    customer.attributeSource(null, T1);
    customer.replaceAddresses(List.of(), T1);
    customer.tag(Tag.of("strategic"), T1);
    customer.untag(Tag.of("unknown"), T1);
    customer.attachToParent(null, T1);
    customer.assignOwner(null, T1);
    customer.removeAttribute("erp.unknown", T1);
    customer.restore(T1);

    assertThat(customer.pullEvents()).isEmpty();
    assertThat(customer.updatedAt()).isEqualTo(T0_STORED);
  }

  @Test
  void classify_null_clearsTheValueAndRecordsIt() {
    Customer customer = registered();

    customer.classifyIndustry(null, T1);

    assertThat(customer.industry()).isEmpty();
    assertThat(customer.pullEvents())
        .containsExactly(new CustomerChanged(TENANT, ID, T1_STORED, Set.of("industry")));
  }

  @Test
  void tagAndUntag_keepTagsSortedAndRecordChanges() {
    Customer customer = registered();

    customer.tag(Tag.of("b-tier"), T1);
    customer.tag(Tag.of("A-list"), T1);
    customer.untag(Tag.of("strategic"), T2);

    assertThat(customer.tags()).containsExactly(Tag.of("A-list"), Tag.of("b-tier"));
    assertThat(customer.pullEvents()).hasSize(2);
    assertThatThrownBy(() -> customer.tags().add(Tag.of("x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void tag_beyondMaxTags_throwsValidation() {
    Customer customer = registered();
    for (int i = 1; i < Customer.MAX_TAGS; i++) {
      customer.tag(Tag.of("t" + i), T1);
    }
    assertThat(customer.tags()).hasSize(Customer.MAX_TAGS);

    customer.tag(Tag.of("t1"), T2);
    assertThatThrownBy(() -> customer.tag(Tag.of("one-too-many"), T2))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("tags");
              assertThat(e.errors().get(0).rule()).isEqualTo("must be at most 100 per customer");
            });
    assertThat(customer.tags()).hasSize(Customer.MAX_TAGS);
  }

  @Test
  void replaceAddresses_copiesTheListAndCapsIt() {
    Customer customer = registered();
    Address shanghai = Address.of("CN", "上海市", "上海", "浦东新区", "世纪大道 100 号");
    List<Address> addresses = new ArrayList<>(List.of(shanghai));

    customer.replaceAddresses(addresses, T1);
    addresses.clear();

    assertThat(customer.addresses()).containsExactly(shanghai);
    assertThat(customer.pullEvents())
        .containsExactly(new CustomerChanged(TENANT, ID, T1_STORED, Set.of("addresses")));
    List<Address> tooMany = java.util.Collections.nCopies(Customer.MAX_ADDRESSES + 1, shanghai);
    assertThatThrownBy(() -> customer.replaceAddresses(tooMany, T2))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("addresses"));
    customer.replaceAddresses(tooMany.subList(0, Customer.MAX_ADDRESSES), T2);
    assertThat(customer.addresses()).hasSize(Customer.MAX_ADDRESSES);
  }

  @Test
  void attachToParent_itself_throwsValidation_anotherCustomer_becomesTheParent() {
    Customer customer = registered();

    assertThatThrownBy(() -> customer.attachToParent(ID, T1))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("parent"));
    customer.attachToParent(OTHER, T1);

    assertThat(customer.parent()).contains(OTHER);
    assertThat(customer.pullEvents())
        .containsExactly(new CustomerChanged(TENANT, ID, T1_STORED, Set.of("parent")));
  }

  @Test
  void attributes_putAndRemove_recordChangesOnlyWhenTheValueChanges() {
    Customer customer = registered();

    customer.putAttribute(VENDOR_NO, "V-001", T1);
    customer.putAttribute(VENDOR_NO, "V-001", T2);
    customer.removeAttribute("erp.vendorNo", T2);

    assertThat(customer.attributes().isEmpty()).isTrue();
    assertThat(customer.pullEvents())
        .extracting(CrmEvent::occurredAt)
        .containsExactly(T1_STORED, T2.minusNanos(789));
  }

  @Test
  void delete_recordsDeletedOnce() {
    Customer customer = registered();

    customer.delete(T1);
    customer.delete(T2);

    assertThat(customer.isDeleted()).isTrue();
    assertThat(customer.deletedAt()).contains(T1_STORED);
    assertThat(customer.updatedAt()).isEqualTo(T1_STORED);
    assertThat(customer.snapshot().deleted()).isTrue();
    assertThat(customer.pullEvents()).containsExactly(new CustomerDeleted(TENANT, ID, T1_STORED));
  }

  @Test
  void deletedCustomer_refusesEveryChangeUntilRestored() {
    Customer customer = registered();
    customer.delete(T1);
    customer.pullEvents();
    CustomerSnapshot deleted = customer.snapshot();

    List<Consumer<Customer>> changes =
        List.of(
            c -> c.rename(CustomerName.organization("新名字"), T2),
            c -> c.classifyIndustry(Industry.of("energy"), T2),
            c -> c.classifySize(SizeBand.of("1-9"), T2),
            c -> c.moveToRegion(Region.of("north"), T2),
            c -> c.attributeSource(Source.of("web"), T2),
            c -> c.replaceAddresses(List.of(Address.of("CN", null, "北京", null, "长安街 1 号")), T2),
            c -> c.tag(Tag.of("new"), T2),
            c -> c.untag(Tag.of("strategic"), T2),
            c -> c.attachToParent(OTHER, T2),
            c -> c.assignOwner(UserRef.of("wang.fang"), T2),
            c -> c.putAttribute(VENDOR_NO, "V-9", T2));
    for (Consumer<Customer> change : changes) {
      assertThatThrownBy(() -> change.accept(customer))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.fields()).containsExactly("customer");
                assertThat(e.errors().get(0).rule())
                    .startsWith("is deleted; restore it before changing ");
              });
    }
    assertThat(customer.snapshot()).isEqualTo(deleted);
    assertThat(customer.pullEvents()).isEmpty();

    customer.restore(T2);
    customer.classifyIndustry(Industry.of("energy"), T2);

    assertThat(customer.isDeleted()).isFalse();
    assertThat(customer.pullEvents())
        .containsExactly(
            new CustomerRestored(TENANT, ID, T2.minusNanos(789)),
            new CustomerChanged(TENANT, ID, T2.minusNanos(789), Set.of("industry")));
  }

  @Test
  void snapshotAndRestore_roundTripWithoutEvents() {
    Customer customer = registered();
    customer.putAttribute(VENDOR_NO, "V-001", T1);
    customer.attachToParent(OTHER, T1);
    CustomerSnapshot saved = customer.snapshot().withVersion(3);

    Customer loaded = Customer.restore(saved);

    assertThat(loaded.snapshot()).isEqualTo(saved);
    assertThat(loaded.version()).isEqualTo(3);
    assertThat(loaded.pullEvents()).isEmpty();
    assertThat(loaded.attributes().get(VENDOR_NO)).contains("V-001");
  }

  @Test
  void snapshot_negativeVersion_throwsIllegalArgument() {
    CustomerSnapshot snapshot = registered().snapshot();

    assertThatThrownBy(() -> snapshot.withVersion(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must not be negative but was -1");
  }

  @Test
  void snapshot_copiesItsCollections() {
    List<Address> addresses = new ArrayList<>();
    TreeSet<Tag> tags = new TreeSet<>(List.of(Tag.of("b"), Tag.of("a")));
    CustomerSnapshot snapshot =
        new CustomerSnapshot(
            ID,
            TENANT,
            1,
            T0,
            T0,
            CustomerName.organization("x"),
            null,
            null,
            null,
            null,
            null,
            addresses,
            null,
            null,
            tags,
            null,
            CustomAttributes.empty(),
            null);
    addresses.add(Address.of("CN", null, "上海", null, "x"));
    tags.clear();

    assertThat(snapshot.addresses()).isEmpty();
    assertThat(snapshot.tags()).containsExactly(Tag.of("a"), Tag.of("b"));
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(Customer.class);
    NullPointerTesters.withDomainDefaults().testAllPublicInstanceMethods(registered());
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(CustomerSnapshot.class);
    NullPointerTesters.withDomainDefaults().testAllPublicInstanceMethods(registered().snapshot());
    for (Class<?> event :
        List.of(
            CustomerRegistered.class,
            CustomerChanged.class,
            CustomerDeleted.class,
            CustomerRestored.class,
            CustomerPurged.class)) {
      NullPointerTesters.withDomainDefaults().testAllPublicConstructors(event);
    }
  }

  /**
   * Runs random changes, several at one instant or at later ones, against a simple model: each
   * instant that changed a field records exactly one CustomerChanged naming every field it changed,
   * in order, and updatedAt is the last such instant.
   */
  @Test
  void anyChanges_recordOneChangedEventPerInstantNamingExactlyTheChangedFields() {
    qt().withExamples(300)
        .forAll(SourceDSL.lists().of(operations()).ofSizeBetween(0, 25))
        .checkAssert(
            operations -> {
              Customer customer = registered();
              Map<String, Object> model = model(customer.snapshot());
              List<CustomerChanged> expected = new ArrayList<>();
              Instant at = T0;
              Instant lastChange = T0_STORED;
              for (Operation operation : operations) {
                at = operation.laterInstant() ? at.plusSeconds(1) : at;
                operation.apply().accept(customer, at);
                Map<String, Object> next = model(customer.snapshot());
                Set<String> changed = new TreeSet<>();
                next.forEach(
                    (field, value) -> {
                      if (!Objects.equals(model.get(field), value)) {
                        changed.add(field);
                      }
                    });
                model.putAll(next);
                if (!changed.isEmpty()) {
                  Instant stored = at.minusNanos(789);
                  lastChange = stored;
                  CustomerChanged last =
                      expected.isEmpty() ? null : expected.get(expected.size() - 1);
                  if (last != null && last.occurredAt().equals(stored)) {
                    changed.addAll(last.fields());
                    expected.set(
                        expected.size() - 1, new CustomerChanged(TENANT, ID, stored, changed));
                  } else {
                    expected.add(new CustomerChanged(TENANT, ID, stored, changed));
                  }
                }
              }
              assertThat(customer.pullEvents()).containsExactlyElementsOf(expected);
              assertThat(customer.updatedAt()).isEqualTo(lastChange);
            });
  }

  /** A behaviour call, made at the previous operation's instant or one second later. */
  record Operation(
      String name, boolean laterInstant, java.util.function.BiConsumer<Customer, Instant> apply) {
    @Override
    public String toString() {
      return name + (laterInstant ? " later" : " same instant");
    }
  }

  private static Gen<Operation> operations() {
    Gen<String> code = Generate.pick(List.of("a", "b", " a "));
    List<Gen<Operation>> kinds = new ArrayList<>();
    kinds.add(
        code.map(
            c ->
                new Operation(
                    "industry " + c, false, (x, at) -> x.classifyIndustry(Industry.of(c), at))));
    kinds.add(
        Generate.constant(
            new Operation("industry cleared", false, (x, at) -> x.classifyIndustry(null, at))));
    kinds.add(
        code.map(
            c -> new Operation("size " + c, false, (x, at) -> x.classifySize(SizeBand.of(c), at))));
    kinds.add(
        code.map(
            c -> new Operation("region " + c, false, (x, at) -> x.moveToRegion(Region.of(c), at))));
    kinds.add(
        code.map(
            c ->
                new Operation(
                    "source " + c, false, (x, at) -> x.attributeSource(Source.of(c), at))));
    kinds.add(code.map(c -> new Operation("tag " + c, false, (x, at) -> x.tag(Tag.of(c), at))));
    kinds.add(code.map(c -> new Operation("untag " + c, false, (x, at) -> x.untag(Tag.of(c), at))));
    kinds.add(
        code.map(
            c -> new Operation("owner " + c, false, (x, at) -> x.assignOwner(UserRef.of(c), at))));
    kinds.add(
        Generate.pick(List.of("新名", "华东机电集团"))
            .map(
                n ->
                    new Operation(
                        "rename " + n,
                        false,
                        (x, at) -> x.rename(CustomerName.organization(n), at))));
    kinds.add(
        Generate.constant(new Operation("parent", false, (x, at) -> x.attachToParent(OTHER, at))));
    kinds.add(
        code.map(
            c ->
                new Operation(
                    "attribute " + c, false, (x, at) -> x.putAttribute(VENDOR_NO, c, at))));
    Gen<Operation> any = Generate.frequency(kinds.stream().map(kind -> Pair.of(1, kind)).toList());
    return any.zip(Generate.booleans(), (op, later) -> new Operation(op.name(), later, op.apply()));
  }

  private static Map<String, Object> model(CustomerSnapshot s) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("name", s.name());
    fields.put("industry", s.industry());
    fields.put("sizeBand", s.sizeBand());
    fields.put("region", s.region());
    fields.put("source", s.source());
    fields.put("tags", List.copyOf(s.tags()));
    fields.put("owner", s.owner());
    fields.put("parent", s.parent());
    fields.put("attributes", s.attributes());
    fields.put("addresses", s.addresses());
    return fields;
  }
}
