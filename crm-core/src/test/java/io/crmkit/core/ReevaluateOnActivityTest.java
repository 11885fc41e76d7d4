package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.FactWindow;
import io.crmkit.core.activity.Interaction;
import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.lifecycle.LifecycleRule;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.StageDecision;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.segment.Segment;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.segment.SegmentRule;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.NotFoundException;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierChanged;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierDecision;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.core.tier.TieringRule;
import io.crmkit.spi.TenantDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ReevaluateOnActivityTest {
  private static final LadderKey GRADE = LadderKey.of("grade");
  private static final SegmentKey BUYERS = SegmentKey.of("buyers");
  private static final Money AMOUNT = Money.of("2000.00", "CNY");

  private final KitFixture f = new KitFixture();
  private final InMemoryCrmStore store = InMemoryCrmStore.create();
  private final Map<CustomerId, Integer> tierCalls = new ConcurrentHashMap<>();
  private final Map<CustomerId, Integer> segmentCalls = new ConcurrentHashMap<>();
  private final Map<CustomerId, Integer> lifecycleCalls = new ConcurrentHashMap<>();
  private final List<CrmEvent> events = new CopyOnWriteArrayList<>();

  private CrmKit kit(boolean reevaluateOnActivity) {
    return CrmKit.builder()
        .store(store)
        .clock(Clock.fixed(KitFixture.NOW, KitFixture.SHANGHAI))
        .tenants(TenantDirectory.of(f.tenant))
        .listener(events::add)
        .tieringRule(
            new TieringRule() {
              @Override
              public String id() {
                return "buyer-grade";
              }

              @Override
              public LadderKey ladder() {
                return GRADE;
              }

              @Override
              public TierDecision decide(CustomerSnapshot c, CustomerFacts facts, LocalDate asOf) {
                tierCalls.merge(c.id(), 1, Integer::sum);
                boolean bought = facts.orderCount(FactWindow.LIFETIME, asOf) > 0;
                return new TierDecision(TierCode.of(bought ? "A" : "C"), "orders");
              }
            })
        .segmentRule(
            new SegmentRule() {
              @Override
              public String id() {
                return "buyers";
              }

              @Override
              public boolean isMember(CustomerSnapshot c, CustomerFacts facts, LocalDate asOf) {
                segmentCalls.merge(c.id(), 1, Integer::sum);
                return facts.orderCount(FactWindow.LIFETIME, asOf) > 0;
              }
            })
        .lifecycleRule(
            new LifecycleRule() {
              @Override
              public String id() {
                return "first-order";
              }

              @Override
              public Optional<StageDecision> decide(
                  CustomerSnapshot c,
                  CustomerFacts facts,
                  @Nullable LifecycleStage current,
                  LocalDate asOf) {
                lifecycleCalls.merge(c.id(), 1, Integer::sum);
                return facts.orderCount(FactWindow.LIFETIME, asOf) > 0
                    ? Optional.of(new StageDecision(LifecycleStage.NEW, "first order"))
                    : Optional.empty();
              }
            })
        .reevaluateOnActivity(reevaluateOnActivity)
        .build();
  }

  @Test
  void record_order_reevaluatesTheCustomerAndItsAncestorsOnly() {
    CrmKit crm = kit(true);
    crm.tiers().defineLadder(TierLadder.ranked(f.tenant, GRADE, "C", "B", "A"));
    crm.segments().define(Segment.dynamic(f.tenant, BUYERS, "Buyers", "buyers"));
    CustomerId group = crm.customers().register(NewCustomer.organization(f.tenant, "华东机电集团"));
    CustomerId subsidiary =
        crm.customers().register(NewCustomer.organization(f.tenant, "华东机电上海").parent(group));
    CustomerId sibling =
        crm.customers().register(NewCustomer.organization(f.tenant, "华东机电杭州").parent(group));
    CustomerId stranger = crm.customers().register(NewCustomer.organization(f.tenant, "无关公司"));

    crm.activities().recordOrder(f.tenant, subsidiary, AMOUNT, KitFixture.TODAY);

    assertThat(tierCalls).containsOnlyKeys(subsidiary, group).containsValues(1, 1);
    assertThat(segmentCalls).containsOnlyKeys(subsidiary, group);
    assertThat(lifecycleCalls).containsOnlyKeys(subsidiary, group);
    assertThat(crm.tiers().tierOf(f.tenant, subsidiary, GRADE)).contains(TierCode.of("A"));
    assertThat(crm.tiers().tierOf(f.tenant, group, GRADE)).contains(TierCode.of("A"));
    assertThat(crm.tiers().tierOf(f.tenant, sibling, GRADE)).isEmpty();
    assertThat(crm.tiers().tierOf(f.tenant, stranger, GRADE)).isEmpty();
    assertThat(crm.segments().isMember(f.tenant, BUYERS, subsidiary)).isTrue();
    assertThat(crm.segments().isMember(f.tenant, BUYERS, group)).isTrue();
    assertThat(crm.lifecycle().stageOf(f.tenant, subsidiary)).contains(LifecycleStage.NEW);
    assertThat(events).filteredOn(TierChanged.class::isInstance).hasSize(2);
  }

  @Test
  void record_interaction_reevaluatesTheCustomerToo() {
    CrmKit crm = kit(true);
    crm.tiers().defineLadder(TierLadder.ranked(f.tenant, GRADE, "C", "B", "A"));
    CustomerId customer = crm.customers().register(NewCustomer.organization(f.tenant, "客户"));

    crm.activities()
        .record(
            Interaction.of(
                f.tenant,
                customer,
                InteractionType.VISIT,
                KitFixture.NOW.minusSeconds(3600),
                io.crmkit.core.shared.UserRef.of("王芳")));

    assertThat(tierCalls).containsOnlyKeys(customer);
    assertThat(crm.tiers().tierOf(f.tenant, customer, GRADE)).contains(TierCode.of("C"));
  }

  @Test
  void record_withoutTheOption_reevaluatesNobody() {
    CrmKit crm = kit(false);
    crm.tiers().defineLadder(TierLadder.ranked(f.tenant, GRADE, "C", "B", "A"));
    CustomerId customer = crm.customers().register(NewCustomer.organization(f.tenant, "客户"));

    crm.activities().recordOrder(f.tenant, customer, AMOUNT, KitFixture.TODAY);

    assertThat(tierCalls).isEmpty();
    assertThat(segmentCalls).isEmpty();
    assertThat(lifecycleCalls).isEmpty();
    assertThat(crm.tiers().tierOf(f.tenant, customer, GRADE)).isEmpty();
  }

  @Test
  void record_tenantWithoutTheRulesLadder_recordsTheActivityAndGradesNothing() {
    CrmKit crm = kit(true);
    CustomerId customer = crm.customers().register(NewCustomer.organization(f.tenant, "客户"));

    crm.activities().recordOrder(f.tenant, customer, AMOUNT, KitFixture.TODAY);

    assertThat(crm.activities().count(ActivityQuery.of(f.tenant, customer))).isEqualTo(1);
    assertThat(crm.tiers().tierOf(f.tenant, customer, GRADE)).isEmpty();
    assertThat(events).anyMatch(e -> e instanceof io.crmkit.core.activity.ActivityRecorded);
  }

  @Test
  void reevaluate_tenantWithoutTheRulesLadder_stillThrowsNotFound() {
    CrmKit crm = kit(true);
    CustomerId customer = crm.customers().register(NewCustomer.organization(f.tenant, "客户"));

    assertThatThrownBy(() -> crm.tiers().reevaluate(f.tenant, customer))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("grade");
  }
}
