package io.crmkit.rules.keyaccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Identifies key accounts in the Maven Analytics CRM sales opportunities (a fictitious hardware
 * seller): won deals are the orders, their close value the revenue, and {@code subsidiary_of} in
 * {@code accounts.csv} the parent. The data states no licence, so it is not copied into the
 * project: the test reads it from the shared data folder and is skipped when the files are absent.
 * The expected numbers were counted separately with Python's {@code csv} module.
 */
class KeyAccountMavenDataTest {
  private static final Path FOLDER = Path.of("../../shared/data/maven-crm-sales-opportunities");
  private static final Path PIPELINE = FOLDER.resolve("sales_pipeline.csv");
  private static final Path ACCOUNTS = FOLDER.resolve("accounts.csv");
  private static final Path DICTIONARY = FOLDER.resolve("data_dictionary.csv");

  private static final Map<String, BigDecimal> revenue = new LinkedHashMap<>();
  private static final Map<String, BigDecimal> largest = new LinkedHashMap<>();
  private static final Map<String, String> parents = new LinkedHashMap<>();
  private static int wonDeals;
  private static int wonWithoutAccount;

  @BeforeAll
  static void read() throws IOException {
    if (!present()) {
      return;
    }
    List<List<String>> deals = rows(PIPELINE);
    List<String> header = deals.get(0);
    int account = header.indexOf("account");
    int stage = header.indexOf("deal_stage");
    int value = header.indexOf("close_value");
    for (List<String> deal : deals.subList(1, deals.size())) {
      if (!deal.get(stage).equals("Won")) {
        continue;
      }
      wonDeals++;
      String key = deal.get(account).strip();
      if (key.isEmpty()) {
        wonWithoutAccount++;
        continue;
      }
      BigDecimal amount = new BigDecimal(deal.get(value));
      revenue.merge(key, amount, BigDecimal::add);
      largest.merge(key, amount, BigDecimal::max);
    }
    List<List<String>> accounts = rows(ACCOUNTS);
    int name = accounts.get(0).indexOf("account");
    int parent = accounts.get(0).indexOf("subsidiary_of");
    for (List<String> row : accounts.subList(1, accounts.size())) {
      parents.put(row.get(name).strip(), row.get(parent).strip());
    }
  }

  private static boolean present() {
    return Files.isRegularFile(PIPELINE) && Files.isRegularFile(ACCOUNTS);
  }

  private static void requireData() {
    assumeTrue(
        present(),
        "maven-crm-sales-opportunities states no licence and is not in the project; put it at "
            + FOLDER.toAbsolutePath().normalize()
            + " to run this test");
  }

  /**
   * Reads a CSV file with CRLF or LF endings; fields may be quoted, with {@code ""} for a quote.
   */
  private static List<List<String>> rows(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        rows.add(fields(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line));
      }
    }
    return rows;
  }

  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /** Every account of accounts.csv, with its won revenue (0 without won deals) and its parent. */
  private static List<AccountRevenue> inputs(boolean withParents) {
    List<AccountRevenue> inputs = new ArrayList<>();
    for (Map.Entry<String, String> account : parents.entrySet()) {
      String key = account.getKey();
      inputs.add(
          new AccountRevenue(
              key,
              revenue.getOrDefault(key, BigDecimal.ZERO),
              largest.getOrDefault(key, BigDecimal.ZERO),
              0,
              false,
              withParents && !account.getValue().isEmpty() ? account.getValue() : null));
    }
    return inputs;
  }

  @Test
  void pipeline_wonDeals_4238DealsOf85AccountsWorth10005534() {
    requireData();
    assertThat(wonDeals).isEqualTo(4238);
    // the 1,425 opportunities without an account are all still open: no won deal lacks one
    assertThat(wonWithoutAccount).isZero();
    assertThat(revenue).hasSize(85);
    assertThat(revenue.keySet()).isEqualTo(parents.keySet());
    assertThat(revenue.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("10005534");
  }

  @Test
  void csvReader_quotedFieldWithDoubledQuotes_keepsCommasAndQuotes() throws IOException {
    assumeTrue(Files.isRegularFile(DICTIONARY), "data_dictionary.csv is absent");
    assertThat(rows(DICTIONARY))
        .contains(
            List.of(
                "sales_pipeline",
                "engage_date",
                "Date in which the \"Engaging\" deal stage was initiated"));
  }

  @Test
  void analysis_withoutRollUp_kanCodeLeadsWithAboutThreePointFourPercent() {
    requireData();
    ParetoAnalysis analysis = ParetoAnalysis.of(inputs(false));

    assertThat(analysis.shares()).hasSize(85);
    assertThat(analysis.totalRevenue()).isEqualByComparingTo("10005534");
    AccountShare top = analysis.shares().get(0);
    assertThat(top.key()).isEqualTo("Kan-code");
    assertThat(top.account().revenue()).isEqualByComparingTo("341455");
    assertThat(top.share())
        .isEqualByComparingTo(
            new BigDecimal("341455")
                .divide(new BigDecimal("10005534"), ParetoAnalysis.SCALE, RoundingMode.HALF_EVEN))
        .isBetween(new BigDecimal("0.0341"), new BigDecimal("0.0342"));
  }

  @Test
  void analysis_groupsRolledUp_70AccountsLedByAcmeWith46InClassA() {
    requireData();
    ParetoAnalysis analysis = ParetoAnalysis.of(inputs(true));

    // 85 accounts, 15 of them subsidiaries of 7 parents, one level deep
    assertThat(analysis.shares()).hasSize(70);
    assertThat(analysis.totalRevenue()).isEqualByComparingTo("10005534");
    AccountShare top = analysis.shares().get(0);
    assertThat(top.key()).isEqualTo("Acme Corporation");
    assertThat(top.members())
        .containsExactly(
            "Acme Corporation", "Bluth Company", "Codehow", "Donquadtech", "Iselectrics");
    assertThat(top.account().revenue()).isEqualByComparingTo("519349");
    assertThat(top.share()).isBetween(new BigDecimal("0.0519"), new BigDecimal("0.0520"));
    assertThat(analysis.shares().get(1).key()).isEqualTo("Sonron");
    assertThat(analysis.inClass(AbcClass.A)).hasSize(46);
    assertThat(analysis.inClass(AbcClass.B)).hasSize(17);
    assertThat(analysis.inClass(AbcClass.C)).hasSize(7);
    // revenue is spread evenly here: 46 of 70 accounts (65.7%) make 80% of it, far from 80/20
    ParetoPoint point = analysis.paretoPoint(new BigDecimal("0.8"));
    assertThat(point.accounts()).isEqualTo(46);
    assertThat(point.accountShare()).isBetween(new BigDecimal("0.657"), new BigDecimal("0.658"));
  }

  @Test
  void criteria_largeOrderAt30000_onlyGroovestreetHasOne() {
    requireData();
    List<KeyAccountVerdict> verdicts =
        KeyAccountCriteria.of(new BigDecimal("30000"), 1).evaluate(ParetoAnalysis.of(inputs(true)));

    assertThat(verdicts).hasSize(70);
    assertThat(
            verdicts.stream()
                .filter(v -> v.reasons().stream().anyMatch(r -> r.startsWith("largest order"))))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.account()).isEqualTo("Groovestreet");
              assertThat(v.reasons()).contains("largest order 30288 ≥ 30000");
            });
    // nobody is under contract or strategic in this data, so key accounts are exactly class A
    assertThat(verdicts.stream().filter(KeyAccountVerdict::keyAccount)).hasSize(46);
    assertThat(verdicts.get(0).reasons()).containsExactly("top 80% of revenue (cumulative 5.2%)");
  }
}
