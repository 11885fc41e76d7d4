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

  @Test
  void run_printsTheAccountFactsAndTheRefusedInput() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    Quickstart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock);

    String out = bytes.toString(StandardCharsets.UTF_8);
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
}
