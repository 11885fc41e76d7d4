package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.ActivityRecorded;
import io.crmkit.core.customer.CustomerChanged;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.customer.Tag;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.CustomAttributes;
import io.crmkit.core.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NestedCallsTest {
  private final KitFixture f = new KitFixture();
  private final CustomerId customer =
      f.crm.customers().register(NewCustomer.organization(f.tenant, "华东机电集团"));

  @Test
  void nestedCall_joinsTheOuterUnitOfWork_andItsEventsWaitForTheOuterCommit() {
    f.events.clear();

    f.crm
        .customers()
        .update(
            f.tenant,
            customer,
            (c, now) -> {
              f.crm
                  .activities()
                  .recordOrder(f.tenant, customer, Money.of("10", "CNY"), KitFixture.TODAY);
              assertThat(f.events).as("nothing is published before the outer commit").isEmpty();
              c.tag(Tag.of("ordered"), now);
            });

    assertThat(f.events).hasSize(2);
    assertThat(f.events.get(0)).isInstanceOf(ActivityRecorded.class);
    assertThat(f.events.get(1)).isInstanceOf(CustomerChanged.class);
  }

  @Test
  void nestedCall_outerFails_nothingStoredAndNothingPublished() {
    f.events.clear();

    assertThatThrownBy(
            () ->
                f.crm
                    .customers()
                    .update(
                        f.tenant,
                        customer,
                        (c, now) -> {
                          f.crm
                              .activities()
                              .recordOrder(
                                  f.tenant, customer, Money.of("10", "CNY"), KitFixture.TODAY);
                          throw new IllegalStateException("the host's own step failed");
                        }))
        .hasMessage("the host's own step failed");

    assertThat(f.events).isEmpty();
    assertThat(f.crm.activities().count(ActivityQuery.of(f.tenant, customer))).isZero();
    assertThat(f.crm.facts().of(f.tenant, customer).orderCount()).isZero();
  }

  @Test
  void instantAttributes_areKeptToTheMicrosecond() {
    AttributeKey<Instant> synced = AttributeKey.of("erp.syncedAt", Instant.class);
    CustomAttributes attributes =
        CustomAttributes.empty().with(synced, Instant.parse("2026-03-15T02:00:00.123456789Z"));
    assertThat(attributes.get(synced)).contains(Instant.parse("2026-03-15T02:00:00.123456Z"));
  }
}
