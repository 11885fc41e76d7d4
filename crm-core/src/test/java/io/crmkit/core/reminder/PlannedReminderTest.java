package io.crmkit.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.ownership.PoolPolicy;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlannedReminderTest {
  private static final UserRef WANG = UserRef.of("wang.fang");
  private static final LocalDateTime DUE = LocalDateTime.of(2027, 2, 4, 9, 0);
  private static final TenantId TENANT = TenantId.of("acme");
  private static final CustomerId ID = CustomerId.of(new UUID(0, 1));

  @Test
  void new_blankKeyAndLongTitle_listsBothProblems() {
    assertThatThrownBy(
            () -> PlannedReminder.of(" ", ReminderKind.VISIT, DUE, WANG, "x".repeat(201)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("key", "title"));
    assertThatThrownBy(
            () -> PlannedReminder.of("k".repeat(101), ReminderKind.VISIT, DUE, WANG, "visit"))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void values_rejectNullsAndCompareByValue() {
    NullPointerTesters.withDomainDefaults()
        .setDefault(LocalDateTime.class, DUE)
        .testAllPublicStaticMethods(PlannedReminder.class);
    NullPointerTesters.withDomainDefaults()
        .setDefault(LocalDateTime.class, DUE)
        .testAllPublicConstructors(PlannedReminder.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(RegenerationReport.class);
    PlannedReminder visit =
        PlannedReminder.of("visit:2027-02-04", ReminderKind.VISIT, DUE, WANG, "拜访");
    new EqualsTester()
        .addEqualityGroup(
            visit, PlannedReminder.of("visit:2027-02-04", ReminderKind.VISIT, DUE, WANG, "拜访"))
        .addEqualityGroup(visit.about(io.crmkit.core.contact.ContactId.of(new UUID(0, 2))))
        .addEqualityGroup(
            PlannedReminder.of("visit:2027-02-05", ReminderKind.VISIT, DUE, WANG, "拜访"))
        .testEquals();
  }

  @Test
  void context_exposesOwnerTierAndRecyclingCaseOnlyWithAPool() {
    Ownership owned = Ownership.none(TENANT, ID);
    owned.assign(null, WANG, WANG, Instant.parse("2026-01-01T00:00:00Z"), "mine");
    LadderKey grade = LadderKey.of("grade");
    ReminderContext context =
        new ReminderContext(
            Customer.register(ID, NewCustomer.organization(TENANT, "客户"), Instant.EPOCH).snapshot(),
            CustomerFacts.empty(TENANT, ID),
            List.of(),
            Map.of(grade, TierCode.of("A")),
            owned.snapshot(),
            null,
            LocalDate.of(2026, 3, 15),
            ZoneId.of("Asia/Shanghai"));

    assertThat(context.owner()).contains(WANG);
    assertThat(context.tier(grade)).contains(TierCode.of("A"));
    assertThat(context.tier(LadderKey.of("vip"))).isEmpty();
    assertThat(context.lastContactDay()).isEmpty();
    assertThat(context.recyclingCase()).isEmpty();
    assertThat(
            new ReminderContext(
                    context.customer(),
                    context.facts(),
                    List.of(),
                    Map.of(),
                    context.ownership(),
                    PoolPolicy.UNLIMITED,
                    context.asOf(),
                    context.zone())
                .recyclingCase())
        .hasValueSatisfying(c -> assertThat(c.ownedSince()).contains(LocalDate.of(2026, 1, 1)));
  }
}
