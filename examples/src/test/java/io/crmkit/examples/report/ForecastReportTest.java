package io.crmkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the report's forecast on orders simulated here from the BG/NBD story (heterogeneous purchase
 * rates and drop-out), on the bundled data (where the model is unavailable) and on inputs too thin
 * to fit, and checks the new columns, {@code summary.json} and the terminal against values computed
 * here from the simulated orders and the fitted parameters.
 */
class ForecastReportTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final LocalDate CALIBRATION_END = LocalDate.of(2024, 12, 31);
  private static final LocalDate END = LocalDate.of(2025, 6, 30);
  private static final int WEEKS = 26;
  private static final int P_ALIVE = 16;
  private static final int EXPECTED_ORDERS = 17;
  private static final int EXPECTED_AOV = 18;
  private static final int EXPECTED_CLV = 19;

  @TempDir static Path dir;

  private static Map<String, TreeMap<LocalDate, BigDecimal>> simulated;
  private static ReportRun run;
  private static Path out;

  @BeforeAll
  static void runOnSimulatedOrders() throws IOException {
    simulated = simulate(400, new SplittableRandom(20240101));
    Path orders = dir.resolve("simulated.csv");
    writeOrders(orders, simulated);
    out = dir.resolve("simulated-out");
    run =
        ReportRun.of(
            "--orders",
            orders.toString(),
            "--customer-column",
            "customer",
            "--date-column",
            "date",
            "--amount-column",
            "amount",
            "--currency",
            "EUR",
            "--calibration-end",
            CALIBRATION_END.toString(),
            "--forecast-weeks",
            Integer.toString(WEEKS),
            "--out",
            out.toString());
  }

  @Test
  void simulatedOrders_fitBothModelsAndPrintTheForecastSection() {
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "== Forecast (BG/NBD purchases, Gamma-Gamma spend; fitted on the orders up to "
                + CALIBRATION_END
                + ")")
        .contains("Purchase model: r=")
        .contains("Spend model: p=")
        .contains("Next " + WEEKS + " weeks after " + CALIBRATION_END + ": ")
        .contains("Hold-out 2025-01-01 to " + lastOrder())
        .contains("per-customer correlation 0.")
        .contains("Accounts most likely lost")
        .doesNotContain("NaN")
        .doesNotContain("Infinity");
  }

  @Test
  void accountsCsv_forecastCellsAreInRangeAndEmptyForCustomersWhoStartedInTheHoldout()
      throws IOException {
    List<List<String>> rows = ReportRun.csv(out.resolve("accounts.csv"));
    assertThat(rows.get(0).subList(P_ALIVE, EXPECTED_CLV + 1))
        .containsExactly("p_alive", "expected_orders", "expected_aov", "expected_clv");
    int scored = 0;
    for (List<String> row : rows.subList(1, rows.size())) {
      TreeMap<LocalDate, BigDecimal> days = simulated.get(row.get(0));
      if (days.firstKey().isAfter(CALIBRATION_END)) {
        assertThat(row.subList(P_ALIVE, EXPECTED_CLV + 1)).containsOnly("");
        continue;
      }
      scored++;
      double alive = Double.parseDouble(row.get(P_ALIVE));
      double orders = Double.parseDouble(row.get(EXPECTED_ORDERS));
      BigDecimal aov = new BigDecimal(row.get(EXPECTED_AOV));
      BigDecimal clv = new BigDecimal(row.get(EXPECTED_CLV));
      assertThat(alive).isBetween(0.0, 1.0);
      assertThat(orders).isGreaterThanOrEqualTo(0);
      assertThat(aov).isPositive();
      assertThat(clv.signum()).isNotNegative();
      assertThat(clv.doubleValue())
          .as("discounted CLV of %s is at most the undiscounted revenue", row.get(0))
          .isLessThanOrEqualTo(orders * aov.doubleValue() + 0.01);
      if (days.headMap(CALIBRATION_END, true).size() == 1) {
        assertThat(alive).as("a customer without repeats has not dropped out").isEqualTo(1.0);
      }
    }
    assertThat(scored).isGreaterThan(300);
    assertThat(Files.readString(out.resolve("accounts.csv"))).doesNotContain("NaN");
  }

  @Test
  void accountsCsv_probabilityAlive_matchesTheClosedFormAtTheFittedParameters() throws IOException {
    String json = Files.readString(out.resolve("summary.json"));
    double r = number(json, "r");
    double alpha = number(json, "alpha");
    double a = number(json, "a");
    double b = number(json, "b");
    int checked = 0;
    for (List<String> row : data(out.resolve("accounts.csv"))) {
      TreeMap<LocalDate, BigDecimal> days = simulated.get(row.get(0));
      if (days.firstKey().isAfter(CALIBRATION_END)) {
        continue;
      }
      TreeSet<LocalDate> calibration = new TreeSet<>(days.headMap(CALIBRATION_END, true).keySet());
      int x = calibration.size() - 1;
      if (x == 0) {
        continue;
      }
      double tx = weeks(calibration.first(), calibration.last());
      double t = weeks(calibration.first(), CALIBRATION_END);
      double odds = a / (b + x - 1) * Math.pow((alpha + t) / (alpha + tx), r + x);
      assertThat(Double.parseDouble(row.get(P_ALIVE)))
          .as("P(alive) of %s", row.get(0))
          .isCloseTo(1 / (1 + odds), within(1e-6));
      checked++;
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void summaryJson_totalsAreTheSumsOfTheColumnsAndTheHoldoutIsCountedHere() throws IOException {
    String json = Files.readString(out.resolve("summary.json"));
    List<List<String>> rows = data(out.resolve("accounts.csv"));
    double orders = 0;
    BigDecimal clv = BigDecimal.ZERO;
    int fitted = 0;
    long holdoutDays = 0;
    for (List<String> row : rows) {
      if (!row.get(P_ALIVE).isEmpty()) {
        fitted++;
        orders += Double.parseDouble(row.get(EXPECTED_ORDERS));
        clv = clv.add(new BigDecimal(row.get(EXPECTED_CLV)));
        holdoutDays += simulated.get(row.get(0)).tailMap(CALIBRATION_END, false).size();
      }
    }
    assertThat(json)
        .contains("\"forecast\": {\n    \"available\": true,\n    \"bgnbd\": {")
        .contains("\"gamma_gamma\": {\n      \"p\": ")
        .contains("\"customers_fitted\": " + fitted + ",")
        .contains("\"forecast_weeks\": " + WEEKS)
        .contains("\"monthly_discount_rate\": 0.01")
        .contains("\"expected_clv\": " + clv.toPlainString())
        .contains("\"actual_orders\": " + holdoutDays)
        .doesNotContain("NaN");
    assertThat(number(json, "expected_orders")).isCloseTo(orders, within(rows.size() * 1e-4));
    assertThat(number(json, "log_likelihood")).isNegative();
  }

  @Test
  void reportHtml_drawsExpectedAgainstActualRepeatPurchasesForTheHoldout() throws IOException {
    String html = Files.readString(out.resolve("report.html"));

    assertThat(html)
        .contains("<h2>Forecast</h2>")
        .contains("<polyline class=\"expected\"")
        .contains("<polyline class=\"actual\"")
        .contains("calibration end " + CALIBRATION_END)
        .doesNotContain("NaN");
  }

  @Test
  void noCalibrationEnd_fitsOnEveryOrderUpToTheAnalysisDayWithoutHoldout() throws IOException {
    Path orders = dir.resolve("simulated.csv");
    Path plain = dir.resolve("no-holdout");
    ReportRun noHoldout =
        ReportRun.of(
            "--orders", orders.toString(),
            "--customer-column", "customer",
            "--date-column", "date",
            "--amount-column", "amount",
            "--currency", "EUR",
            "--discount-rate", "0",
            "--out", plain.toString());

    assertThat(noHoldout.exit()).as(noHoldout.err()).isZero();
    LocalDate asOf = LocalDate.parse(lastOrder()).plusDays(1);
    assertThat(noHoldout.out())
        .contains("fitted on the orders up to " + asOf)
        .contains("Next 52 weeks after " + asOf)
        .doesNotContain("Hold-out");
    String json = Files.readString(plain.resolve("summary.json"));
    assertThat(json)
        .contains("\"customers_fitted\": " + simulated.size() + ",")
        .doesNotContain("\"holdout\"");
    assertThat(Files.readString(plain.resolve("report.html"))).contains("No hold-out");
    for (List<String> row : data(plain.resolve("accounts.csv"))) {
      double orders52 = Double.parseDouble(row.get(EXPECTED_ORDERS));
      double aov = Double.parseDouble(row.get(EXPECTED_AOV));
      assertThat(Double.parseDouble(row.get(EXPECTED_CLV)))
          .as("without discount the CLV is the expected revenue")
          .isCloseTo(orders52 * aov, within(0.01 + orders52 * 0.006));
    }
  }

  @Test
  void freeRepeatOrders_spendModelUnavailable_keepsPurchaseColumnsAndSumsGroups()
      throws IOException {
    StringBuilder csv = new StringBuilder("customer,date,amount,parent\n");
    simulated.forEach(
        (customer, days) -> {
          boolean valued = customer.compareTo("c005") < 0;
          String parent =
              customer.compareTo("c000") > 0 && customer.compareTo("c005") < 0 ? "c000" : "";
          days.forEach(
              (day, amount) ->
                  csv.append(customer)
                      .append(',')
                      .append(day)
                      .append(',')
                      .append(valued || day.equals(days.firstKey()) ? amount : "0.00")
                      .append(',')
                      .append(parent)
                      .append('\n'));
        });
    Path orders = dir.resolve("free-repeats.csv");
    Files.writeString(orders, csv, StandardCharsets.UTF_8);
    Path free = dir.resolve("free");
    ReportRun partial =
        runOn(
            orders,
            free,
            "--calibration-end",
            CALIBRATION_END.toString(),
            "--parent-column",
            "parent");

    assertThat(partial.exit()).as(partial.err()).isZero();
    assertThat(partial.out())
        .contains("Purchase model: r=")
        .contains("Spend model unavailable, so no order value or CLV: the spend model")
        .contains("too few customers: Gamma-Gamma needs at least 10");
    assertThat(Files.readString(free.resolve("summary.json")))
        .contains("\"gamma_gamma\": {\n      \"available\": false,\n      \"reason\": \"")
        .doesNotContain("\"expected_clv\"")
        .doesNotContain("NaN");
    Map<String, List<String>> byCustomer = new TreeMap<>();
    for (List<String> row : data(free.resolve("accounts.csv"))) {
      byCustomer.put(row.get(0), row);
      if (!row.get(P_ALIVE).isEmpty()) {
        assertThat(Double.parseDouble(row.get(P_ALIVE))).isBetween(0.0, 1.0);
        assertThat(row.subList(EXPECTED_AOV, EXPECTED_CLV + 1)).containsOnly("");
      }
    }
    List<String> group =
        data(free.resolve("groups.csv")).stream()
            .filter(row -> row.get(0).equals("c000"))
            .findFirst()
            .orElseThrow();
    double groupOrders = 0;
    double allGone = 1;
    for (String member : List.of("c000", "c001", "c002", "c003", "c004")) {
      List<String> row = byCustomer.get(member);
      if (!row.get(P_ALIVE).isEmpty()) {
        groupOrders += Double.parseDouble(row.get(EXPECTED_ORDERS));
        allGone *= 1 - Double.parseDouble(row.get(P_ALIVE));
      }
    }
    assertThat(Double.parseDouble(group.get(EXPECTED_ORDERS))).isCloseTo(groupOrders, within(5e-4));
    assertThat(Double.parseDouble(group.get(P_ALIVE))).isCloseTo(1 - allGone, within(5e-6));
  }

  @Test
  void bundledData_modelUnavailable_isExplainedWithoutNaN() throws IOException {
    Path bundled = dir.resolve("bundled");
    ReportRun plain = ReportRun.of("--out", bundled.toString());

    assertThat(plain.exit()).as(plain.err()).isZero();
    assertThat(plain.out()).contains("The forecast is unavailable: the purchase model (BG/NBD)");
    String json = Files.readString(bundled.resolve("summary.json"));
    assertThat(json).contains("\"forecast\": {\n    \"available\": false,\n    \"reason\": \"");
    assertNoForecastCells(bundled);
  }

  @Test
  void threeCustomers_tooFewToFit_reasonInJsonTerminalAndHtml() throws IOException {
    Path orders = dir.resolve("three.csv");
    Files.writeString(
        orders,
        "customer,date,amount\n"
            + "a,2025-01-02,10\na,2025-02-03,12\nb,2025-01-05,20\nb,2025-03-01,0\n"
            + "c,2025-01-09,5\n",
        StandardCharsets.UTF_8);
    Path three = dir.resolve("three");
    ReportRun thin = runOn(orders, three, "--calibration-end", "2025-02-15");

    assertThat(thin.exit()).as(thin.err()).isZero();
    assertThat(thin.out())
        .contains(
            "The forecast is unavailable: the purchase model (BG/NBD) could not be fitted on the"
                + " orders up to 2025-02-15: too few customers: BG/NBD needs at least 10"
                + " customers but had 3.");
    assertThat(Files.readString(three.resolve("summary.json")))
        .contains("\"available\": false")
        .contains("too few customers: BG/NBD needs at least 10 customers but had 3");
    assertThat(Files.readString(three.resolve("report.html")))
        .contains("The forecast is unavailable: ");
    assertNoForecastCells(three);
  }

  @Test
  void noRepeatPurchases_reasonSaysNobodyBoughtAgain() throws IOException {
    StringBuilder csv = new StringBuilder("customer,date,amount\n");
    for (int i = 0; i < 12; i++) {
      csv.append("c").append(i).append(",2025-01-").append(10 + i).append(",").append(i + 1);
      csv.append('\n');
    }
    Path orders = dir.resolve("once.csv");
    Files.writeString(orders, csv, StandardCharsets.UTF_8);
    Path once = dir.resolve("once");
    ReportRun single = runOn(orders, once);

    assertThat(single.exit()).as(single.err()).isZero();
    assertThat(single.out()).contains("no repeat purchases: none of the 12 customers bought again");
    assertNoForecastCells(once);
  }

  @Test
  void calibrationEndBeforeTheFirstOrder_isADataError() throws IOException {
    ReportRun early =
        runOn(
            dir.resolve("simulated.csv"), dir.resolve("early"), "--calibration-end", "2023-12-31");

    assertThat(early.exit()).isEqualTo(KeyAccountReport.EXIT_DATA);
    assertThat(early.err())
        .contains("'2023-12-31'")
        .contains("a --calibration-end on or after the first order on " + firstOrder());
  }

  @Test
  void calibrationEndOnTheLastOrder_leavesNoHoldoutAndIsADataError() throws IOException {
    ReportRun late =
        runOn(dir.resolve("simulated.csv"), dir.resolve("late"), "--calibration-end", lastOrder());

    assertThat(late.exit()).isEqualTo(KeyAccountReport.EXIT_DATA);
    assertThat(late.err()).contains("a --calibration-end before the end of the hold-out");
  }

  @Test
  void badForecastOptions_areUsageErrors() {
    for (String[] options :
        List.of(
            new String[] {"--forecast-weeks", "-4"},
            new String[] {"--forecast-weeks", "0"},
            new String[] {"--forecast-weeks", "5201"},
            new String[] {"--forecast-weeks", "many"},
            new String[] {"--discount-rate", "-0.01"},
            new String[] {"--discount-rate", "1"},
            new String[] {"--calibration-end", "2024-13-01"})) {
      ReportRun bad = ReportRun.of(options);
      assertThat(bad.exit()).as(String.join(" ", options)).isEqualTo(KeyAccountReport.EXIT_USAGE);
      assertThat(bad.err()).contains(options[0]);
    }
  }

  private static ReportRun runOn(Path orders, Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--orders", orders.toString(),
                "--customer-column", "customer",
                "--date-column", "date",
                "--amount-column", "amount",
                "--currency", "EUR",
                "--out", out.toString()));
    args.addAll(List.of(more));
    return ReportRun.of(args.toArray(String[]::new));
  }

  private static void assertNoForecastCells(Path out) throws IOException {
    for (String file : List.of("accounts.csv", "groups.csv")) {
      List<List<String>> rows = ReportRun.csv(out.resolve(file));
      assertThat(rows.get(0))
          .endsWith("p_alive", "expected_orders", "expected_aov", "expected_clv");
      for (List<String> row : rows.subList(1, rows.size())) {
        assertThat(row.subList(P_ALIVE, EXPECTED_CLV + 1)).containsOnly("");
      }
    }
    for (String file : List.of("accounts.csv", "summary.json", "report.html")) {
      assertThat(Files.readString(out.resolve(file))).as(file).doesNotContain("NaN");
    }
  }

  private static String firstOrder() {
    return simulated.values().stream()
        .map(TreeMap::firstKey)
        .min(LocalDate::compareTo)
        .orElseThrow()
        .toString();
  }

  private static String lastOrder() {
    return simulated.values().stream()
        .map(TreeMap::lastKey)
        .max(LocalDate::compareTo)
        .orElseThrow()
        .toString();
  }

  private static List<List<String>> data(Path csv) throws IOException {
    List<List<String>> rows = ReportRun.csv(csv);
    return rows.subList(1, rows.size());
  }

  /** Returns the first number written for a JSON key. */
  static double number(String json, String key) {
    Matcher m =
        Pattern.compile("\"" + Pattern.quote(key) + "\": (-?[0-9.]+(E-?[0-9]+)?)").matcher(json);
    assertThat(m.find()).as("%s in summary.json", key).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private static double weeks(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) / 7.0;
  }

  /**
   * Simulates the BG/NBD story: customers start in the first 12 weeks; each buys at a rate drawn
   * from Gamma(0.5, 4 weeks) and, after each purchase, drops out with a probability drawn from
   * Beta(1, 3); each purchase's amount varies around the customer's own mean. Purchases on one day
   * are one day with the amounts added.
   */
  static Map<String, TreeMap<LocalDate, BigDecimal>> simulate(
      int customers, SplittableRandom random) {
    Map<String, TreeMap<LocalDate, BigDecimal>> orders = new TreeMap<>();
    long horizon = ChronoUnit.DAYS.between(START, END);
    for (int i = 0; i < customers; i++) {
      double z = random.nextGaussian();
      double rate = z * z / 2 / 4;
      double dropOut = 1 - Math.pow(random.nextDouble(), 1.0 / 3);
      double mean = 20 + 60 * random.nextDouble();
      TreeMap<LocalDate, BigDecimal> days = new TreeMap<>();
      double day = random.nextInt(84);
      while (day <= horizon) {
        double amount = mean * Math.exp(0.3 * random.nextGaussian());
        days.merge(
            START.plusDays((long) day),
            BigDecimal.valueOf(Math.round(amount * 100), 2),
            BigDecimal::add);
        if (random.nextDouble() < dropOut || rate == 0) {
          break;
        }
        day += -Math.log(1 - random.nextDouble()) / rate * 7;
      }
      orders.put(String.format("c%03d", i), days);
    }
    return orders;
  }

  private static void writeOrders(Path file, Map<String, TreeMap<LocalDate, BigDecimal>> orders)
      throws IOException {
    StringBuilder csv = new StringBuilder("customer,date,amount\n");
    orders.forEach(
        (customer, days) ->
            days.forEach(
                (day, amount) ->
                    csv.append(customer)
                        .append(',')
                        .append(day)
                        .append(',')
                        .append(amount.toPlainString())
                        .append('\n')));
    Files.writeString(file, csv, StandardCharsets.UTF_8);
  }
}
