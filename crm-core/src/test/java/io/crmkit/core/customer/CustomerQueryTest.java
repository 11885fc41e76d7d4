package io.crmkit.core.customer;

import static io.crmkit.core.customer.CustomerTest.OTHER;
import static io.crmkit.core.customer.CustomerTest.T0;
import static io.crmkit.core.customer.CustomerTest.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CustomerQueryTest {
  private static final Instant T1 = T0.plusSeconds(3600);

  private static CustomerSnapshot organization() {
    Customer customer =
        Customer.register(
            CustomerId.of(UUID.randomUUID()),
            NewCustomer.organization(TENANT, "华东机电集团")
                .latinName("East China Electromechanical Group")
                .industry("manufacturing")
                .region("east-china")
                .source("trade-show")
                .tags("strategic")
                .owner("li.na")
                .parent(OTHER),
            T0);
    return customer.snapshot();
  }

  private static CustomerSnapshot person() {
    return Customer.register(
            CustomerId.of(UUID.randomUUID()),
            NewCustomer.person(TENANT, PersonName.of("张", "伟", "Wei", "Zhang")),
            T1)
        .snapshot();
  }

  @Test
  void in_matchesActiveCustomersOfTheTenantOnly() {
    CustomerSnapshot organization = organization();
    Customer deleted = Customer.restore(organization);
    deleted.delete(T1);

    assertThat(CustomerQuery.in(TENANT).matches(organization)).isTrue();
    assertThat(CustomerQuery.in(TenantId.of("other")).matches(organization)).isFalse();
    assertThat(CustomerQuery.in(TENANT).matches(deleted.snapshot())).isFalse();
    assertThat(CustomerQuery.in(TENANT).includingDeleted().matches(deleted.snapshot())).isTrue();
    assertThat(CustomerQuery.in(TENANT).includingDeleted().matches(organization)).isTrue();
  }

  @Test
  void eachCriterion_matchesOnlyItsValue() {
    CustomerSnapshot organization = organization();
    CustomerQuery all = CustomerQuery.in(TENANT);

    assertThat(all.tag(Tag.of("strategic")).matches(organization)).isTrue();
    assertThat(all.tag(Tag.of("Strategic")).matches(organization)).isFalse();
    assertThat(all.industry(Industry.of("manufacturing")).matches(organization)).isTrue();
    assertThat(all.industry(Industry.of("energy")).matches(organization)).isFalse();
    assertThat(all.region(Region.of("east-china")).matches(organization)).isTrue();
    assertThat(all.region(Region.of("north")).matches(organization)).isFalse();
    assertThat(all.source(Source.of("trade-show")).matches(organization)).isTrue();
    assertThat(all.source(Source.of("web")).matches(organization)).isFalse();
    assertThat(all.kind(CustomerKind.ORGANIZATION).matches(organization)).isTrue();
    assertThat(all.kind(CustomerKind.PERSON).matches(organization)).isFalse();
    assertThat(all.owner(UserRef.of("li.na")).matches(organization)).isTrue();
    assertThat(all.owner(UserRef.of("wang.fang")).matches(organization)).isFalse();
    assertThat(all.parent(OTHER).matches(organization)).isTrue();
    assertThat(all.parent(organization.id()).matches(organization)).isFalse();
  }

  @Test
  void criteria_absentValues_neverMatch() {
    CustomerSnapshot person = person();
    CustomerQuery all = CustomerQuery.in(TENANT);

    assertThat(all.industry(Industry.of("manufacturing")).matches(person)).isFalse();
    assertThat(all.owner(UserRef.of("li.na")).matches(person)).isFalse();
    assertThat(all.parent(OTHER).matches(person)).isFalse();
    assertThat(all.tag(Tag.of("strategic")).matches(person)).isFalse();
  }

  @Test
  void updatedSince_includesTheInstantItself() {
    CustomerSnapshot organization = organization();

    assertThat(
            CustomerQuery.in(TENANT).updatedSince(organization.updatedAt()).matches(organization))
        .isTrue();
    assertThat(
            CustomerQuery.in(TENANT)
                .updatedSince(organization.updatedAt().plusNanos(1000))
                .matches(organization))
        .isFalse();
  }

  @Test
  void namePrefix_matchesAnyFormOrFamilyNameIgnoringCase() {
    CustomerSnapshot organization = organization();
    CustomerSnapshot person = person();
    CustomerQuery all = CustomerQuery.in(TENANT);

    assertThat(all.namePrefix("华东").matches(organization)).isTrue();
    assertThat(all.namePrefix(" EAST china ").matches(organization)).isTrue();
    assertThat(all.namePrefix("china").matches(organization)).isFalse();
    assertThat(all.namePrefix("机电").matches(organization)).isFalse();
    assertThat(all.namePrefix("张").matches(person)).isTrue();
    assertThat(all.namePrefix("zhang").matches(person)).isTrue();
    assertThat(all.namePrefix("WEI z").matches(person)).isTrue();
    assertThat(all.namePrefix("伟").matches(person)).isFalse();
  }

  @Test
  void namePrefix_isNormalisedToComposedLowerCase() {
    assertThat(CustomerQuery.in(TENANT).namePrefix(" CAFE\u0301 ").namePrefix())
        .isEqualTo("caf\u00E9");
    CustomerSnapshot cafe =
        Customer.register(
                CustomerId.of(UUID.randomUUID()),
                NewCustomer.organization(TENANT, "Café Lumière"),
                T0)
            .snapshot();
    assertThat(CustomerQuery.in(TENANT).namePrefix("cafe\u0301").matches(cafe)).isTrue();
  }

  @Test
  void namePrefix_blankOrTooLong_throwsValidationNamingIt() {
    assertThat(CustomerQuery.in(TENANT).namePrefix("x".repeat(300)).namePrefix()).hasSize(300);
    for (String prefix : List.of("", "  ", "x".repeat(301))) {
      assertThatThrownBy(() -> CustomerQuery.in(TENANT).namePrefix(prefix))
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.fields()).containsExactly("namePrefix"));
    }
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(CustomerQuery.class);
    NullPointerTesters.withDomainDefaults().testAllPublicInstanceMethods(CustomerQuery.in(TENANT));
  }

  /** One criterion, named for the report of a falsified property. */
  record Criterion(String name, UnaryOperator<CustomerQuery> apply) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Every criterion set must hold: a query matches exactly when each of its criteria alone does
   * (each criterion holds one value, so each kind is set at most once).
   */
  @Test
  void matches_isTheConjunctionOfItsCriteria() {
    List<CustomerSnapshot> customers = new ArrayList<>(List.of(organization(), person()));
    Customer deleted = Customer.restore(organization());
    deleted.delete(T1);
    customers.add(deleted.snapshot());
    List<List<Criterion>> kinds =
        List.of(
            List.of(new Criterion("tag strategic", q -> q.tag(Tag.of("strategic")))),
            List.of(
                new Criterion(
                    "industry manufacturing", q -> q.industry(Industry.of("manufacturing"))),
                new Criterion("industry energy", q -> q.industry(Industry.of("energy")))),
            List.of(new Criterion("region east-china", q -> q.region(Region.of("east-china")))),
            List.of(new Criterion("source trade-show", q -> q.source(Source.of("trade-show")))),
            List.of(
                new Criterion("person", q -> q.kind(CustomerKind.PERSON)),
                new Criterion("organization", q -> q.kind(CustomerKind.ORGANIZATION))),
            List.of(new Criterion("owner li.na", q -> q.owner(UserRef.of("li.na")))),
            List.of(new Criterion("parent", q -> q.parent(OTHER))),
            List.of(new Criterion("updated since T1", q -> q.updatedSince(T1.minusNanos(789)))),
            List.of(
                new Criterion("prefix east", q -> q.namePrefix("east")),
                new Criterion("prefix zhang", q -> q.namePrefix("zhang"))),
            List.of(new Criterion("including deleted", CustomerQuery::includingDeleted)));
    Gen<List<Criterion>> criteria = Generate.constant(List.<Criterion>of());
    for (List<Criterion> options : kinds) {
      List<List<Criterion>> choices = new ArrayList<>();
      choices.add(List.of());
      options.forEach(option -> choices.add(List.of(option)));
      criteria =
          criteria.zip(
              Generate.pick(choices),
              (chosen, choice) -> {
                List<Criterion> all = new ArrayList<>(chosen);
                all.addAll(choice);
                return all;
              });
    }
    qt().withExamples(300)
        .forAll(criteria, Generate.pick(customers))
        .checkAssert(
            (chosen, customer) -> {
              CustomerQuery combined = CustomerQuery.in(TENANT);
              boolean each = true;
              for (Criterion criterion : chosen) {
                combined = criterion.apply().apply(combined);
                each &=
                    criterion
                        .apply()
                        .apply(CustomerQuery.in(TENANT).includingDeleted())
                        .matches(customer);
              }
              boolean visible = combined.includeDeleted() || !customer.deleted();
              assertThat(combined.matches(customer)).isEqualTo(each && visible);
            });
  }
}
