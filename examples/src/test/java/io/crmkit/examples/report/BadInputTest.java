package io.crmkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input as other CRMs export it, and input that is wrong: every problem names file, line and column
 * and what was expected; the default skips bad rows into rejects.csv, {@code --strict} stops.
 */
class BadInputTest {
  private static final String[] EXPORT_COLUMNS = {
    "--customer-column", "客户", "--date-column", "下单日期", "--amount-column", "金额"
  };

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    return file;
  }

  private ReportRun run(Path orders, String... more) {
    String[] args = new String[more.length + 2];
    args[0] = "--orders";
    args[1] = orders.toString();
    System.arraycopy(more, 0, args, 2, more.length);
    return ReportRun.of(args);
  }

  private static String[] with(String[] base, String... more) {
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void export_withBomCrlfQuotedFieldsChineseHeadersAndBlankCells_isReadAsItComes()
      throws IOException {
    Path orders =
        write(
            "export.csv",
            "\uFEFF客户,下单日期,金额,币种,备注\r\n"
                + "\"华东机电集团\",2026-01-05,\"128,000.00\",CNY,\"大单, 含税\"\r\n"
                + "苏州工厂,2026-02-10,46500,,\r\n"
                + "\r\n"
                + "\"Smith, Jones & Co\",2026-03-01,900.5,CNY,\"two\r\nlines\"\r\n");
    Path out = dir.resolve("out");

    ReportRun run =
        run(
            orders,
            with(
                EXPORT_COLUMNS,
                "--currency-column",
                "币种",
                "--currency",
                "CNY",
                "--out",
                out.toString()));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("3 orders of 3 customers").contains("0 rejected");
    List<List<String>> accounts = ReportRun.csv(out.resolve("accounts.csv"));
    assertThat(accounts.subList(1, 4))
        .extracting(r -> r.get(0) + "=" + r.get(3))
        .containsExactly("华东机电集团=128000.00", "苏州工厂=46500.00", "Smith, Jones & Co=900.50");
  }

  @Test
  void missingColumn_isADataErrorNamingFileLineAndTheColumnsThereAre() throws IOException {
    Path orders = write("orders.csv", "customer,day,amount\nA,2026-01-05,10\n");

    ReportRun run =
        run(
            orders,
            "--customer-column",
            "customer",
            "--date-column",
            "date",
            "--amount-column",
            "amount",
            "--currency",
            "USD");

    assertThat(run.exit()).isEqualTo(KeyAccountReport.EXIT_DATA);
    assertThat(run.err())
        .contains(
            orders + ":1: column 'date': expected a column named in the header for --date-column")
        .contains("(the header has: customer, day, amount)");
  }

  @Test
  void badDateAndAmount_areSkippedIntoRejectsByDefault() throws IOException {
    Path orders =
        write(
            "orders.csv",
            "customer,date,amount\n"
                + "A,2026-01-05,10\n"
                + "B,05/01/2026,20\n"
                + "C,2026-01-07,twelve\n"
                + "D,2026-01-08,-3\n"
                + ",2026-01-09,4\n"
                + "E,2026-01-10,1.234\n");
    Path out = dir.resolve("out");

    ReportRun run =
        run(
            orders,
            "--customer-column",
            "customer",
            "--date-column",
            "date",
            "--amount-column",
            "amount",
            "--currency",
            "USD",
            "--out",
            out.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("5 rejected").contains("1 orders of 1 customers");
    assertThat(ReportRun.csv(out.resolve("rejects.csv")))
        .containsExactly(
            ReportFiles.REJECT_HEADER,
            List.of(orders.toString(), "3", "date", "05/01/2026", "a date as yyyy-MM-dd"),
            List.of(
                orders.toString(),
                "4",
                "amount",
                "twelve",
                "a decimal amount of 0 or more, such as 1234.50"),
            List.of(orders.toString(), "5", "amount", "-3", "an amount of 0 or more"),
            List.of(orders.toString(), "6", "customer", "", "a customer key"),
            List.of(orders.toString(), "7", "amount", "1.234", "at most 2 decimals for USD"));
    assertThat(run.out())
        .contains(
            orders + ":3: column 'date': expected a date as yyyy-MM-dd but found '05/01/2026'");
  }

  @Test
  void strict_stopsAtTheFirstBadRowWithADataError() throws IOException {
    Path orders =
        write(
            "orders.csv",
            "customer,date,amount\nA,2026-01-05,10\nB,2026-13-01,20\nC,2026-01-07,x\n");

    ReportRun run =
        run(
            orders,
            "--customer-column",
            "customer",
            "--date-column",
            "date",
            "--amount-column",
            "amount",
            "--currency",
            "USD",
            "--strict");

    assertThat(run.exit()).isEqualTo(KeyAccountReport.EXIT_DATA);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "error: "
                + orders
                + ":3: column 'date': expected a date as yyyy-MM-dd but found '2026-13-01'"
                + System.lineSeparator());
  }

  @Test
  void currencyMix_rejectsTheRowsInAnotherCurrencyThanTheFirst() throws IOException {
    Path orders =
        write(
            "orders.csv",
            "customer,date,amount,currency\n"
                + "A,2026-01-05,10,EUR\n"
                + "B,2026-01-06,20,USD\n"
                + "C,2026-01-07,30,XYZ\n"
                + "D,2026-01-08,40,eur\n");
    Path out = dir.resolve("out");

    ReportRun run =
        run(
            orders,
            "--customer-column",
            "customer",
            "--date-column",
            "date",
            "--amount-column",
            "amount",
            "--currency-column",
            "currency",
            "--out",
            out.toString());
    ReportRun strict =
        run(
            orders,
            "--customer-column",
            "customer",
            "--date-column",
            "date",
            "--amount-column",
            "amount",
            "--currency-column",
            "currency",
            "--strict");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("amounts in EUR").contains("2 orders of 2 customers");
    assertThat(ReportRun.csv(out.resolve("rejects.csv")))
        .containsExactly(
            ReportFiles.REJECT_HEADER,
            List.of(
                orders.toString(),
                "3",
                "currency",
                "USD",
                "one currency for all orders: EUR like the first order (" + orders + ":2)"),
            List.of(
                orders.toString(),
                "4",
                "currency",
                "XYZ",
                "an ISO 4217 currency code such as USD"));
    assertThat(strict.exit()).isEqualTo(KeyAccountReport.EXIT_DATA);
    assertThat(strict.err()).contains(orders + ":3: column 'currency'");
  }

  @Test
  void usageErrors_exitWithTwoAndSayWhatIsMissing() throws IOException {
    Path orders = write("orders.csv", "customer,date,amount\nA,2026-01-05,10\n");

    ReportRun noColumns = run(orders);
    ReportRun unknown = ReportRun.of("--no-such-option");
    ReportRun badMethod = ReportRun.of("--rfm-method", "median");
    ReportRun badAsOf = ReportRun.of("--as-of", "yesterday");
    ReportRun badFilter =
        run(
            orders,
            "--customer-column",
            "customer",
            "--date-column",
            "date",
            "--amount-column",
            "amount",
            "--currency",
            "USD",
            "--filter",
            "stage");
    ReportRun accountsWithoutKey =
        run(
            orders,
            "--customer-column",
            "customer",
            "--date-column",
            "date",
            "--amount-column",
            "amount",
            "--currency",
            "USD",
            "--accounts",
            orders.toString());

    assertThat(noColumns.exit()).isEqualTo(KeyAccountReport.EXIT_USAGE);
    assertThat(noColumns.err())
        .contains(
            "--orders needs --customer-column, --date-column, --amount-column, --currency or"
                + " --currency-column");
    assertThat(unknown.exit()).isEqualTo(KeyAccountReport.EXIT_USAGE);
    assertThat(unknown.err()).contains("Unknown option: '--no-such-option'");
    assertThat(badMethod.exit()).isEqualTo(KeyAccountReport.EXIT_USAGE);
    assertThat(badAsOf.exit()).isEqualTo(KeyAccountReport.EXIT_USAGE);
    assertThat(badAsOf.err()).contains("--as-of must be a date as yyyy-MM-dd but was 'yesterday'");
    assertThat(badFilter.exit()).isEqualTo(KeyAccountReport.EXIT_USAGE);
    assertThat(accountsWithoutKey.exit()).isEqualTo(KeyAccountReport.EXIT_USAGE);
    assertThat(accountsWithoutKey.err()).contains("--accounts needs --account-key-column");
  }

  @Test
  void whitespaceFormat_readsPositionalColumnsWithADatePattern() throws IOException {
    Path orders =
        write(
            "cdnow.txt",
            " 00001 19970101  1   11.77\r\n 00002 19970112  1   12.00\r\n 00002 19970112  5   77.00\r\n");

    ReportRun run =
        run(
            orders,
            "--format",
            "whitespace",
            "--customer-column",
            "1",
            "--date-column",
            "2",
            "--amount-column",
            "4",
            "--date-format",
            "yyyyMMdd",
            "--currency",
            "USD");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("as of 1997-01-13")
        .contains("3 orders of 2 customers")
        .contains("Total revenue: 100.77 USD");
  }

  @Test
  void filterAndAccountsFile_keepOnlyWonDealsAndRollSubsidiariesIntoTheirGroup()
      throws IOException {
    Path orders =
        write(
            "pipeline.csv",
            "account,deal_stage,close_date,close_value\n"
                + "Group,Won,2017-01-05,100\n"
                + "Plant,Won,2017-01-06,50\n"
                + "Plant,Lost,2017-01-07,999\n"
                + "Other,Won,2017-01-08,120\n");
    Path accounts = write("accounts.csv", "account,subsidiary_of\nGroup,\nPlant,Group\nOther,\n");
    Path out = dir.resolve("out");

    ReportRun run =
        run(
            orders,
            "--filter",
            "deal_stage=Won",
            "--customer-column",
            "account",
            "--date-column",
            "close_date",
            "--amount-column",
            "close_value",
            "--currency",
            "USD",
            "--accounts",
            accounts.toString(),
            "--account-key-column",
            "account",
            "--parent-column",
            "subsidiary_of",
            "--out",
            out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Input: 4 rows, 1 filtered out, 0 rejected, 3 orders of 3 customers in 2 groups");
    List<List<String>> groups = ReportRun.csv(out.resolve("groups.csv"));
    assertThat(groups.subList(1, groups.size()))
        .extracting(r -> r.get(0) + "=" + r.get(2) + "/" + r.get(3) + "/" + r.get(6))
        .containsExactly("Group=2/150.00/A", "Other=1/120.00/A");
    List<List<String>> customers = ReportRun.csv(out.resolve("accounts.csv"));
    assertThat(customers.subList(1, customers.size()))
        .extracting(r -> r.get(0) + "<" + r.get(1))
        .containsExactly("Other<", "Group<", "Plant<Group");
  }

  @Test
  void parentLoop_isADataError() throws IOException {
    Path orders =
        write("orders.csv", "customer,date,amount,parent\nA,2026-01-05,10,B\nB,2026-01-06,20,A\n");

    ReportRun run =
        run(
            orders,
            "--customer-column",
            "customer",
            "--date-column",
            "date",
            "--amount-column",
            "amount",
            "--currency",
            "USD",
            "--parent-column",
            "parent");

    assertThat(run.exit()).isEqualTo(KeyAccountReport.EXIT_DATA);
    assertThat(run.err())
        .contains(
            "column 'parent': expected parent accounts that do not lead back to the account but found 'A -> B -> A'");
  }

  @Test
  void ordersAfterAsOf_areRejected() throws IOException {
    Path orders = write("orders.csv", "customer,date,amount\nA,2026-01-05,10\nB,2026-02-06,20\n");

    ReportRun run =
        run(
            orders,
            "--customer-column",
            "customer",
            "--date-column",
            "date",
            "--amount-column",
            "amount",
            "--currency",
            "USD",
            "--as-of",
            "2026-01-31");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("1 rejected")
        .contains(
            orders
                + ":3: column 'date': expected an order date on or before the analysis day 2026-01-31 (--as-of) but found '2026-02-06'");
  }

  @Test
  void unreadableFileAndNoUsableOrder_areDataErrors() throws IOException {
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(
        latin1,
        "customer,date,amount\nM\u00fcller,2026-01-05,10\n".getBytes(StandardCharsets.ISO_8859_1));
    Path allBad = write("bad.csv", "customer,date,amount\nA,never,10\n");

    ReportRun notUtf8 =
        run(
            latin1,
            "--customer-column",
            "customer",
            "--date-column",
            "date",
            "--amount-column",
            "amount",
            "--currency",
            "USD");
    ReportRun nothing =
        run(
            allBad,
            "--customer-column",
            "customer",
            "--date-column",
            "date",
            "--amount-column",
            "amount",
            "--currency",
            "USD");
    ReportRun absent =
        run(
            dir.resolve("absent.csv"),
            "--customer-column",
            "c",
            "--date-column",
            "d",
            "--amount-column",
            "a",
            "--currency",
            "USD");

    assertThat(notUtf8.exit()).isEqualTo(KeyAccountReport.EXIT_DATA);
    assertThat(notUtf8.err()).contains("expected a readable UTF-8 file");
    assertThat(nothing.exit()).isEqualTo(KeyAccountReport.EXIT_DATA);
    assertThat(nothing.err()).contains("at least one usable order");
    assertThat(absent.exit()).isEqualTo(KeyAccountReport.EXIT_DATA);
    assertThat(absent.err()).contains("absent.csv");
  }
}
