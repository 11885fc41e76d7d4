package io.crmkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the report on the bundled orders of the R package rfm and checks what it prints and writes
 * against totals computed here, independently of crmkit, from the bundled file.
 */
class KeyAccountReportTest {
  private static final String HEADER =
      "customer,parent,orders,revenue,share,cumulative_share,abc_class,recency_days,rfm_r,rfm_f,"
          + "rfm_m,rfm_segment,tier,lifecycle_stage,key_account,key_account_reasons,"
          + "p_alive,expected_orders,expected_aov,expected_clv";

  @TempDir static Path out;

  private static ReportRun run;
  private static Map<String, BigDecimal> revenue;
  private static Map<String, Integer> orders;

  @BeforeAll
  static void runOnTheBundledData() throws IOException {
    revenue = new HashMap<>();
    orders = new HashMap<>();
    try (InputStream in = KeyAccountReport.class.getResourceAsStream(KeyAccountReport.BUNDLED);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      lines.readLine();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] cells = line.split(",");
        revenue.merge(cells[0], new BigDecimal(cells[2]), BigDecimal::add);
        orders.merge(cells[0], 1, Integer::sum);
      }
    }
    run = ReportRun.of("--out", out.toString());
  }

  @Test
  void run_withoutArguments_printsEverySectionOfTheReport() {
    ReportRun plain = ReportRun.of();

    assertThat(plain.exit()).isEqualTo(KeyAccountReport.EXIT_OK);
    assertThat(plain.err()).isEmpty();
    assertThat(plain.out())
        .contains("Key-account report as of 2006-12-31 (amounts in USD)")
        .contains("Input: 4906 rows, 0 filtered out, 0 rejected, 4906 orders of 995 customers")
        .contains("Total revenue: 464158.00 USD")
        .contains("== Top accounts by revenue")
        .contains("   1  Kizzy Doyle")
        .contains("== ABC classes and the Pareto point")
        .contains("== Key accounts")
        .contains("== Tiers (rule: A: spend_lifetime >= ")
        .contains("== RFM segments")
        .contains("Champions")
        .contains("== Lifecycle stages")
        .contains("== Reminders due in the next 14 days");
  }

  @Test
  void accountsCsv_hasTheContractHeaderAndOneRowPerCustomerWithIndependentTotals()
      throws IOException {
    List<List<String>> rows = ReportRun.csv(out.resolve("accounts.csv"));

    assertThat(String.join(",", rows.get(0))).isEqualTo(HEADER);
    List<List<String>> data = rows.subList(1, rows.size());
    assertThat(data).hasSize(revenue.size()).hasSize(995);
    for (List<String> row : data) {
      assertThat(new BigDecimal(row.get(3)))
          .as("revenue of %s", row.get(0))
          .isEqualByComparingTo(revenue.get(row.get(0)));
      assertThat(Integer.parseInt(row.get(2))).isEqualTo(orders.get(row.get(0)));
      assertThat(row.get(3)).matches("[0-9]+(\\.[0-9]+)?");
      assertThat(Integer.parseInt(row.get(8))).isBetween(1, 5);
      assertThat(row.get(12)).isIn("A", "B", "C");
      assertThat(row.get(13)).isNotEmpty();
    }
    List<BigDecimal> revenues = data.stream().map(r -> new BigDecimal(r.get(3))).toList();
    assertThat(revenues).isSortedAccordingTo(Comparator.reverseOrder());
    BigDecimal total = revenues.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(total).isEqualByComparingTo("464158");
    assertThat(new BigDecimal(data.get(data.size() - 1).get(5))).isEqualByComparingTo("1");
    assertThat(data.get(0).get(0)).isEqualTo("Kizzy Doyle");
    assertThat(data.get(0).get(3)).isEqualTo("1488.00");
    assertThat(data.get(0).get(4)).isEqualTo(share(new BigDecimal("1488"), total));
  }

  @Test
  void abcClassesAndParetoPoint_matchACountMadeHereFromTheSortedRevenues() throws IOException {
    List<List<String>> data = dataRows("accounts.csv");
    List<BigDecimal> sorted = revenue.values().stream().sorted(Comparator.reverseOrder()).toList();
    BigDecimal total = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal target = total.multiply(new BigDecimal("0.8"));
    int accounts = 0;
    BigDecimal running = BigDecimal.ZERO;
    while (running.compareTo(target) < 0) {
      running = running.add(sorted.get(accounts++));
    }

    long classA = data.stream().filter(r -> r.get(6).equals("A")).count();
    assertThat(classA).isEqualTo(accounts);
    String summary = Files.readString(out.resolve("summary.json"));
    assertThat(summary)
        .contains("\"total_revenue\": 464158.00")
        .contains("\"customers\": 995")
        .contains("\"accounts\": " + accounts)
        .contains("\"A\": " + classA);
    assertThat(run.out()).contains("Customers: " + accounts + " of 995");
  }

  @Test
  void summaryJson_countsEveryTierSegmentAndStageOfAccountsCsv() throws IOException {
    List<List<String>> data = dataRows("accounts.csv");
    String summary = Files.readString(out.resolve("summary.json"));

    for (int column : List.of(11, 12, 13)) {
      Map<String, Long> counts =
          data.stream()
              .collect(
                  Collectors.groupingBy(r -> r.get(column), TreeMap::new, Collectors.counting()));
      counts.forEach(
          (value, count) -> assertThat(summary).contains(jsonString(value) + ": " + count));
    }
    assertThat(summary.strip()).startsWith("{").endsWith("}");
    assertThat(summary).contains("\"rfm_segments\": {\n    \"Champions\": ");
  }

  @Test
  void groupsRemindersAndRejects_haveTheirHeadersAndRows() throws IOException {
    List<List<String>> groups = ReportRun.csv(out.resolve("groups.csv"));
    assertThat(String.join(",", groups.get(0))).isEqualTo(HEADER);
    assertThat(groups).hasSize(996);

    List<List<String>> reminders = ReportRun.csv(out.resolve("reminders.csv"));
    assertThat(reminders.get(0)).isEqualTo(ReportFiles.REMINDER_HEADER);
    assertThat(reminders).hasSizeGreaterThan(1);
    for (List<String> reminder : reminders.subList(1, reminders.size())) {
      assertThat(reminder.get(0)).startsWith("2006-12-31").as("overdue visits are due now");
      assertThat(reminder.get(1)).isEqualTo("VISIT");
      assertThat(reminder.get(3)).isEqualTo(Analysis.MANAGER.toString());
      assertThat(revenue).containsKey(reminder.get(2));
    }
    String summary = Files.readString(out.resolve("summary.json"));
    assertThat(summary).contains("\"reminders\": " + (reminders.size() - 1));

    assertThat(ReportRun.csv(out.resolve("rejects.csv")))
        .containsExactly(ReportFiles.REJECT_HEADER);
  }

  @Test
  void reportHtml_drawsBothChartsAsInlineSvgAndLoadsNothing() throws IOException {
    String html = Files.readString(out.resolve("report.html"));

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">");
    assertThat(html.split("<svg ", -1)).hasSize(4);
    assertThat(html).contains("<polyline class=\"pareto-curve\"");
    assertThat(html.split("<rect class=\"bar\"", -1)).hasSize(HtmlReport.PARETO_BARS + 1);
    assertThat(html).contains("<polyline class=\"cumulative\"");
    assertThat(html.split("<rect class=\"tier\"", -1)).hasSize(4);
    assertThat(html).contains("<rect class=\"rfm-segment\"").contains("Kizzy Doyle");
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("@import")
        .doesNotContain("url(");
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
  }

  @Test
  void rfmMethodNtile_cutsCustomersIntoFiveEqualTiles() throws IOException {
    Path dir = out.resolve("ntile");
    ReportRun ntile = ReportRun.of("--rfm-method", "ntile", "--out", dir.toString());

    assertThat(ntile.exit()).isZero();
    Map<String, Long> perScore =
        dataRows(dir, "accounts.csv").stream()
            .collect(Collectors.groupingBy(r -> r.get(10), Collectors.counting()));
    assertThat(perScore).containsOnlyKeys("1", "2", "3", "4", "5").containsValue(199L);
  }

  @Test
  void rfmSegmentsFile_replacesTheBuiltInTableAndUnmatchedScoresAreOthers() throws IOException {
    Path table = out.resolve("segments.csv");
    Files.writeString(
        table,
        String.join(
            "\n",
            "priority,segment,recency_lower,recency_upper,frequency_lower,frequency_upper,"
                + "monetary_lower,monetary_upper",
            "1,Best,5,5,4,5,4,5",
            "2,Sleeping,1,2,1,5,1,5"));
    Path dir = out.resolve("segments");

    ReportRun custom = ReportRun.of("--rfm-segments", table.toString(), "--out", dir.toString());

    assertThat(custom.exit()).isZero();
    List<List<String>> data = dataRows(dir, "accounts.csv");
    assertThat(data).extracting(r -> r.get(11)).containsOnly("Best", "Sleeping", "Others");
    for (List<String> row : data) {
      int r = Integer.parseInt(row.get(8));
      int f = Integer.parseInt(row.get(9));
      int m = Integer.parseInt(row.get(10));
      String expected = r == 5 && f >= 4 && m >= 4 ? "Best" : r <= 2 ? "Sleeping" : "Others";
      assertThat(row.get(11)).isEqualTo(expected);
    }
  }

  @Test
  void help_listsEveryContractOption() {
    ReportRun help = ReportRun.of("--help");

    assertThat(help.exit()).isZero();
    for (String option :
        List.of(
            "--orders",
            "--customer-column",
            "--date-column",
            "--amount-column",
            "--currency-column",
            "--currency",
            "--parent-column",
            "--accounts",
            "--account-key-column",
            "--filter",
            "--date-format",
            "--as-of",
            "--rfm-method",
            "--rfm-segments",
            "--calibration-end",
            "--forecast-weeks",
            "--discount-rate",
            "--out",
            "--store",
            "--strict",
            "--format",
            "--help",
            "--version")) {
      assertThat(help.out()).contains(option);
    }
    assertThat(help.out()).contains("1% a month");
  }

  @Test
  void help_everyDescriptionFormats_picocliWarnsOnNone() {
    // picocli prints "[picocli WARN] Could not format …" to System.err for a lone % in a
    // description
    java.io.PrintStream systemErr = System.err;
    java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      ReportRun.of("--help");
    } finally {
      System.setErr(systemErr);
    }
    assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("Could not format");
  }

  @Test
  void version_printsTheBuildVersion() {
    ReportRun version = ReportRun.of("--version");

    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("key-account-report 0.").doesNotContain("${");
  }

  @Test
  void asOf_movesTheAnalysisDayAndRecency() throws IOException {
    Path dir = out.resolve("as-of");
    ReportRun later = ReportRun.of("--as-of", "2007-12-31", "--out", dir.toString());

    assertThat(later.exit()).isZero();
    assertThat(later.out()).contains("as of 2007-12-31");
    Map<String, Long> before = recency(dataRows("accounts.csv"));
    Map<String, Long> after = recency(dataRows(dir, "accounts.csv"));
    before.forEach((customer, days) -> assertThat(after.get(customer)).isEqualTo(days + 365));
  }

  private static Map<String, Long> recency(List<List<String>> rows) {
    Map<String, Long> recency = new HashMap<>();
    rows.forEach(r -> recency.put(r.get(0), Long.parseLong(r.get(7))));
    return recency;
  }

  private static List<List<String>> dataRows(String file) throws IOException {
    return dataRows(out, file);
  }

  private static List<List<String>> dataRows(Path dir, String file) throws IOException {
    List<List<String>> rows = new ArrayList<>(ReportRun.csv(dir.resolve(file)));
    return rows.subList(1, rows.size());
  }

  private static String share(BigDecimal part, BigDecimal total) {
    return part.divide(total, 6, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String jsonString(String value) {
    StringBuilder text = new StringBuilder();
    SummaryJson.string(text, value);
    return text.toString();
  }
}
