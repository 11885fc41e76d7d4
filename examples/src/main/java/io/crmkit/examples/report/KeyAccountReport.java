package io.crmkit.examples.report;

import io.crmkit.core.shared.StorageException;
import io.crmkit.rules.forecast.BgNbdModel;
import io.crmkit.rules.rfm.RfmMethod;
import io.crmkit.rules.rfm.RfmSegmentTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The key-account report: reads orders (CSV exports of other CRMs, or whitespace-separated files
 * such as CDNOW's), loads them into crmkit on the in-memory store (or, with {@code --store
 * JDBC_URL}, into a database that keeps them across runs, see {@code JpaReportStore}), runs
 * crmkit's rules and prints the top accounts with their shares, the ABC classes and the Pareto
 * point, the key accounts with their reasons, and the counts per tier, RFM segment and lifecycle
 * stage, and the reminders due in the next 14 days, and a forecast of each customer's purchases and
 * value from crmkit's BG/NBD and Gamma-Gamma models (see {@link ForecastAnalysis}). With {@code
 * --out DIR} it also writes the report as CSV, JSON and HTML. Without {@code --orders} it runs on
 * the bundled orders of the R package {@code rfm} (MIT).
 *
 * <p>Exit codes: {@value #EXIT_OK} success (rows may have been rejected, see {@code rejects.csv}),
 * {@value #EXIT_USAGE} a usage error, {@value #EXIT_DATA} a data error (a missing column, an
 * unreadable file, with {@code --strict} the first bad row, or a {@code --store} database that
 * cannot be opened).
 *
 * @since 0.1
 */
@Command(
    name = "key-account-report",
    mixinStandardHelpOptions = true,
    versionProvider = KeyAccountReport.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Loads orders into crmkit, runs its rules and prints a key-account report: top accounts"
          + " with share and cumulative share, ABC classes and the Pareto point, key accounts"
          + " with reasons, tiers, RFM segments, lifecycle stages, reminders due in 14 days, and"
          + " a forecast (BG/NBD and Gamma-Gamma): P(alive), expected orders and CLV.",
      "Without --orders it runs on the bundled orders of the R package rfm (MIT, simulated).",
      "With --store JDBC_URL the data stays in that database: later runs add only what is new"
          + " and report on everything stored."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (rejected rows are listed, see rejects.csv)",
      "2:usage error",
      "3:data error (missing column, unreadable file, with --strict the first bad row, or a"
          + " --store database that cannot be opened or migrated)"
    })
public final class KeyAccountReport implements Callable<Integer> {
  /** The exit code of a successful run. */
  public static final int EXIT_OK = 0;

  /** The exit code of a usage error: an unknown option, a missing or malformed value. */
  public static final int EXIT_USAGE = 2;

  /**
   * The exit code of a data error: a missing column, an unreadable file, a bad row when strict, a
   * {@code --store} database that cannot be opened.
   */
  public static final int EXIT_DATA = 3;

  /** The environment variable holding the {@code --store} database's user. */
  static final String STORE_USER = "CRMKIT_STORE_USER";

  /** The environment variable holding the {@code --store} database's password. */
  static final String STORE_PASSWORD = "CRMKIT_STORE_PASSWORD";

  /** The bundled orders, from the R package {@code rfm} 0.3.0 (MIT). */
  static final String BUNDLED = "rfm_data_orders.csv";

  @Spec private @Nullable CommandSpec spec;

  @Option(
      names = "--orders",
      paramLabel = "FILE",
      description = "An orders file; repeat for several files with the same columns.")
  private List<Path> orders = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "csv|whitespace",
      defaultValue = "csv",
      description =
          "How the orders files separate columns: csv (header line, quoted fields, UTF-8 with"
              + " or without BOM) or whitespace (no header, columns by 1-based position).")
  private InputFormat format = InputFormat.CSV;

  @Option(names = "--customer-column", paramLabel = "COLUMN", description = "Customer key column.")
  private @Nullable String customerColumn;

  @Option(names = "--date-column", paramLabel = "COLUMN", description = "Order date column.")
  private @Nullable String dateColumn;

  @Option(names = "--amount-column", paramLabel = "COLUMN", description = "Order amount column.")
  private @Nullable String amountColumn;

  @Option(
      names = "--currency-column",
      paramLabel = "COLUMN",
      description = "ISO 4217 currency code column; all orders must share one currency.")
  private @Nullable String currencyColumn;

  @Option(
      names = "--currency",
      paramLabel = "CODE",
      description = "The currency of all orders (or of blank currency cells).")
  private @Nullable String currency;

  @Option(
      names = "--parent-column",
      paramLabel = "COLUMN",
      description =
          "The parent account column: in the accounts file with --accounts, else in the orders"
              + " files.")
  private @Nullable String parentColumn;

  @Option(
      names = "--accounts",
      paramLabel = "FILE",
      description = "A CSV file of accounts holding each account's parent.")
  private @Nullable Path accounts;

  @Option(
      names = "--account-key-column",
      paramLabel = "COLUMN",
      description = "The account key column of the accounts file.")
  private @Nullable String accountKeyColumn;

  @Option(
      names = "--filter",
      paramLabel = "COLUMN=VALUE",
      description =
          "Read only rows whose column holds the value, such as deal_stage=Won; repeatable.")
  private Map<String, String> filters = new LinkedHashMap<>();

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      description = "The date pattern, such as yyyyMMdd or dd/MM/yyyy; default ISO yyyy-MM-dd.")
  private @Nullable String dateFormat;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The analysis day (yyyy-MM-dd); default the latest order date + 1 day.")
  private @Nullable String asOf;

  @Option(
      names = "--rfm-method",
      paramLabel = "quantile|ntile",
      defaultValue = "quantile",
      description = "RFM scores by quantile breaks as the R package rfm, or by SQL NTILE.")
  private RfmMethod rfmMethod = RfmMethod.QUANTILE;

  @Option(
      names = "--rfm-segments",
      paramLabel = "FILE",
      description =
          "A CSV segment table with the header priority,segment,recency_lower,recency_upper,"
              + "frequency_lower,frequency_upper,monetary_lower,monetary_upper;"
              + " default the built-in ten segments.")
  private @Nullable Path rfmSegments;

  @Option(
      names = "--calibration-end",
      paramLabel = "DATE",
      description =
          "Fit the forecast models on the orders up to this day (yyyy-MM-dd); later orders are"
              + " the hold-out the forecast is compared with. Default: fit on every order up to"
              + " the analysis day, no hold-out.")
  private @Nullable String calibrationEnd;

  @Option(
      names = "--forecast-weeks",
      paramLabel = "N",
      defaultValue = "52",
      description =
          "The forecast horizon in weeks after the calibration end, for expected orders and CLV"
              + " (1 to 5200; default ${DEFAULT-VALUE}).")
  private int forecastWeeks = ForecastAnalysis.DEFAULT_WEEKS;

  @Option(
      names = "--discount-rate",
      paramLabel = "RATE",
      defaultValue = "0.01",
      description =
          "The CLV's discount rate per month, as a fraction (0 to below 1; default"
              + " ${DEFAULT-VALUE}, i.e. 1%% a month, about 12.7%% a year).")
  private double discountRate = ForecastAnalysis.DEFAULT_MONTHLY_DISCOUNT_RATE;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Also write accounts.csv, groups.csv, summary.json, reminders.csv, rejects.csv and"
              + " report.html into DIR.")
  private @Nullable Path out;

  @Option(
      names = "--store",
      paramLabel = "JDBC_URL",
      description =
          "Keep crmkit's data in this database across runs, such as jdbc:h2:file:./crm (H2 is"
              + " built in; PostgreSQL and MariaDB need their driver on the class path; user and"
              + " password from CRMKIT_STORE_USER and CRMKIT_STORE_PASSWORD, default sa and none"
              + " for H2). The first run creates the schema; every run stores the customers and"
              + " orders the store does not hold yet (an order is the same when customer, day,"
              + " amount and currency match), then reports on everything stored, and keeps the"
              + " tiers, lifecycle stages, account managers and reminders it derives. Without"
              + " --orders it reports on the stored data, or loads the bundled orders into an"
              + " empty store.")
  private @Nullable String store;

  @Option(
      names = "--strict",
      description = "Stop at the first bad row (exit 3) instead of skipping and listing it.")
  private boolean strict;

  @Option(
      names = "--progress",
      description = "Show a progress bar on stderr even when stderr is not a console.")
  private boolean progress;

  private final PrintStream stdout;
  private final PrintStream stderr;

  private KeyAccountReport(PrintStream stdout, PrintStream stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /**
   * Runs the program with the process's standard streams and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(
        run(
            new PrintStream(System.out, true, StandardCharsets.UTF_8),
            new PrintStream(System.err, true, StandardCharsets.UTF_8),
            args));
  }

  /**
   * Runs the program, printing the report to {@code out} and problems and progress to {@code err}.
   *
   * @param out where the report goes
   * @param err where errors, rejected rows and the progress bar go
   * @param args the command-line arguments
   * @return the exit code: {@value #EXIT_OK}, {@value #EXIT_USAGE} or {@value #EXIT_DATA}
   */
  public static int run(PrintStream out, PrintStream err, String... args) {
    CommandLine command = new CommandLine(new KeyAccountReport(out, err));
    command.setCaseInsensitiveEnumValuesAllowed(true);
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    command.setExecutionExceptionHandler(
        (e, cl, parsed) -> {
          if (e instanceof BadInputException || e instanceof StoreException) {
            err.println("error: " + e.getMessage());
            return EXIT_DATA;
          }
          if (e instanceof StorageException failure) {
            err.println("error: the store failed: " + failure.getMessage());
            return EXIT_DATA;
          }
          throw e;
        });
    return command.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    ColumnMapping mapping = mapping();
    LocalDate day = analysisDay();
    ForecastAnalysis.Settings forecast = forecastSettings();
    RfmSegmentTable segments =
        rfmSegments == null
            ? RfmSegmentTable.standard()
            : RfmSegmentsFile.read(InputFile.of(rfmSegments));
    try (ReportStore target = openStore()) {
      boolean reportOnStored = orders.isEmpty() && !target.storedOrders().isEmpty();
      List<InputFile> files =
          reportOnStored
              ? List.of()
              : orders.isEmpty()
                  ? List.of(InputFile.bundled(BUNDLED))
                  : orders.stream().map(InputFile::of).toList();
      return report(mapping, day, forecast, segments, files, target);
    }
  }

  private int report(
      ColumnMapping mapping,
      @Nullable LocalDate day,
      ForecastAnalysis.Settings forecast,
      RfmSegmentTable segments,
      List<InputFile> files,
      ReportStore target)
      throws IOException {
    Progress bar = new Progress(stderr, progress || System.console() != null);

    List<Reject> rejects = new ArrayList<>();
    Map<String, @Nullable String> parents = Map.of();
    if (accounts != null) {
      parents =
          AccountsReader.read(
              InputFile.of(accounts), requireKeyColumn(), parentColumn, strict, rejects);
    }
    bar.start("reading orders", 0);
    OrderReader.Result read = new OrderReader(mapping, strict, bar).read(files);
    bar.finish();
    rejects.addAll(read.rejects());
    Report report =
        new Analysis(new Analysis.Settings(day, rfmMethod, segments, strict, forecast), bar)
            .run(
                new Analysis.Input(
                    read.orders(),
                    parents,
                    accounts == null ? null : accounts.toString(),
                    rejects,
                    read.rows(),
                    read.filtered()),
                target);
    target.summary().ifPresent(stderr::println);
    new TerminalReport(stdout).print(report);
    if (out != null) {
      ReportFiles.write(report, out);
      stdout.println();
      stdout.println(
          "Wrote accounts.csv, groups.csv, summary.json, reminders.csv, rejects.csv and report.html to "
              + out);
    }
    stdout.flush();
    return EXIT_OK;
  }

  private ColumnMapping mapping() {
    if (orders.isEmpty()) {
      if (customerColumn != null
          || dateColumn != null
          || amountColumn != null
          || accounts != null) {
        throw usage("column options and --accounts need --orders FILE");
      }
      return new ColumnMapping(
          InputFormat.CSV,
          "customer_id",
          "order_date",
          "revenue",
          null,
          Currency.getInstance("USD"),
          null,
          null,
          filters);
    }
    List<String> missing = new ArrayList<>();
    if (customerColumn == null) {
      missing.add("--customer-column");
    }
    if (dateColumn == null) {
      missing.add("--date-column");
    }
    if (amountColumn == null) {
      missing.add("--amount-column");
    }
    if (currencyColumn == null && currency == null) {
      missing.add("--currency or --currency-column");
    }
    if (!missing.isEmpty()) {
      throw usage("--orders needs " + String.join(", ", missing));
    }
    Currency fixed = null;
    if (currency != null) {
      try {
        fixed = Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw usage(
            "--currency must be an ISO 4217 code such as USD or CNY but was '" + currency + "'");
      }
    }
    try {
      return new ColumnMapping(
          format,
          customerColumn,
          dateColumn,
          amountColumn,
          currencyColumn,
          fixed,
          accounts == null ? parentColumn : null,
          dateFormat,
          filters);
    } catch (IllegalArgumentException e) {
      throw usage("--date-format '" + dateFormat + "' is not a date pattern: " + e.getMessage());
    }
  }

  private ReportStore openStore() {
    if (store == null) {
      return new InMemoryReportStore();
    }
    String url = store.strip();
    if (!url.startsWith("jdbc:")) {
      throw usage("--store must be a JDBC URL such as jdbc:h2:file:./crm but was '" + store + "'");
    }
    String user = System.getenv(STORE_USER);
    String password = System.getenv(STORE_PASSWORD);
    return JpaReportStore.open(
        url,
        user != null ? user : url.startsWith("jdbc:h2:") ? "sa" : "",
        password != null ? password : "");
  }

  private ForecastAnalysis.Settings forecastSettings() {
    LocalDate end = null;
    if (calibrationEnd != null) {
      try {
        end = LocalDate.parse(calibrationEnd.strip());
      } catch (DateTimeParseException e) {
        throw usage(
            "--calibration-end must be a date as yyyy-MM-dd but was '" + calibrationEnd + "'");
      }
    }
    if (forecastWeeks < 1 || forecastWeeks > BgNbdModel.MAX_WEEKS) {
      throw usage(
          "--forecast-weeks must lie between 1 and "
              + (int) BgNbdModel.MAX_WEEKS
              + " but was "
              + forecastWeeks);
    }
    if (!(discountRate >= 0 && discountRate < 1)) {
      throw usage(
          "--discount-rate must be a monthly rate from 0 to below 1, such as 0.01, but was "
              + discountRate);
    }
    return new ForecastAnalysis.Settings(end, forecastWeeks, discountRate);
  }

  private String requireKeyColumn() {
    if (accountKeyColumn == null) {
      throw usage("--accounts needs --account-key-column");
    }
    return accountKeyColumn;
  }

  private @Nullable LocalDate analysisDay() {
    if (asOf == null) {
      return null;
    }
    try {
      return LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw usage("--as-of must be a date as yyyy-MM-dd but was '" + asOf + "'");
    }
  }

  private ParameterException usage(String message) {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return new ParameterException(spec.commandLine(), message);
  }

  /** Reads the program's version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = KeyAccountReport.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {
        "key-account-report " + properties.getProperty("version", "unknown") + " (crmkit)"
      };
    }
  }
}
