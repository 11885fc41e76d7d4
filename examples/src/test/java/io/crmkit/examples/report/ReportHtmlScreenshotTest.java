package io.crmkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens {@code report.html} in headless Chromium and takes a screenshot, as a reader's browser
 * would render it: the page must load from the file alone and draw its charts. Skipped when no
 * Chromium is on the {@code PATH}.
 */
class ReportHtmlScreenshotTest {
  @TempDir Path dir;

  @Test
  void reportHtml_rendersInHeadlessChromium() throws IOException, InterruptedException {
    Optional<Path> chromium = chromium();
    assumeTrue(chromium.isPresent(), "no chromium or chromium-browser on the PATH");
    Path out = dir.resolve("out");
    assertThat(ReportRun.of("--out", out.toString()).exit()).isZero();
    Path png = dir.resolve("report.png");

    Process process =
        new ProcessBuilder(
                chromium.get().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--user-data-dir=" + dir.resolve("profile"),
                "--window-size=1000,1400",
                "--screenshot=" + png,
                out.resolve("report.html").toUri().toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromium.log").toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();

    assertThat(png).exists();
    byte[] image = Files.readAllBytes(png);
    assertThat(Arrays.copyOf(image, 8))
        .containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    assertThat(image.length).as("a page with charts, not a blank one").isGreaterThan(30_000);
  }

  private static Optional<Path> chromium() {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(folder, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
