package io.crmkit.rules.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the CDNOW sample (real CD purchases 1997-01 to 1998-06, Fader and Hardie) at 1998-07-01.
 * The file has no licence, so it is not copied into the project: the test reads it from the shared
 * data folder and is skipped when that folder is absent.
 */
class RfmCdnowDataTest {
  private static final Path SAMPLE = Path.of("../../shared/data/cdnow/CDNOW_sample.txt");
  private static final LocalDate ANALYSIS_DATE = LocalDate.of(1998, 7, 1);
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
  private static List<RfmInput> inputs = List.of();
  private static int orderRows;

  @BeforeAll
  static void aggregate() throws IOException {
    if (!Files.isRegularFile(SAMPLE)) {
      return;
    }
    Map<String, LocalDate> last = new LinkedHashMap<>();
    Map<String, Long> count = new LinkedHashMap<>();
    Map<String, BigDecimal> dollars = new LinkedHashMap<>();
    for (String line : Files.readAllLines(SAMPLE, StandardCharsets.US_ASCII)) {
      if (line.isBlank()) {
        continue;
      }
      // original id, sample id, date yyyymmdd, CDs bought, dollars
      String[] cells = line.strip().split("\\s+");
      String customer = cells[1];
      LocalDate day = LocalDate.parse(cells[2], YYYYMMDD);
      last.merge(customer, day, (a, b) -> a.isAfter(b) ? a : b);
      count.merge(customer, 1L, Long::sum);
      dollars.merge(customer, new BigDecimal(cells[4]), BigDecimal::add);
      orderRows++;
    }
    List<RfmInput> list = new ArrayList<>();
    for (String customer : last.keySet()) {
      list.add(
          new RfmInput(
              customer,
              ChronoUnit.DAYS.between(last.get(customer), ANALYSIS_DATE),
              count.get(customer),
              dollars.get(customer)));
    }
    inputs = List.copyOf(list);
  }

  private static void requireSample() {
    assumeTrue(
        Files.isRegularFile(SAMPLE),
        "CDNOW_sample.txt has no licence and is not in the project; put it at "
            + SAMPLE.toAbsolutePath().normalize()
            + " to run this test");
  }

  private static Map<String, RfmScore> byCustomer(RfmMethod method) {
    return RfmScoring.score(inputs, method, 5).stream()
        .collect(Collectors.toMap(RfmScore::customer, Function.identity()));
  }

  @Test
  void sample_aggregated_has2357CustomersOf6919Orders() {
    requireSample();
    assertThat(orderRows).isEqualTo(6919);
    assertThat(inputs).hasSize(2357);
    RfmInput first = inputs.get(0);
    assertThat(first.customer()).isEqualTo("0001");
    assertThat(first.recencyDays()).isEqualTo(201);
    assertThat(first.frequency()).isEqualTo(4);
    assertThat(first.monetary()).isEqualByComparingTo("100.50");
  }

  @Test
  void quantile_frequency_halfTheCustomersBoughtOnceSoScoreTwoIsUnused() {
    requireSample();
    // 1205 customers have 1 order, 406 have 2, 358 have 3 or 4, 388 have 5 or more; the type 7
    // quantiles are 1, 1, 2, 4, so the breaks are 2, 2, 3, 5
    Map<Integer, Long> sizes =
        byCustomer(RfmMethod.QUANTILE).values().stream()
            .collect(Collectors.groupingBy(RfmScore::frequency, Collectors.counting()));
    assertThat(sizes)
        .containsExactlyInAnyOrderEntriesOf(Map.of(1, 1205L, 3, 406L, 4, 358L, 5, 388L));
    assertThat(byCustomer(RfmMethod.QUANTILE).get("0001").frequency()).isEqualTo(4);
  }

  @Test
  void ntile_2357Customers_twoLargerTilesFirst() {
    requireSample();
    Map<Integer, Long> sizes =
        RfmScoring.score(inputs, RfmMethod.NTILE, 5).stream()
            .collect(Collectors.groupingBy(RfmScore::monetary, Collectors.counting()));
    assertThat(sizes)
        .containsExactlyInAnyOrderEntriesOf(Map.of(1, 472L, 2, 472L, 3, 471L, 4, 471L, 5, 471L));
  }

  @Test
  void ntile_frequency_splitsTheOneOrderCustomersOverThreeTiles() {
    requireSample();
    Set<Integer> tiles =
        RfmScoring.score(inputs, RfmMethod.NTILE, 5).stream()
            .filter(s -> s.input().frequency() == 1)
            .map(RfmScore::frequency)
            .collect(Collectors.toSet());
    assertThat(tiles).containsExactlyInAnyOrder(1, 2, 3);
  }
}
