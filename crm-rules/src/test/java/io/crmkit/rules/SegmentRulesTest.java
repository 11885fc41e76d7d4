package io.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmKit;
import io.crmkit.core.SegmentService.MembershipChange;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.segment.MembershipQuery;
import io.crmkit.core.segment.Segment;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.spi.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SegmentRulesTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final SegmentKey BIG_SPENDERS = SegmentKey.of("big-spenders");
  private static final UserRef JOB = UserRef.of("job:segments");
  private static final Instant NOW = Instant.parse("2026-06-30T08:00:00Z");
  private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

  private final CrmKit crm =
      CrmKit.builder()
          .store(InMemoryCrmStore.create())
          .clock(Clock.fixed(NOW, ZoneOffset.UTC))
          .tenants(TenantDirectory.of(TENANT))
          .segmentRule(
              SegmentRules.parse("big-spenders", "spend_365d >= 50000 CNY", Fields.standard()))
          .build();

  @Test
  void recomputeAndReevaluate_keepTheSegmentInStepWithTheFacts() {
    crm.segments().define(Segment.dynamic(TENANT, BIG_SPENDERS, "Big spenders", "big-spenders"));
    CustomerId big = crm.customers().register(NewCustomer.organization(TENANT, "大客户"));
    CustomerId small = crm.customers().register(NewCustomer.organization(TENANT, "小客户"));
    crm.activities().recordOrder(TENANT, big, Money.of("60000", "CNY"), TODAY);
    crm.activities().recordOrder(TENANT, small, Money.of("1000", "CNY"), TODAY);

    assertThat(crm.segments().recompute(TENANT, BIG_SPENDERS, JOB))
        .isEqualTo(new MembershipChange(1, 0));
    assertThat(crm.segments().isMember(TENANT, BIG_SPENDERS, big)).isTrue();
    assertThat(crm.segments().segment(TENANT, BIG_SPENDERS).orElseThrow().computedAsOf())
        .isEqualTo(NOW);

    crm.activities().recordOrder(TENANT, small, Money.of("49000", "CNY"), TODAY);
    assertThat(crm.segments().reevaluate(TENANT, small, JOB)).containsExactly(BIG_SPENDERS);
    assertThat(crm.segments().reevaluate(TENANT, small, JOB)).isEmpty();
    assertThat(crm.segments().count(MembershipQuery.membersOf(TENANT, BIG_SPENDERS))).isEqualTo(2);
  }

  @Test
  void recompute_unregisteredRule_isAConfigurationError() {
    crm.segments().define(Segment.dynamic(TENANT, SegmentKey.of("x"), "X", "not-registered"));
    assertThatThrownBy(() -> crm.segments().recompute(TENANT, SegmentKey.of("x"), JOB))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not-registered");
  }
}
