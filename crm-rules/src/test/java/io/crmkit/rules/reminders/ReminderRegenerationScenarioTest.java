package io.crmkit.rules.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.CrmKit;
import io.crmkit.core.activity.Interaction;
import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.contact.Birthday;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.ownership.Claimant;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PoolPolicy;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.ownership.RecyclingRule;
import io.crmkit.core.reminder.RegenerationReport;
import io.crmkit.core.reminder.Reminder;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderQuery;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.rules.calendar.HolidayCalendar;
import io.crmkit.spi.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pooled customer claimed by wang.fang: reminders regenerate idempotently, then recycling. */
class ReminderRegenerationScenarioTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final TenantId TENANT = TenantId.of("acme");
  private static final PoolId EAST = PoolId.of("east");
  private static final UserRef ADMIN = UserRef.of("director.zhao");
  private static final UserRef WANG = UserRef.of("wang.fang");
  private static final UserRef JOB = UserRef.of("job:nightly");

  /** A clock the story moves forward. */
  private static final class StoryClock extends Clock {
    private Instant now = Instant.parse("2026-11-02T01:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the story runs in Shanghai");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final StoryClock clock = new StoryClock();
  private final CrmKit crm =
      CrmKit.builder()
          .clock(clock)
          .tenants(TenantDirectory.of(TENANT))
          .reminderPolicy(ReminderPolicies.birthdays(3))
          .reminderPolicy(ReminderPolicies.holidayGreetings(HolidayCalendar.standard(), 2))
          .reminderPolicy(ReminderPolicies.followUpAfter(14))
          .reminderPolicy(ReminderPolicies.poolRecycleWarnings(RecyclingRule.standard()))
          .build();

  private List<Reminder> live(ReminderKind kind) {
    return crm.reminders()
        .find(ReminderQuery.live(TENANT).kind(kind), PageRequest.first(100))
        .items();
  }

  @Test
  void regenerate_isIdempotent_warningsFollowTheFacts_andRecyclingEndsThem() {
    crm.ownership()
        .definePool(
            PublicPool.of(TENANT, EAST, "华东公海", ADMIN)
                .withMembers(WANG)
                .withPolicy(PoolPolicy.UNLIMITED.recycle(30, 0, 5)));
    CustomerId customer = crm.customers().register(NewCustomer.organization(TENANT, "华东机电集团"));
    crm.contacts()
        .add(
            NewContact.of(TENANT, customer, PersonName.chinese("李", "娜"))
                .birthday(new Birthday.Lunar(1988, 1, 1, false)));
    crm.ownership().putInPool(TENANT, customer, EAST, ADMIN, "trade-show lead");
    crm.ownership().claim(TENANT, customer, EAST, Claimant.of(WANG), "I know the buyer");

    RegenerationReport first = crm.reminders().regenerate(TENANT, customer);
    RegenerationReport second = crm.reminders().regenerate(TENANT, customer);

    assertThat(first.created()).hasSize(1 + 7 + 1);
    assertThat(second.changedAnything()).isFalse();
    assertThat(second.kept()).containsExactlyInAnyOrderElementsOf(first.created());
    assertThat(live(ReminderKind.BIRTHDAY))
        .singleElement()
        .satisfies(r -> assertThat(r.snapshot().due()).isEqualTo("2027-02-03T09:00"));
    assertThat(live(ReminderKind.HOLIDAY_GREETING))
        .extracting(r -> r.snapshot().title())
        .contains("Greet 华东机电集团 for 春节 on 2027-02-06");

    clock.advance(Duration.ofDays(26));
    RegenerationReport warned = crm.reminders().regenerate(TENANT, customer);
    assertThat(live(ReminderKind.POOL_RECYCLE_WARNING))
        .singleElement()
        .satisfies(r -> assertThat(r.snapshot().title()).contains("on 2026-12-02"));
    assertThat(crm.reminders().recycleWarnings(TENANT, WANG, PageRequest.first(10)).items())
        .hasSize(1);
    assertThat(warned.created()).hasSize(1);

    crm.activities()
        .record(
            new Interaction(
                TENANT, customer, null, InteractionType.VISIT, clock.instant(), WANG, "ok", null));
    RegenerationReport followedUp = crm.reminders().regenerate(TENANT, customer);
    assertThat(live(ReminderKind.POOL_RECYCLE_WARNING)).isEmpty();
    assertThat(followedUp.cancelled()).hasSize(2);
    assertThat(followedUp.created()).hasSize(1);

    clock.advance(Duration.ofDays(30));
    assertThat(crm.ownership().recycle(TENANT, customer, JOB).recycled()).isTrue();
    RegenerationReport recycled = crm.reminders().regenerate(TENANT, customer);
    assertThat(recycled.created()).isEmpty();
    assertThat(crm.reminders().count(ReminderQuery.live(TENANT))).isZero();
  }
}
