package io.crmkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens {@code report.html} in headless Chromium and takes a screenshot, as a reader's browser
 * would render it: the page must load from the file alone and draw its charts. Skipped when no
 * Chromium is on the {@code PATH}, unless the environment variable {@code CRMKIT_REQUIRE_CHROMIUM}
 * is {@code true} ({@code .ci/run} installs Chromium and sets it), in which case a missing Chromium
 * fails the test.
 */
class ReportHtmlScreenshotTest {
  @TempDir Path dir;

  @Test
  void reportHtml_rendersInHeadlessChromium() throws IOException, InterruptedException {
    Optional<Path> chromium = chromium();
    if (Boolean.parseBoolean(System.getenv("CRMKIT_REQUIRE_CHROMIUM"))) {
      assertThat(chromium).as("chromium on the PATH (CRMKIT_REQUIRE_CHROMIUM is true)").isPresent();
    }
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
                // the machine's network is closed: no background, update or sync connections
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
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

    // the charts are drawn: each chart's colour covers a good area of the rendered page
    BufferedImage picture = ImageIO.read(png.toFile());
    assertThat(pixels(picture, 0x4e79a7)).as("Pareto bars (blue)").isGreaterThan(20_000);
    assertThat(pixels(picture, 0xe15759)).as("Pareto curve and point (red)").isGreaterThan(300);
    assertThat(pixels(picture, 0x59a14f)).as("tier bars (green)").isGreaterThan(1_000);
    assertThat(pixels(picture, 0xf28e2b)).as("RFM segment bars (orange)").isGreaterThan(1_000);
  }

  /** How many pixels of the picture have exactly this RGB colour. */
  private static int pixels(BufferedImage picture, int rgb) {
    int count = 0;
    for (int y = 0; y < picture.getHeight(); y++) {
      for (int x = 0; x < picture.getWidth(); x++) {
        if ((picture.getRGB(x, y) & 0xffffff) == rgb) {
          count++;
        }
      }
    }
    return count;
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
