package io.crmkit.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuickstartTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Quickstart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), CLOCK);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_printsTheAccountFactsAndTheRefusedInput() {
    String out = run();

    assertThat(out)
        .contains("spend, last 30 days     128000.00 CNY")
        .contains("spend, last 365 days    174500.00 CNY")
        .contains("orders, lifetime        2")
        .contains("largest order           128000.00 CNY")
        .contains("continuous contract     2 years")
        .contains("last contact            VISIT, next on 2026-12-25")
        .contains("average satisfaction    5.00")
        .contains("refused contactPoints[0].phone")
        .contains("refused contactPoints[1].email")
        .contains("CustomerRegistered")
        .contains("ActivityRecorded");
  }

  @Test
  void run_tierRuleGradesTheGroupOnItsSubsidiarysOrdersToo() {
    String out = run();

    assertThat(out)
        .contains("event  TierChanged on grade: none → A")
        .contains(
            "grade ASSIGNED: spend_365d = 174500.00 CNY, orders_365d = 2 → A"
                + " (spend_365d >= 100000.00 CNY and orders_365d >= 2)");
  }

  @Test
  void run_listsTheManagersRemindersDueTodayThenByDay() {
    String out = run();

    assertThat(out)
        .contains("scheduled 4 reminders")
        .containsSubsequence(
            "due today       Birthday of 赵敏 on 2026-11-27",
            "due 2026-12-25  Visit 华东机电集团 (tier A, every P1M)",
            "due 2027-01-25  Renew the contract of 华东机电集团: it ends on 2027-05-25")
        // the buyer's lunar birthday (中秋, 2027-09-15) is planned but more than 90 days away
        .doesNotContain("Birthday of 李娜")
        .contains("event  ReminderEvent scheduled");
  }
}
