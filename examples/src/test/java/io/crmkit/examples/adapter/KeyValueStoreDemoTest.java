package io.crmkit.examples.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyValueStoreDemoTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  @TempDir Path directory;

  private String run(Path file) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    KeyValueStoreDemo.run(file, CLOCK, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_twice_secondRunReadsTheFirstRunsCustomerFromTheFile() {
    Path file = directory.resolve("crm.kv");

    String first = run(file);
    String second = run(file);

    assertThat(first).contains("registered 客户 1").contains("客户 1  spend 1000.00 CNY");
    assertThat(first).doesNotContain("客户 2");
    assertThat(second)
        .contains("registered 客户 2")
        .contains("客户 1  spend 1000.00 CNY")
        .contains("客户 2  spend 1000.00 CNY");
  }
}
