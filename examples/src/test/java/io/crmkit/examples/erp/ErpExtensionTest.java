package io.crmkit.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmKit;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.reminder.NewReminder;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierChanged;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.spi.TenantDirectory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ErpExtensionTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), SHANGHAI);
  private static final TenantId TENANT = TenantId.of("t");

  private final List<CrmEvent> captured = new ArrayList<>();

  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ErpExtension.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), CLOCK);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_registersTheTextLadderAndTheJavaRuleSideBySide() {
    assertThat(run())
        .contains("rule from text  erp-value@1/value")
        .contains("rule in Java    erp.credit-limit on credit")
        .contains("V-10023  credit limit 800000.00 CNY until 2026-12-15")
        .contains("V-20417  credit limit 50000.00 CNY until 2027-06-13");
  }

  @Test
  void run_forwardsEveryTierChangeWithTheVendorNumberAndTheReason() {
    assertThat(run())
        .contains("ERP ← tier      V-10023 value: none → 钻石  (spend_365d = 580000.00 CNY → 钻石")
        .contains(
            "ERP ← tier      V-10023 credit: none → PREFERRED  (spend_90d = 580000.00 CNY is 72.5%"
                + " of the credit limit 800000.00 CNY")
        .contains("ERP ← tier      V-20417 value: none → 普通")
        .contains(
            "ERP ← tier      V-20417 credit: none → WATCH  (spend_90d = 64000.00 CNY is 128.0%")
        .contains(
            "ERP ← tier      V-20417 credit: WATCH → STANDARD  (spend_90d = 64000.00 CNY is 42.7%"
                + " of the credit limit 150000.00 CNY → STANDARD (within the limit))");
  }

  @Test
  void run_plansBuiltInAndCustomRemindersAndCancelsTheReviewOfTheOldLimit() {
    assertThat(run())
        .contains(
            "planned   V-10023 due 2026-11-25T10:00: Renew the contract of 华东机电集团: it ends on"
                + " 2027-01-09")
        .contains(
            "planned   V-10023 due 2026-11-25T10:00: Review the credit limit of 华东机电集团 with"
                + " finance: 800000.00 CNY expires on 2026-12-15")
        .containsSubsequence(
            "planned   V-20417 due 2027-05-14T09:00: Review the credit limit",
            "6. Finance raises",
            "planned   V-20417 due 2027-10-26T09:00: Review the credit limit of 深圳联创电子 with"
                + " finance: 150000.00 CNY expires on 2027-11-25",
            "cancelled V-20417 due 2027-05-14T09:00");
  }

  @Test
  void run_forwardsEachReminderDueByTheMorningRunOnceWithTheVendorNumber() {
    String output = run();
    String morning = output.substring(output.indexOf("7. The morning run"));

    assertThat(output.split("ERP ← due", -1)).hasSize(3);
    assertThat(morning)
        .contains(
            "ERP ← due       V-10023 wang.fang CONTRACT_RENEWAL, due 2026-11-25T10:00: Renew the"
                + " contract of 华东机电集团")
        .contains(
            "ERP ← due       V-10023 wang.fang CUSTOM, due 2026-11-25T10:00: Review the credit"
                + " limit of 华东机电集团")
        .contains("announced 2\n", "announced again 0\n")
        .doesNotContain("V-20417");
  }

  @Test
  void forwarder_reminderDue_forwardsOwnerKindTitleAndDueOnceWithTheVendorNumber() {
    List<String> received = new ArrayList<>();
    ErpEventForwarder forwarder = new ErpEventForwarder(recording(received));
    CrmKit crm =
        CrmKit.builder()
            .clock(CLOCK)
            .tenants(TenantDirectory.of(TENANT))
            .listener(forwarder)
            .build();
    forwarder.connect(crm);
    CustomerId acme =
        crm.customers()
            .register(
                NewCustomer.organization(TENANT, "Acme").attribute(ErpAttributes.VENDOR_NO, "V-1"));
    UserRef li = UserRef.of("li.lei");
    LocalDate today = LocalDate.of(2026, 11, 25);
    crm.reminders()
        .schedule(
            NewReminder.of(
                    TENANT, li, ReminderKind.FOLLOW_UP, "Call back", today.atTime(18, 0), SHANGHAI)
                .customer(acme));
    crm.reminders()
        .schedule(
            NewReminder.of(
                TENANT, li, ReminderKind.CUSTOM, "Team meeting", today.atTime(19, 0), SHANGHAI));
    crm.reminders()
        .schedule(
            NewReminder.of(
                    TENANT,
                    li,
                    ReminderKind.VISIT,
                    "Visit",
                    today.plusDays(1).atTime(9, 0),
                    SHANGHAI)
                .customer(acme));

    crm.reminders().announceDue(TENANT, today);
    crm.reminders().announceDue(TENANT, today);

    assertThat(received)
        .containsExactly(
            "V-1 li.lei FOLLOW_UP Call back 2026-11-25T18:00+08:00[Asia/Shanghai]",
            "- li.lei CUSTOM Team meeting 2026-11-25T19:00+08:00[Asia/Shanghai]");
  }

  @Test
  void creditRule_limitExpired_putsTheAccountOnWatch() {
    LadderKey credit = CreditLimitTieringRule.LADDER;
    CrmKit crm =
        CrmKit.builder()
            .clock(CLOCK)
            .tenants(TenantDirectory.of(TENANT))
            .tieringRule(CreditLimitTieringRule.preferredFrom(Money.of("500000", "CNY")))
            .build();
    crm.tiers().defineLadder(TierLadder.ranked(TENANT, credit, "WATCH", "STANDARD", "PREFERRED"));
    CustomerId expired =
        crm.customers()
            .register(
                NewCustomer.organization(TENANT, "Expired Ltd")
                    .attribute(ErpAttributes.CREDIT_LIMIT, Money.of("900000", "CNY"))
                    .attribute(ErpAttributes.CREDIT_LIMIT_UNTIL, LocalDate.of(2026, 11, 24)));
    CustomerId none = crm.customers().register(NewCustomer.organization(TENANT, "No Limit Ltd"));

    assertThat(crm.tiers().reevaluate(TENANT, expired).get(0).decision().reason())
        .isEqualTo("credit limit expired on 2026-11-24 → WATCH");
    assertThat(crm.tiers().reevaluate(TENANT, none).get(0).decision().reason())
        .isEqualTo("no credit limit on file → WATCH");
    assertThat(crm.tiers().tierOf(TENANT, expired, credit)).contains(TierCode.of("WATCH"));
  }

  @Test
  void creditReviewPolicy_daysBeforeOutOfRange_isRefused() {
    assertThatThrownBy(() -> CreditReviewPolicy.daysBefore(367))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("daysBefore must be between 0 and 366")
        .hasMessageContaining("367");
  }

  @Test
  void forwarder_notConnected_refusesToForwardATierChange() {
    List<String> received = new ArrayList<>();
    ErpEventForwarder forwarder = new ErpEventForwarder(recording(received));
    CrmKit crm =
        CrmKit.builder()
            .clock(CLOCK)
            .tenants(TenantDirectory.of(TENANT))
            .tieringRule(CreditLimitTieringRule.preferredFrom(Money.of("500000", "CNY")))
            .listener(event -> captured.add(event))
            .build();
    crm.tiers()
        .defineLadder(
            TierLadder.ranked(
                TENANT, CreditLimitTieringRule.LADDER, "WATCH", "STANDARD", "PREFERRED"));
    CustomerId id = crm.customers().register(NewCustomer.organization(TENANT, "Acme"));
    crm.tiers().reevaluate(TENANT, id);
    TierChanged changed =
        captured.stream()
            .filter(TierChanged.class::isInstance)
            .map(TierChanged.class::cast)
            .findFirst()
            .orElseThrow();

    assertThatThrownBy(() -> forwarder.on(changed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("connect the forwarder");
    forwarder.connect(crm);
    forwarder.on(changed);
    assertThat(received).containsExactly("- credit null → WATCH");
  }

  private static ErpHost recording(List<String> received) {
    return new ErpHost() {
      @Override
      public void tierChanged(
          String vendorNo, LadderKey ladder, @Nullable TierCode from, TierCode to, String reason) {
        received.add(vendorNo + " " + ladder + " " + from + " → " + to);
      }

      @Override
      public void reminderDue(
          String vendorNo, UserRef owner, ReminderKind kind, String title, ZonedDateTime due) {
        received.add(vendorNo + " " + owner + " " + kind + " " + title + " " + due);
      }
    };
  }
}
