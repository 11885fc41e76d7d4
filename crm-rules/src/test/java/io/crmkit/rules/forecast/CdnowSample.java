package io.crmkit.rules.forecast;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crmkit.core.shared.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CDNOW sample (Fader and Hardie): 2,357 customers who first bought in the first quarter of
 * 1997, with every purchase up to the end of June 1998. The file has no licence, so it is not
 * copied into the project: tests read it from the shared data folder and are skipped when it is
 * absent.
 */
final class CdnowSample {
  static final Path FILE = Path.of("../../shared/data/cdnow/CDNOW_sample.txt");
  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  private CdnowSample() {}

  static void require() {
    assumeTrue(
        Files.isRegularFile(FILE),
        "CDNOW_sample.txt has no licence and is not in the project; put it at "
            + FILE.toAbsolutePath().normalize()
            + " to run this test");
  }

  /** Returns each customer's purchases (sample id → purchases), in file order. */
  static Map<String, List<Purchase>> purchases() {
    Map<String, List<Purchase>> byCustomer = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(FILE, StandardCharsets.US_ASCII)) {
        if (line.isBlank()) {
          continue;
        }
        // original id, sample id, date yyyymmdd, CDs bought, dollars
        String[] cells = line.strip().split("\\s+");
        Money dollars = Money.of(cells[4], "USD");
        byCustomer
            .computeIfAbsent(cells[1], k -> new ArrayList<>())
            .add(new Purchase(LocalDate.parse(cells[2], YYYYMMDD), dollars));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byCustomer;
  }
}
