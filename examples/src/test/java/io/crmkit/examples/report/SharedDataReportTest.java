package io.crmkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the report over the shared public data sets with the command lines the README documents, and
 * checks counts and totals computed here from the raw files. Skipped when {@code ../../shared/data}
 * is absent.
 */
class SharedDataReportTest {
  private static final Path DATA = Path.of("../../shared/data");

  @TempDir Path out;

  @Test
  void cdnow_wholePurchaseHistory_isReportedWithIndependentTotals() throws IOException {
    Path file = DATA.resolve("cdnow/CDNOW_master.txt");
    assumeTrue(Files.isRegularFile(file), "shared data set absent: " + file);
    long rows = 0;
    Set<String> customers = new HashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
      String[] cells = line.strip().split("\\s+");
      if (cells.length == 4) {
        rows++;
        customers.add(cells[0]);
        total = total.add(new BigDecimal(cells[3]));
      }
    }

    ReportRun run =
        ReportRun.of(
            "--orders", file.toString(),
            "--format", "whitespace",
            "--customer-column", "1",
            "--date-column", "2",
            "--amount-column", "4",
            "--date-format", "yyyyMMdd",
            "--currency", "USD",
            "--out", out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(rows).isEqualTo(69_659);
    assertThat(run.out())
        .contains("as of 1998-07-01")
        .contains(
            "Input: "
                + rows
                + " rows, 0 filtered out, 0 rejected, "
                + rows
                + " orders of "
                + customers.size()
                + " customers")
        .contains("Total revenue: " + total.setScale(2).toPlainString() + " USD");
    assertThat(ReportRun.csv(out.resolve("accounts.csv"))).hasSize(customers.size() + 1);
    assertThat(Files.readString(out.resolve("summary.json")))
        .contains("\"total_revenue\": " + total.setScale(2).toPlainString());
  }

  @Test
  void cdnowSample_calibratedTo1997_09_30_reproducesThePublishedBgNbdParameters()
      throws IOException {
    Path file = DATA.resolve("cdnow/CDNOW_sample.txt");
    assumeTrue(Files.isRegularFile(file), "shared data set absent: " + file);
    long rows = 0;
    long free = 0;
    Set<String> holdoutDays = new HashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
      // original id, sample id, date yyyyMMdd, CDs, dollars
      String[] cells = line.strip().split("\\s+");
      if (cells.length == 5) {
        rows++;
        if (new BigDecimal(cells[4]).signum() == 0) {
          free++;
        }
        if (cells[2].compareTo("19970930") > 0) {
          holdoutDays.add(cells[0] + " " + cells[2]);
        }
      }
    }

    ReportRun run =
        ReportRun.of(
            "--orders", file.toString(),
            "--format", "whitespace",
            "--customer-column", "1",
            "--date-column", "3",
            "--amount-column", "5",
            "--date-format", "yyyyMMdd",
            "--currency", "USD",
            "--calibration-end", "1997-09-30",
            "--forecast-weeks", "39",
            "--out", out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(free).as("$0.00 orders count as purchases, as in the paper").isPositive();
    assertThat(run.out())
        .contains("Input: " + rows + " rows, 0 filtered out, 0 rejected, " + rows + " orders")
        .contains("Purchase model: r=0.24")
        .contains(" alpha=4.41")
        .contains("2357 customers")
        .contains("Hold-out 1997-10-01 to 1998-06-30 (39.0 weeks)");
    String json = Files.readString(out.resolve("summary.json"));
    assertThat(ForecastReportTest.number(json, "r")).isCloseTo(0.243, within(0.0005));
    assertThat(ForecastReportTest.number(json, "alpha")).isCloseTo(4.414, within(0.0005));
    assertThat(ForecastReportTest.number(json, "a")).isCloseTo(0.793, within(0.0005));
    assertThat(ForecastReportTest.number(json, "b")).isCloseTo(2.426, within(0.0005));
    assertThat(ForecastReportTest.number(json, "log_likelihood")).isCloseTo(-9582.4, within(0.05));
    assertThat(ForecastReportTest.number(json, "p")).isCloseTo(6.25, within(0.005));
    assertThat(ForecastReportTest.number(json, "q")).isCloseTo(3.74, within(0.005));
    assertThat(json)
        .contains("\"customers_fitted\": 2357,")
        .contains("\"actual_orders\": " + holdoutDays.size() + ",");
    assertThat(ForecastReportTest.number(json, "predicted_orders"))
        .isCloseTo(holdoutDays.size(), within(0.2 * holdoutDays.size()));
    assertThat(Files.readString(out.resolve("report.html"))).contains("class=\"expected\"");
  }

  @Test
  void mavenCrm_wonDealsWithAccountsFile_rollsSubsidiariesIntoGroups() throws IOException {
    Path folder = DATA.resolve("maven-crm-sales-opportunities");
    Path pipeline = folder.resolve("sales_pipeline.csv");
    Path accountsFile = folder.resolve("accounts.csv");
    assumeTrue(Files.isRegularFile(pipeline), "shared data set absent: " + pipeline);
    long won = 0;
    long blankAccount = 0;
    BigDecimal total = BigDecimal.ZERO;
    Set<String> customers = new HashSet<>();
    for (CSVRecord deal : records(pipeline)) {
      if (deal.get("deal_stage").equals("Won")) {
        won++;
        if (deal.get("account").isBlank()) {
          blankAccount++;
        } else {
          customers.add(deal.get("account"));
          total = total.add(new BigDecimal(deal.get("close_value")));
        }
      }
    }
    long topLevel = 0;
    for (CSVRecord account : records(accountsFile)) {
      customers.add(account.get("account"));
      if (account.get("subsidiary_of").isBlank()) {
        topLevel++;
      }
    }

    ReportRun run =
        ReportRun.of(
            "--orders", pipeline.toString(),
            "--filter", "deal_stage=Won",
            "--customer-column", "account",
            "--date-column", "close_date",
            "--amount-column", "close_value",
            "--currency", "USD",
            "--accounts", accountsFile.toString(),
            "--account-key-column", "account",
            "--parent-column", "subsidiary_of",
            "--out", out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "Input: 8800 rows, "
                + (8800 - won)
                + " filtered out, "
                + blankAccount
                + " rejected, "
                + (won - blankAccount)
                + " orders of "
                + customers.size()
                + " customers in "
                + topLevel
                + " groups")
        .contains("Total revenue: " + total.setScale(2).toPlainString() + " USD");
    List<List<String>> groups = ReportRun.csv(out.resolve("groups.csv"));
    assertThat(groups).hasSize((int) topLevel + 1);
    BigDecimal groupTotal =
        groups.subList(1, groups.size()).stream()
            .map(r -> new BigDecimal(r.get(3)))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(groupTotal).isEqualByComparingTo(total);
    assertThat(ReportRun.csv(out.resolve("rejects.csv"))).hasSize((int) blankAccount + 1);
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      return parser.getRecords();
    }
  }
}
