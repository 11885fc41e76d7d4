package io.crmkit.core.reminder;

import com.google.common.testing.EqualsTester;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReminderDueTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final ReminderId ID = ReminderId.of(new UUID(1, 1));
  private static final Instant AT = Instant.parse("2026-03-15T01:00:00Z");
  private static final UserRef OWNER = UserRef.of("wang.fang");
  private static final CustomerId CUSTOMER = CustomerId.of(new UUID(2, 2));
  private static final ZonedDateTime DUE =
      LocalDateTime.of(2026, 3, 15, 10, 0).atZone(ZoneId.of("Asia/Shanghai"));

  private static ReminderDue due(ReminderId id, ZonedDateTime when) {
    return new ReminderDue(TENANT, id, AT, OWNER, CUSTOMER, ReminderKind.VISIT, "拜访", when);
  }

  @Test
  void constructor_nullForAnyPartButTheCustomer_isRefused() {
    NullPointerTesters.withDomainDefaults()
        .setDefault(ReminderId.class, ID)
        .setDefault(ZonedDateTime.class, DUE)
        .testAllPublicConstructors(ReminderDue.class);
  }

  @Test
  void equals_sameParts_areEqual_anotherReminderOrDueTimeIsNot() {
    new EqualsTester()
        .addEqualityGroup(due(ID, DUE), due(ID, DUE))
        .addEqualityGroup(due(ReminderId.of(new UUID(1, 2)), DUE))
        .addEqualityGroup(due(ID, DUE.plusDays(2)))
        .addEqualityGroup(
            new ReminderDue(TENANT, ID, AT, OWNER, null, ReminderKind.VISIT, "拜访", DUE))
        .testEquals();
  }
}
