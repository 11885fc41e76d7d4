package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.lifecycle.LifecycleHistory;
import io.crmkit.core.lifecycle.LifecycleQuery;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.LifecycleStageChanged;
import io.crmkit.core.lifecycle.LifecycleTransitions;
import io.crmkit.core.shared.InvalidTransitionException;
import io.crmkit.core.shared.NotFoundException;
import io.crmkit.core.shared.UserRef;
import org.junit.jupiter.api.Test;

class LifecycleServiceTest {
  private static final UserRef REP = UserRef.of("wang.fang");
  private final KitFixture f = new KitFixture();
  private final CustomerId customer =
      f.crm.customers().register(NewCustomer.organization(f.tenant, "华东机电集团"));

  @Test
  void moveTo_beginsThenAdvances_andPublishesEachMove() {
    f.crm.lifecycle().moveTo(f.tenant, customer, LifecycleStage.PROSPECT, "trade show lead", REP);
    LifecycleHistory history =
        f.crm.lifecycle().moveTo(f.tenant, customer, LifecycleStage.NEW, "first order", REP);

    assertThat(history.version()).isEqualTo(2);
    assertThat(f.crm.lifecycle().stageOf(f.tenant, customer)).contains(LifecycleStage.NEW);
    assertThat(f.events(LifecycleStageChanged.class))
        .extracting(e -> e.change().to())
        .containsExactly(LifecycleStage.PROSPECT, LifecycleStage.NEW);
    assertThat(f.crm.lifecycle().count(LifecycleQuery.in(f.tenant).currently(LifecycleStage.NEW)))
        .isEqualTo(1);
  }

  @Test
  void moveTo_forbiddenMove_throwsAndStoresNothing() {
    f.crm.lifecycle().moveTo(f.tenant, customer, LifecycleStage.PROSPECT, "lead", REP);
    f.events.clear();

    assertThatThrownBy(
            () -> f.crm.lifecycle().moveTo(f.tenant, customer, LifecycleStage.CHURNED, "gone", REP))
        .isInstanceOf(InvalidTransitionException.class);
    assertThat(f.crm.lifecycle().history(f.tenant, customer).orElseThrow().changes()).hasSize(1);
    assertThat(f.events).isEmpty();
  }

  @Test
  void moveTo_tenantWithoutWinBack_refusesChurnedToActive() {
    CrmKit strict =
        CrmKit.builder()
            .store(f.store)
            .clock(f.crm.clock())
            .tenants(t -> true)
            .lifecycleTransitions(
                t ->
                    LifecycleTransitions.standard()
                        .forbid(LifecycleStage.CHURNED, LifecycleStage.ACTIVE))
            .build();
    strict
        .lifecycle()
        .moveTo(f.tenant, customer, LifecycleStage.CHURNED, "imported as churned", REP);

    assertThatThrownBy(
            () ->
                strict
                    .lifecycle()
                    .moveTo(f.tenant, customer, LifecycleStage.ACTIVE, "won back", REP))
        .isInstanceOf(InvalidTransitionException.class);
  }

  @Test
  void moveTo_missingCustomer_throwsNotFound() {
    CustomerId ghost = CustomerId.parse("00000000-0000-0000-0000-00000000beef");
    assertThatThrownBy(
            () -> f.crm.lifecycle().moveTo(f.tenant, ghost, LifecycleStage.PROSPECT, "lead", REP))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void purge_removesTheLifecycleHistory() {
    f.crm.lifecycle().moveTo(f.tenant, customer, LifecycleStage.PROSPECT, "lead", REP);
    f.crm.customers().purge(f.tenant, customer);
    assertThat(f.crm.lifecycle().history(f.tenant, customer)).isEmpty();
  }
}
