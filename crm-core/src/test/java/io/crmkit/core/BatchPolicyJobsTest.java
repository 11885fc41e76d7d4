package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.Interaction;
import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.batch.JobId;
import io.crmkit.core.batch.JobOptions;
import io.crmkit.core.batch.JobReport;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.ownership.Claimant;
import io.crmkit.core.ownership.MoveKind;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PoolPolicy;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.reminder.PlannedReminder;
import io.crmkit.core.reminder.ReminderContext;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderPolicy;
import io.crmkit.core.reminder.ReminderQuery;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.spi.TenantDirectory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch jobs that regenerate reminders and recycle customers to their pool. */
class BatchPolicyJobsTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final PoolId EAST = PoolId.of("east-china");
  private static final UserRef ADMIN = UserRef.of("director.zhao");
  private static final UserRef WANG = UserRef.of("wang.fang");
  private static final UserRef JOB = UserRef.of("job:nightly");
  private static final Instant START = Instant.parse("2026-03-15T02:00:00Z");
  private static final JobOptions PAGES_OF_TWO = JobOptions.defaults().withPageSize(2);

  private final MovableClock clock = new MovableClock(START);

  /** A host policy: the owner calls every owned customer a week after it was registered. */
  private static final ReminderPolicy WELCOME_CALL =
      new ReminderPolicy() {
        @Override
        public String id() {
          return "welcome-call";
        }

        @Override
        public List<PlannedReminder> plan(ReminderContext context) {
          return context
              .owner()
              .map(
                  owner ->
                      List.of(
                          PlannedReminder.of(
                              "welcome",
                              ReminderKind.FOLLOW_UP,
                              context.asOf().plusDays(7).atTime(LocalTime.of(9, 0)),
                              owner,
                              "welcome call")))
              .orElse(List.of());
        }
      };

  private final CrmKit crm =
      CrmKit.builder()
          .clock(clock)
          .tenants(TenantDirectory.of(TENANT))
          .reminderPolicy(WELCOME_CALL)
          .build();

  private List<CustomerId> claimed(int count) {
    crm.ownership()
        .definePool(
            PublicPool.of(TENANT, EAST, "华东公海", ADMIN)
                .withMembers(WANG)
                .withPolicy(PoolPolicy.UNLIMITED.recycle(30, 0, 5).cooldown(Duration.ofDays(15))));
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CustomerId id = crm.customers().register(NewCustomer.organization(TENANT, "客户" + i));
      crm.ownership().putInPool(TENANT, id, EAST, ADMIN, "new lead");
      crm.ownership().claim(TENANT, id, EAST, Claimant.of(WANG), "mine");
      ids.add(id);
    }
    return ids;
  }

  @Test
  void remindersJob_plansEveryOwnedCustomerOnceAndASecondRunChangesNothing() {
    List<CustomerId> owned = claimed(3);
    crm.customers().register(NewCustomer.organization(TENANT, "无主客户"));

    JobReport first =
        crm.batch().run(TENANT, JobId.of("reminders-1"), crm.batch().remindersJob(), PAGES_OF_TWO);
    JobReport second =
        crm.batch().run(TENANT, JobId.of("reminders-2"), crm.batch().remindersJob(), PAGES_OF_TWO);

    assertThat(first.processed()).isEqualTo(4);
    assertThat(first.changed()).isEqualTo(3);
    assertThat(second.processed()).isEqualTo(4);
    assertThat(second.changed()).isZero();
    for (CustomerId id : owned) {
      assertThat(crm.reminders().count(ReminderQuery.live(TENANT).about(id))).isEqualTo(1);
    }
  }

  @Test
  void recycleJob_recyclesOnlyTheCustomersWithoutFollowUpAndIsIdempotent() {
    List<CustomerId> owned = claimed(4);
    clock.advance(Duration.ofDays(20));
    for (CustomerId followedUp : owned.subList(2, 4)) {
      crm.activities()
          .record(
              Interaction.of(TENANT, followedUp, InteractionType.VISIT, clock.instant(), WANG)
                  .withOutcome("site visit"));
    }
    clock.advance(Duration.ofDays(10));

    JobReport report =
        crm.batch().run(TENANT, JobId.of("recycle-1"), crm.batch().recycleJob(JOB), PAGES_OF_TWO);
    JobReport again =
        crm.batch().run(TENANT, JobId.of("recycle-2"), crm.batch().recycleJob(JOB), PAGES_OF_TWO);

    assertThat(report.processed()).isEqualTo(4);
    assertThat(report.changed()).isEqualTo(2);
    assertThat(again.changed()).isZero();
    for (CustomerId id : owned.subList(0, 2)) {
      var ownership = crm.ownership().ownership(TENANT, id).orElseThrow();
      assertThat(ownership.owner()).isEmpty();
      assertThat(ownership.moves().get(ownership.moves().size() - 1).kind())
          .isEqualTo(MoveKind.RECYCLED);
    }
    for (CustomerId id : owned.subList(2, 4)) {
      assertThat(crm.ownership().ownership(TENANT, id).orElseThrow().owner()).contains(WANG);
    }
  }

  @Test
  void recycleJob_withoutActor_throwsNullPointer() {
    assertThatThrownBy(() -> crm.batch().recycleJob(null)).isInstanceOf(NullPointerException.class);
  }
}
