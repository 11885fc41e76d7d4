package io.crmkit.core.tier;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TieringRuleTest {
  private static final TenantId TENANT = TenantId.of("acme");

  @Test
  void decideTier_byDefault_isTheTierOfDecide() {
    AtomicInteger decisions = new AtomicInteger();
    TieringRule rule =
        new TieringRule() {
          @Override
          public String id() {
            return "by-region";
          }

          @Override
          public LadderKey ladder() {
            return LadderKey.of("loyalty");
          }

          @Override
          public TierDecision decide(
              CustomerSnapshot customer, CustomerFacts facts, LocalDate asOf) {
            decisions.incrementAndGet();
            return new TierDecision(
                TierCode.of(customer.region() == null ? "C" : "A"), "region decides");
          }
        };
    CustomerId id = CustomerId.of(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    CustomerSnapshot east =
        Customer.register(
                id,
                NewCustomer.organization(TENANT, "华东贸易有限公司").region("east-china"),
                Instant.parse("2024-01-01T00:00:00Z"))
            .snapshot();
    CustomerFacts facts = CustomerFacts.empty(TENANT, id);
    LocalDate asOf = LocalDate.of(2024, 6, 30);

    assertThat(rule.decideTier(east, facts, asOf)).isEqualTo(TierCode.of("A"));
    assertThat(rule.decideTier(east, facts, asOf)).isEqualTo(rule.decide(east, facts, asOf).tier());
    assertThat(decisions).hasValue(3);
  }
}
