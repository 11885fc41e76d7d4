package io.crmkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report with {@code --store JDBC_URL} on an H2 file: the first run stores the input, a second
 * run recognises it and stores nothing twice, a run with another orders file adds to it, a run
 * without {@code --orders} reports on what is stored, and a URL that cannot be opened is a data
 * error.
 */
class StoreOptionTest {
  private static final String[] COLUMNS = {
    "--customer-column",
    "customer",
    "--date-column",
    "date",
    "--amount-column",
    "amount",
    "--currency",
    "EUR"
  };

  @TempDir Path dir;

  /**
   * Orders of 24 customers over 2024, two of them the same order twice (same customer, day and
   * amount), with a customer per month letter and a few large buyers so that tiers and key accounts
   * differ.
   */
  private Path firstOrders() throws IOException {
    StringBuilder csv = new StringBuilder("customer,date,amount\n");
    for (int c = 0; c < 24; c++) {
      for (int o = 0; o <= c % 5; o++) {
        LocalDate day = LocalDate.of(2024, 1 + (c + 3 * o) % 12, 1 + (7 * c + o) % 28);
        int amount = (c % 6 == 0 ? 5000 : 100) + 37 * c + 11 * o;
        csv.append("Firma ").append(c).append(',').append(day).append(',').append(amount);
        csv.append(".50\n");
      }
    }
    csv.append("Firma 3,2024-02-02,99.90\nFirma 3,2024-02-02,99.9\n");
    return write("first.csv", csv.toString());
  }

  /** New orders of stored customers, and of two customers the first file does not know. */
  private Path moreOrders() throws IOException {
    return write(
        "more.csv",
        "customer,date,amount\n"
            + "Firma 1,2025-01-10,700\n"
            + "Firma 2,2025-01-11,80\n"
            + "Firma 3,2025-01-12,99.90\n"
            + "Neu A,2025-01-05,12000\n"
            + "Neu A,2025-01-20,300\n"
            + "Neu B,2025-01-21,45\n");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private String url() {
    return "jdbc:h2:file:" + dir.resolve("crm").toAbsolutePath();
  }

  private ReportRun run(String out, Path... orders) {
    List<String> args = new ArrayList<>(List.of("--store", url(), "--out", out(out)));
    for (Path file : orders) {
      args.add("--orders");
      args.add(file.toString());
    }
    if (orders.length > 0) {
      args.addAll(List.of(COLUMNS));
    }
    return ReportRun.of(args.toArray(String[]::new));
  }

  private ReportRun inMemory(String out, Path... orders) {
    List<String> args = new ArrayList<>(List.of("--out", out(out)));
    for (Path file : orders) {
      args.add("--orders");
      args.add(file.toString());
    }
    args.addAll(List.of(COLUMNS));
    return ReportRun.of(args.toArray(String[]::new));
  }

  private String out(String name) {
    return dir.resolve(name).toString();
  }

  private String file(String out, String name) throws IOException {
    return Files.readString(dir.resolve(out).resolve(name), StandardCharsets.UTF_8);
  }

  /** Returns what the run printed on stdout, without the line naming its output directory. */
  private String report(ReportRun run, String out) {
    return run.out().replace(out(out), "DIR");
  }

  private List<List<String>> accounts(String out, int columns) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : ReportRun.csv(dir.resolve(out).resolve("accounts.csv"))) {
      rows.add(row.subList(0, columns));
    }
    return rows;
  }

  @Test
  void store_secondRunWithTheSameOrders_storesNothingNewAndWritesTheSameReport()
      throws IOException {
    Path orders = firstOrders();

    ReportRun first = run("first", orders);
    ReportRun second = run("second", orders);

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err())
        .contains("store " + url() + ": 24 customers (24 new), 72 orders (72 new)");
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.err())
        .contains("store " + url() + ": 24 customers (0 new), 72 orders (0 new)");
    assertThat(report(second, "second")).isEqualTo(report(first, "first"));
    for (String name : List.of("accounts.csv", "groups.csv", "summary.json", "reminders.csv")) {
      assertThat(file("second", name)).as(name).isEqualTo(file("first", name));
    }
  }

  @Test
  void store_firstRun_reportsAsTheInMemoryRunDoes() throws IOException {
    Path orders = firstOrders();

    ReportRun stored = run("stored", orders);
    ReportRun memory = inMemory("memory", orders);

    assertThat(stored.exit()).as(stored.err()).isZero();
    assertThat(memory.exit()).as(memory.err()).isZero();
    assertThat(report(stored, "stored")).isEqualTo(report(memory, "memory"));
    for (String name : List.of("accounts.csv", "groups.csv", "summary.json", "reminders.csv")) {
      assertThat(file("stored", name)).as(name).isEqualTo(file("memory", name));
    }
  }

  @Test
  void store_withoutOrders_reportsOnTheStoredData() throws IOException {
    assertThat(run("first", firstOrders()).exit()).isZero();

    ReportRun stored = run("stored");

    assertThat(stored.exit()).as(stored.err()).isZero();
    assertThat(stored.err())
        .contains("store " + url() + ": 24 customers (0 new), 72 orders (0 new)");
    assertThat(stored.out())
        .contains("Input: 0 rows, 0 filtered out, 0 rejected, 72 orders of 24 customers");
    assertThat(file("stored", "accounts.csv")).isEqualTo(file("first", "accounts.csv"));
  }

  @Test
  void store_emptyAndNoOrders_loadsTheBundledOrders() {
    ReportRun bundled = run("bundled");

    assertThat(bundled.exit()).as(bundled.err()).isZero();
    assertThat(bundled.err())
        .contains("store " + url() + ": 995 customers (995 new), 4,906 orders (4,906 new)");
    assertThat(bundled.out()).contains("4906 orders of 995 customers");
  }

  @Test
  void store_anotherOrdersFile_addsItsNewCustomersAndOrders() throws IOException {
    Path first = firstOrders();
    Path more = moreOrders();
    assertThat(run("first", first).exit()).isZero();

    ReportRun added = run("added", more);
    ReportRun memory = inMemory("memory", first, more);

    assertThat(added.exit()).as(added.err()).isZero();
    assertThat(added.err())
        .contains("store " + url() + ": 26 customers (2 new), 78 orders (6 new)");
    assertThat(added.out())
        .contains("Input: 6 rows, 0 filtered out, 0 rejected, 78 orders of 26 customers");
    // customer, parent, orders, revenue, share, cumulative share, ABC class, recency: what the
    // stored facts give, the same as one in-memory run over both files
    assertThat(accounts("added", 8)).isEqualTo(accounts("memory", 8));
  }

  @Test
  void store_ordersAlreadyStoredInAnotherFile_areNotStoredTwice() throws IOException {
    Path first = firstOrders();
    assertThat(run("first", first).exit()).isZero();
    Path copy = write("copy.csv", Files.readString(first, StandardCharsets.UTF_8));

    ReportRun again = run("again", copy, moreOrders());

    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err())
        .contains("store " + url() + ": 26 customers (2 new), 78 orders (6 new)");
  }

  @Test
  void store_asOfBeforeTheStoredOrders_isADataError() throws IOException {
    assertThat(run("first", firstOrders()).exit()).isZero();

    ReportRun early = ReportRun.of("--store", url(), "--as-of", "2024-06-30");

    assertThat(early.exit()).isEqualTo(KeyAccountReport.EXIT_DATA);
    assertThat(early.err())
        .startsWith("error: " + url() + ":0: column 'date': expected stored orders on or before")
        .contains("2024-06-30");
  }

  @Test
  void store_urlWithoutADriver_isADataErrorNamingTheUrl() {
    ReportRun run = ReportRun.of("--store", "jdbc:nosuchdb://localhost/crm");

    assertThat(run.exit()).isEqualTo(KeyAccountReport.EXIT_DATA);
    assertThat(run.err())
        .startsWith("error: cannot open the store jdbc:nosuchdb://localhost/crm: ")
        .contains("No suitable driver")
        .doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void store_unreachableDatabase_isADataErrorNamingTheUrl() {
    ReportRun run = ReportRun.of("--store", "jdbc:h2:tcp://127.0.0.1:1/crm");

    assertThat(run.exit()).isEqualTo(KeyAccountReport.EXIT_DATA);
    assertThat(run.err())
        .startsWith("error: cannot open the store jdbc:h2:tcp://127.0.0.1:1/crm: ")
        .doesNotContain("\tat ");
  }

  @Test
  void store_notAJdbcUrl_isAUsageError() {
    ReportRun run = ReportRun.of("--store", "crm.db");

    assertThat(run.exit()).isEqualTo(KeyAccountReport.EXIT_USAGE);
    assertThat(run.err())
        .contains("--store must be a JDBC URL such as jdbc:h2:file:./crm but was 'crm.db'");
  }
}
