package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerCategory;
import io.crmkit.core.customer.CustomerChanged;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerName;
import io.crmkit.core.customer.CustomerPurged;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.customer.CustomerRegistered;
import io.crmkit.core.customer.Industry;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.customer.PurchaseFrequencyBand;
import io.crmkit.core.customer.SizeBand;
import io.crmkit.core.customer.Tag;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.NotFoundException;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.TenantDirectory;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerServiceTest {
  private final KitFixture f = new KitFixture();

  @Test
  void register_organization_storesEveryFieldAndPublishesRegistered() {
    CustomerId id =
        f.crm
            .customers()
            .register(
                NewCustomer.organization(f.tenant, "华东机电集团")
                    .latinName("East China Electromechanical Group")
                    .industry("manufacturing")
                    .source("trade-show")
                    .region("华东")
                    .tags("strategic", "战略客户")
                    .owner("wang.fang"));

    Customer stored = f.crm.customers().get(f.tenant, id);
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.name())
        .isEqualTo(new CustomerName.Organization("华东机电集团", "East China Electromechanical Group"));
    assertThat(stored.industry()).contains(Industry.of("manufacturing"));
    assertThat(stored.tags()).containsExactly(Tag.of("strategic"), Tag.of("战略客户"));
    assertThat(stored.createdAt()).isEqualTo(KitFixture.NOW);
    assertThat(f.events(CustomerRegistered.class))
        .singleElement()
        .extracting(CustomerRegistered::customer)
        .isEqualTo(id);
  }

  @Test
  void register_manyBadValues_listsEveryProblemAndStoresNothing() {
    NewCustomer input =
        NewCustomer.organization(f.tenant, "   ")
            .industry(" ")
            .tags("ok", "bad\u0000tag")
            .owner("");

    assertThatThrownBy(() -> f.crm.customers().register(input))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fields())
                    .containsExactlyInAnyOrder("name", "industry", "tags[1]", "owner"));
    assertThat(f.crm.customers().count(CustomerQuery.in(f.tenant).includingDeleted())).isZero();
    assertThat(f.events).isEmpty();
  }

  @Test
  void register_unknownTenant_throwsValidation() {
    TenantId stranger = TenantId.of("initech");
    assertThatThrownBy(
            () -> f.crm.customers().register(NewCustomer.organization(stranger, "Initech")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .hasToString("tenant must be a known tenant but was 'initech'"));
  }

  @Test
  void register_missingParent_throwsValidation() {
    CustomerId ghost = CustomerId.parse("00000000-0000-0000-0000-00000000beef");
    assertThatThrownBy(
            () ->
                f.crm.customers().register(NewCustomer.organization(f.tenant, "子公司").parent(ghost)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("parent"));
  }

  @Test
  void update_severalChanges_savesOnceWithOneChangedEvent() {
    CustomerId id = f.crm.customers().register(NewCustomer.organization(f.tenant, "Acme Pumps"));
    Customer saved =
        f.crm
            .customers()
            .update(
                f.tenant,
                id,
                (c, now) -> {
                  c.tag(Tag.of("vip"), now);
                  c.classifyIndustry(Industry.of("pumps"), now);
                });

    assertThat(saved.version()).isEqualTo(2);
    assertThat(f.events(CustomerChanged.class))
        .singleElement()
        .extracting(CustomerChanged::fields)
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.ITERABLE)
        .containsExactlyInAnyOrder("tags", "industry");
  }

  @Test
  void update_nothingChanged_keepsVersionAndPublishesNothing() {
    CustomerId id =
        f.crm.customers().register(NewCustomer.organization(f.tenant, "Acme Pumps").tags("vip"));
    f.events.clear();

    Customer same = f.crm.customers().update(f.tenant, id, (c, now) -> c.tag(Tag.of("vip"), now));

    assertThat(same.version()).isEqualTo(1);
    assertThat(f.events).isEmpty();
  }

  @Test
  void update_parentCycle_throwsValidationAndChangesNothing() {
    CustomerId group = f.crm.customers().register(NewCustomer.organization(f.tenant, "集团"));
    CustomerId child =
        f.crm.customers().register(NewCustomer.organization(f.tenant, "子公司").parent(group));
    CustomerId grandchild =
        f.crm.customers().register(NewCustomer.organization(f.tenant, "孙公司").parent(child));

    assertThatThrownBy(
            () ->
                f.crm
                    .customers()
                    .update(f.tenant, group, (c, now) -> c.attachToParent(grandchild, now)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("parent"));
    assertThat(f.crm.customers().get(f.tenant, group).parent()).isEmpty();
    assertThat(f.crm.customers().group(f.tenant, group)).containsExactly(group, child, grandchild);
  }

  @Test
  void update_otherTenantsCustomer_throwsNotFound() {
    CustomerId id = f.crm.customers().register(NewCustomer.organization(f.tenant, "Acme"));
    assertThatThrownBy(
            () -> f.crm.customers().update(f.otherTenant, id, (c, now) -> c.tag(Tag.of("x"), now)))
        .isInstanceOf(NotFoundException.class);
    assertThat(f.crm.customers().find(f.otherTenant, id)).isEmpty();
  }

  @Test
  void update_staleCopySavedDirectly_throwsConcurrentUpdate() {
    CustomerId id = f.crm.customers().register(NewCustomer.organization(f.tenant, "Acme"));
    Customer stale = f.crm.customers().get(f.tenant, id);
    f.crm.customers().update(f.tenant, id, (c, now) -> c.tag(Tag.of("a"), now));

    stale.tag(Tag.of("b"), KitFixture.NOW);
    assertThatThrownBy(() -> f.store.inTransaction(uow -> uow.customers().save(stale)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(f.crm.customers().get(f.tenant, id).tags()).containsExactly(Tag.of("a"));
  }

  @Test
  void deleteAndRestore_hideAndShowInQueries() {
    CustomerId id = f.crm.customers().register(NewCustomer.organization(f.tenant, "Acme"));
    f.crm.customers().delete(f.tenant, id);

    assertThat(f.crm.customers().count(CustomerQuery.in(f.tenant))).isZero();
    assertThat(f.crm.customers().get(f.tenant, id).isDeleted()).isTrue();
    assertThatThrownBy(
            () -> f.crm.customers().update(f.tenant, id, (c, now) -> c.tag(Tag.of("x"), now)))
        .isInstanceOf(ValidationException.class);

    f.crm.customers().restore(f.tenant, id);
    assertThat(f.crm.customers().find(CustomerQuery.in(f.tenant), PageRequest.first(10)).items())
        .extracting(Customer::id)
        .containsExactly(id);
  }

  @Test
  void purge_erasesCustomerWithContactsActivitiesAndFacts_andIsIdempotent() {
    CustomerId id = f.crm.customers().register(NewCustomer.organization(f.tenant, "Acme"));
    f.crm.activities().recordOrder(f.tenant, id, Money.of("10", "CNY"), KitFixture.TODAY);

    assertThat(f.crm.customers().purge(f.tenant, id)).isTrue();
    assertThat(f.crm.customers().purge(f.tenant, id)).isFalse();
    assertThat(f.crm.customers().find(f.tenant, id)).isEmpty();
    java.util.Optional<io.crmkit.core.activity.CustomerFacts> facts =
        f.store.inTransaction(uow -> uow.facts().find(f.tenant, id));
    assertThat(facts).isEmpty();
    assertThat(f.events(CustomerPurged.class)).hasSize(1);
  }

  @Test
  void purge_withSubsidiaries_throwsValidation() {
    CustomerId group = f.crm.customers().register(NewCustomer.organization(f.tenant, "集团"));
    f.crm.customers().register(NewCustomer.organization(f.tenant, "子公司").parent(group));
    assertThatThrownBy(() -> f.crm.customers().purge(f.tenant, group))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void find_byNamePrefix_matchesChineseLatinAndIgnoresCase() {
    CustomerId id =
        f.crm
            .customers()
            .register(NewCustomer.organization(f.tenant, "华东机电集团").latinName("East China Group"));
    f.crm.customers().register(NewCustomer.organization(f.tenant, "Globex"));

    assertThat(ids(CustomerQuery.in(f.tenant).namePrefix("华东"))).containsExactly(id);
    assertThat(ids(CustomerQuery.in(f.tenant).namePrefix("east"))).containsExactly(id);
    assertThat(ids(CustomerQuery.in(f.tenant).namePrefix("机电"))).isEmpty();
  }

  @Test
  void classification_everyDimensionIsStoredAndQueryable() {
    CustomerId distributor =
        f.crm
            .customers()
            .register(
                NewCustomer.organization(f.tenant, "华东经销")
                    .industry("manufacturing")
                    .sizeBand("大型")
                    .purchaseFrequency("高频")
                    .category("经销商"));
    f.crm.customers().register(NewCustomer.organization(f.tenant, "Globex").category("end-user"));

    assertThat(ids(CustomerQuery.in(f.tenant).purchaseFrequency(PurchaseFrequencyBand.of("高频"))))
        .containsExactly(distributor);
    assertThat(
            ids(
                CustomerQuery.in(f.tenant)
                    .category(CustomerCategory.of("经销商"))
                    .sizeBand(SizeBand.of("大型"))))
        .containsExactly(distributor);
    Customer changed =
        f.crm
            .customers()
            .update(
                f.tenant,
                distributor,
                (c, now) -> {
                  c.classifyPurchaseFrequency(PurchaseFrequencyBand.of("monthly"), now);
                  c.categorize(null, now);
                });
    assertThat(changed.purchaseFrequency()).contains(PurchaseFrequencyBand.of("monthly"));
    assertThat(changed.category()).isEmpty();
    assertThat(f.events(CustomerChanged.class).get(0).fields())
        .containsExactlyInAnyOrder("purchaseFrequency", "category");
  }

  @Test
  void builder_withoutClockOrTenants_throwsNullPointer() {
    assertThatThrownBy(() -> CrmKit.builder().tenants(TenantDirectory.of(f.tenant)).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("clock");
    assertThatThrownBy(() -> CrmKit.builder().clock(Clock.systemUTC()).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tenants");
  }

  private List<CustomerId> ids(CustomerQuery query) {
    return f.crm.customers().find(query, PageRequest.first(100)).items().stream()
        .map(Customer::id)
        .toList();
  }
}
