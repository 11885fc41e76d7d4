package io.crmkit.rules.reminders;

import static io.crmkit.rules.reminders.PolicyFixture.GRADE;
import static io.crmkit.rules.reminders.PolicyFixture.WANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.crmkit.core.contact.Birthday;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.ownership.PoolPolicy;
import io.crmkit.core.ownership.RecyclingRule;
import io.crmkit.core.reminder.PlannedReminder;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderPolicy;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import io.crmkit.rules.calendar.HolidayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReminderPoliciesTest {
  private static final ReminderPolicy VISITS =
      ReminderPolicies.visitCadence(
          GRADE,
          Map.of(TierCode.of("A"), Period.ofMonths(1), TierCode.of("B"), Period.ofMonths(3)));
  private final PolicyFixture f = new PolicyFixture();

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  private static LocalDateTime nine(String day) {
    return LocalDate.parse(day).atTime(9, 0);
  }

  @Test
  void visitCadence_byTier_plansOnePeriodAfterTheLastContact() {
    f.contactedAt(Instant.parse("2026-03-10T02:00:00Z"));

    List<PlannedReminder> a = VISITS.plan(f.tier("A").on(day("2026-03-15")));
    List<PlannedReminder> b = VISITS.plan(f.tier("B").on(day("2026-03-15")));

    assertThat(VISITS.id()).isEqualTo("visit-cadence:grade");
    assertThat(a)
        .containsExactly(
            PlannedReminder.of(
                "visit:2026-04-10",
                ReminderKind.VISIT,
                nine("2026-04-10"),
                WANG,
                "Visit 华东机电集团 (tier A, every P1M)"));
    assertThat(b).extracting(PlannedReminder::key).containsExactly("visit:2026-06-10");
  }

  @Test
  void visitCadence_pastDue_isPlannedOverdue() {
    f.contactedAt(Instant.parse("2026-03-10T02:00:00Z")).tier("A");

    PlannedReminder visit = VISITS.plan(f.on(day("2026-05-02"))).get(0);

    assertThat(visit.due()).isEqualTo(nine("2026-04-10"));
    assertThat(visit.title()).isEqualTo("Visit 华东机电集团 (tier A): overdue since 2026-04-10");
  }

  @Test
  void visitCadence_neverContacted_countsFromRegistration() {
    assertThat(VISITS.plan(f.tier("A").on(day("2026-01-20"))))
        .extracting(PlannedReminder::key)
        .containsExactly("visit:2026-02-05");
  }

  @Test
  void visitCadence_ungradedTierWithoutCadenceOrUnowned_plansNothing() {
    assertThat(VISITS.plan(f.on(day("2026-03-15")))).isEmpty();
    assertThat(VISITS.plan(f.tier("C").on(day("2026-03-15")))).isEmpty();
    assertThat(VISITS.plan(f.tier("A").unowned().on(day("2026-03-15")))).isEmpty();
    assertThatThrownBy(
            () -> ReminderPolicies.visitCadence(GRADE, Map.of(TierCode.of("A"), Period.ZERO)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("cadence.A"));
  }

  @Test
  void birthdays_lunarLeapMonth_inTheLeapMonthWhenTheYearHasIt_elseTheOrdinaryMonth() {
    ContactId li = f.contact("李", "娜", new Birthday.Lunar(1990, 6, 1, true));
    ReminderPolicy birthdays = ReminderPolicies.birthdays(3);

    PlannedReminder in2025 = birthdays.plan(f.on(day("2025-07-01"))).get(0);
    PlannedReminder in2026 = birthdays.plan(f.on(day("2025-08-01"))).get(0);

    assertThat(in2025.key()).isEqualTo("birthday:" + li + ":2025-07-25");
    assertThat(in2025.due()).isEqualTo(nine("2025-07-22"));
    assertThat(in2025.contact()).isEqualTo(li);
    assertThat(in2025.kind()).isEqualTo(ReminderKind.BIRTHDAY);
    assertThat(in2025.title()).isEqualTo("lunar Birthday of 李娜 on 2025-07-25");
    assertThat(in2026.key()).isEqualTo("birthday:" + li + ":2026-07-14");
  }

  @Test
  void birthdays_29February_on28FebruaryInCommonYears_andSpringFestivalBorn() {
    ContactId leap = f.contact("张", "伟", new Birthday.Solar(1992, 2, 29));
    ContactId spring = f.contact("王", "芳", new Birthday.Lunar(null, 1, 1, false));
    f.contact("赵", "敏", null);
    ReminderPolicy birthdays = ReminderPolicies.birthdays(0);

    assertThat(birthdays.plan(f.on(day("2027-01-10"))))
        .extracting(PlannedReminder::key)
        .containsExactly("birthday:" + leap + ":2027-02-28", "birthday:" + spring + ":2027-02-06");
    assertThat(birthdays.plan(f.on(day("2027-03-01"))))
        .extracting(PlannedReminder::key)
        .containsExactly("birthday:" + leap + ":2028-02-29", "birthday:" + spring + ":2028-01-26");
  }

  @Test
  void contractAnniversariesAndRenewals_plannedFromTheOpenCoverage() {
    f.contract(day("2024-06-01"), day("2027-05-31")).contract(day("2020-01-01"), day("2021-12-31"));

    List<PlannedReminder> anniversaries =
        ReminderPolicies.contractAnniversaries().plan(f.on(day("2026-03-15")));
    List<PlannedReminder> renewals =
        ReminderPolicies.contractRenewals(30).plan(f.on(day("2026-03-15")));

    assertThat(anniversaries)
        .containsExactly(
            PlannedReminder.of(
                "contract-anniversary:2024-06-01:2026-06-01",
                ReminderKind.ANNIVERSARY,
                nine("2026-06-01"),
                WANG,
                "2-year contract anniversary of 华东机电集团 (under contract since 2024-06-01)"));
    assertThat(renewals)
        .containsExactly(
            PlannedReminder.of(
                "contract-renewal:2027-05-31",
                ReminderKind.CONTRACT_RENEWAL,
                nine("2027-05-01"),
                WANG,
                "Renew the contract of 华东机电集团: it ends on 2027-05-31"));
    assertThat(ReminderPolicies.contractAnniversaries().plan(f.on(day("2026-06-01"))))
        .extracting(PlannedReminder::key)
        .containsExactly("contract-anniversary:2024-06-01:2026-06-01");
    assertThat(ReminderPolicies.contractAnniversaries().plan(f.on(day("2027-03-01")))).isEmpty();
  }

  @Test
  void contractRenewals_renewedWithoutAGap_movesToTheNewEnd() {
    f.contract(day("2025-06-01"), day("2026-05-31")).contract(day("2026-06-01"), day("2027-05-31"));

    assertThat(ReminderPolicies.contractRenewals(30).plan(f.on(day("2026-05-10"))))
        .extracting(PlannedReminder::key)
        .containsExactly("contract-renewal:2027-05-31");
    assertThat(ReminderPolicies.contractRenewals(30).plan(f.on(day("2027-06-01")))).isEmpty();
  }

  @Test
  void holidayGreetings_nextOccurrenceOfEachHolidayWithinAYear() {
    HolidayCalendar calendar = HolidayCalendar.standard().withDate("公司周年", MonthDay.of(3, 18));

    List<PlannedReminder> greetings =
        ReminderPolicies.holidayGreetings(calendar, 2).plan(f.on(day("2026-11-01")));

    assertThat(greetings)
        .extracting(PlannedReminder::key)
        .containsExactly(
            "holiday:2027-01-01:元旦",
            "holiday:2027-02-06:春节",
            "holiday:2027-02-20:元宵节",
            "holiday:2027-03-18:公司周年",
            "holiday:2027-06-09:端午节",
            "holiday:2027-09-15:中秋节",
            "holiday:2027-10-01:国庆节",
            "holiday:2027-10-08:重阳节");
    PlannedReminder spring = greetings.get(1);
    assertThat(spring.due()).isEqualTo(nine("2027-02-04"));
    assertThat(spring.kind()).isEqualTo(ReminderKind.HOLIDAY_GREETING);
    assertThat(spring.title()).isEqualTo("Greet 华东机电集团 for 春节 on 2027-02-06");
  }

  @Test
  void followUpAfter_countsFromTheLastContactOrRegistration() {
    ReminderPolicy followUp = ReminderPolicies.followUpAfter(14);

    assertThat(followUp.plan(f.on(day("2026-01-06"))))
        .containsExactly(
            PlannedReminder.of(
                "follow-up:2026-01-19",
                ReminderKind.FOLLOW_UP,
                nine("2026-01-19"),
                WANG,
                "Follow up 华东机电集团 (never contacted)"));
    f.contactedAt(Instant.parse("2026-03-10T02:00:00Z"));
    assertThat(followUp.plan(f.on(day("2026-03-12"))))
        .extracting(PlannedReminder::key, PlannedReminder::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "follow-up:2026-03-24", "Follow up 华东机电集团 (last contact 2026-03-10)"));
    assertThat(followUp.id()).isEqualTo("follow-up-after:14");
    assertThatThrownBy(() -> ReminderPolicies.followUpAfter(0))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void poolRecycleWarnings_onlyInsideTheWarningDays() {
    f.claimedFromPool(
        Instant.parse("2026-03-01T02:00:00Z"), PoolPolicy.UNLIMITED.recycle(30, 0, 5));
    ReminderPolicy warnings = ReminderPolicies.poolRecycleWarnings(RecyclingRule.standard());

    assertThat(warnings.plan(f.on(day("2026-03-25")))).isEmpty();
    assertThat(warnings.plan(f.on(day("2026-03-26"))))
        .containsExactly(
            PlannedReminder.of(
                "pool-recycle:2026-03-31",
                ReminderKind.POOL_RECYCLE_WARNING,
                nine("2026-03-26"),
                WANG,
                "华东机电集团 returns to the public pool on 2026-03-31: "
                    + "no follow-up since 2026-03-01: 30 days end on 2026-03-31"));
    assertThat(warnings.plan(new PolicyFixture().on(day("2026-03-26")))).isEmpty();
  }

  @Test
  void daysBefore_outOfRange_isRefused() {
    assertThatThrownBy(() -> ReminderPolicies.birthdays(-1))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ReminderPolicies.contractRenewals(367))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ReminderPolicies.holidayGreetings(HolidayCalendar.standard(), 400))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void factories_rejectNulls() {
    new NullPointerTester()
        .setDefault(LadderKey.class, GRADE)
        .setDefault(HolidayCalendar.class, HolidayCalendar.standard())
        .setDefault(RecyclingRule.class, RecyclingRule.standard())
        .testAllPublicStaticMethods(ReminderPolicies.class);
  }
}
