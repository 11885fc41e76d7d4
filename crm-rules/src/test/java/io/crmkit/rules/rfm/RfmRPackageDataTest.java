package io.crmkit.rules.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores {@code rfm_data_orders.csv} of the R package {@code rfm} (MIT, simulated; see {@code
 * rfm-r-package/LICENSE-NOTICE.txt}) at the package's analysis date, 2006-12-31.
 */
class RfmRPackageDataTest {
  private static final LocalDate ANALYSIS_DATE = LocalDate.of(2006, 12, 31);
  private static List<RfmInput> inputs;
  private static int orderRows;

  @BeforeAll
  static void aggregate() throws IOException {
    Map<String, LocalDate> last = new LinkedHashMap<>();
    Map<String, Long> count = new LinkedHashMap<>();
    Map<String, BigDecimal> revenue = new LinkedHashMap<>();
    try (InputStream in =
            RfmRPackageDataTest.class.getResourceAsStream("/rfm-r-package/rfm_data_orders.csv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      assertThat(reader.readLine()).startsWith("customer_id,order_date,revenue");
      String line;
      while ((line = reader.readLine()) != null) {
        String[] cells = line.split(",", -1);
        String customer = cells[0];
        LocalDate day = LocalDate.parse(cells[1]);
        last.merge(customer, day, (a, b) -> a.isAfter(b) ? a : b);
        count.merge(customer, 1L, Long::sum);
        revenue.merge(customer, new BigDecimal(cells[2]), BigDecimal::add);
        orderRows++;
      }
    }
    List<RfmInput> list = new ArrayList<>();
    for (String customer : last.keySet()) {
      list.add(
          new RfmInput(
              customer,
              ChronoUnit.DAYS.between(last.get(customer), ANALYSIS_DATE),
              count.get(customer),
              revenue.get(customer)));
    }
    inputs = List.copyOf(list);
  }

  private static Map<String, RfmScore> byCustomer(RfmMethod method) {
    return RfmScoring.score(inputs, method, 5).stream()
        .collect(Collectors.toMap(RfmScore::customer, Function.identity()));
  }

  @Test
  void data_aggregated_has995CustomersOf4906Orders() {
    assertThat(orderRows).isEqualTo(4906);
    assertThat(inputs).hasSize(995);
    assertThat(inputs.stream().mapToLong(RfmInput::frequency).sum()).isEqualTo(4906);
  }

  @Test
  void quantile_readmeCustomers_matchTheRawValuesAndScoresThePackagePublishes() {
    // the first ten rows printed by rfm_table_order(rfm_data_orders, ..., analysis_date) in the
    // README of rsquaredacademy/rfm; that data named some customers with a suffix ("DVM", "Sr.")
    Map<String, RfmScore> scores = byCustomer(RfmMethod.QUANTILE);
    Object[][] readme = {
      {"Abbey O'Reilly", 205, 6, 472, 343},
      {"Add Senger", 140, 3, 340, 412},
      {"Aden Lesch", 194, 4, 405, 323},
      {"Admiral Senger", 132, 5, 448, 433},
      {"Agness O'Keefe", 90, 9, 843, 555},
      {"Aileen Barton", 84, 9, 763, 555},
      {"Ailene Hermann", 281, 8, 699, 355},
      {"Aiyanna Bruen", 246, 4, 157, 321},
      {"Ala Schmidt", 349, 3, 363, 212},
      {"Alannah Borer", 619, 4, 196, 121},
    };
    for (Object[] row : readme) {
      RfmScore score = scores.get((String) row[0]);
      assertThat(score).as("%s", row[0]).isNotNull();
      assertThat(score.input().recencyDays()).as("%s recency", row[0]).isEqualTo((int) row[1]);
      assertThat(score.input().frequency()).as("%s orders", row[0]).isEqualTo((int) row[2]);
      assertThat(score.input().monetary())
          .as("%s revenue", row[0])
          .isEqualByComparingTo(BigDecimal.valueOf((int) row[3]));
      assertThat(score.cell()).as("%s rfm_score", row[0]).isEqualTo((int) row[4]);
    }
  }

  @Test
  void quantile_allCustomers_scoreOneToFiveAndUseEveryScore() {
    for (RfmScore s : byCustomer(RfmMethod.QUANTILE).values()) {
      assertThat(List.of(s.recency(), s.frequency(), s.monetary()))
          .allSatisfy(v -> assertThat(v).isBetween(1, 5));
    }
    assertThat(byCustomer(RfmMethod.QUANTILE).values().stream().map(RfmScore::recency))
        .containsOnly(1, 2, 3, 4, 5);
  }

  @Test
  void ntile_995Customers_tilesOf199() {
    List<RfmScore> scores = RfmScoring.score(inputs, RfmMethod.NTILE, 5);
    for (Function<RfmScore, Integer> measure :
        List.<Function<RfmScore, Integer>>of(
            RfmScore::recency, RfmScore::frequency, RfmScore::monetary)) {
      Map<Integer, Long> sizes =
          scores.stream().collect(Collectors.groupingBy(measure, Collectors.counting()));
      assertThat(sizes)
          .containsOnlyKeys(1, 2, 3, 4, 5)
          .allSatisfy((k, v) -> assertThat(v).isEqualTo(199));
    }
  }

  @Test
  void ntile_recencyTiles_orderedByDaysSinceLastOrder() {
    Map<Integer, List<Long>> days =
        RfmScoring.score(inputs, RfmMethod.NTILE, 5).stream()
            .collect(
                Collectors.groupingBy(
                    RfmScore::recency,
                    Collectors.mapping(s -> s.input().recencyDays(), Collectors.toList())));
    for (int tile = 1; tile < 5; tile++) {
      long leastInTile = days.get(tile).stream().mapToLong(Long::longValue).min().orElseThrow();
      long mostInNext = days.get(tile + 1).stream().mapToLong(Long::longValue).max().orElseThrow();
      assertThat(leastInTile)
          .as("tile %d against %d", tile, tile + 1)
          .isGreaterThanOrEqualTo(mostInNext);
    }
  }

  @Test
  void standardSegments_quantileScores_nameEveryCustomer() {
    RfmSegmentTable table = RfmSegmentTable.standard();
    Map<String, Long> sizes =
        RfmScoring.score(inputs, RfmMethod.QUANTILE, 5).stream()
            .collect(Collectors.groupingBy(table::segmentOf, Collectors.counting()));
    assertThat(sizes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(995);
    assertThat(sizes).containsKeys("Champions", "Lost");
  }
}
