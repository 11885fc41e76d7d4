package io.crmkit.examples.report;

import io.crmkit.core.CrmKit;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.FactWindow;
import io.crmkit.core.batch.BatchJob;
import io.crmkit.core.batch.JobId;
import io.crmkit.core.batch.JobOptions;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.ownership.OwnershipQuery;
import io.crmkit.core.reminder.ReminderQuery;
import io.crmkit.core.reminder.ReminderSnapshot;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.rules.Fields;
import io.crmkit.rules.LifecycleRules;
import io.crmkit.rules.TieringRules;
import io.crmkit.rules.keyaccount.AccountRevenue;
import io.crmkit.rules.keyaccount.AccountShare;
import io.crmkit.rules.keyaccount.KeyAccountCriteria;
import io.crmkit.rules.keyaccount.KeyAccountVerdict;
import io.crmkit.rules.keyaccount.ParetoAnalysis;
import io.crmkit.rules.reminders.ReminderPolicies;
import io.crmkit.rules.rfm.RfmInput;
import io.crmkit.rules.rfm.RfmMethod;
import io.crmkit.rules.rfm.RfmScore;
import io.crmkit.rules.rfm.RfmScoring;
import io.crmkit.rules.rfm.RfmSegmentTable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Loads the orders into crmkit through its public API and runs its rules: customers registered with
 * their parents (a group is one key account), orders recorded in date order on a replaying clock,
 * then at the analysis day: Pareto/ABC and key-account identification per customer and per group,
 * RFM scores and segments, and the batch jobs that re-tier everyone, move lifecycle stages and
 * regenerate reminders for the key accounts' account manager.
 */
final class Analysis {
  /** The tenant the report loads its data into. */
  static final TenantId TENANT = TenantId.of("report");

  /** The ladder the report grades customers on. */
  static final LadderKey VALUE = LadderKey.of("value");

  /** The account manager the key accounts are assigned to. */
  static final UserRef MANAGER = UserRef.of("key-account-manager");

  /** How many days ahead the report lists reminders. */
  static final int REMINDER_DAYS = 14;

  private static final UserRef JOB = UserRef.of("job:key-account-report");
  private static final BigDecimal EIGHTY_PERCENT = new BigDecimal("0.8");
  private static final int RFM_BINS = 5;
  private static final int CONTRACT_YEARS = 2;
  private static final TierCode A = TierCode.of("A");
  private static final TierCode B = TierCode.of("B");

  /** What the analysis starts from. */
  record Input(
      List<OrderLine> orders,
      Map<String, @Nullable String> accounts,
      @Nullable String accountsFile,
      List<Reject> rejects,
      long rows,
      long filtered) {}

  /** The choices the command line makes. */
  record Settings(
      @Nullable LocalDate asOf,
      RfmMethod rfmMethod,
      RfmSegmentTable segments,
      boolean strict,
      ForecastAnalysis.Settings forecast) {}

  private final Settings settings;
  private final Progress progress;

  Analysis(Settings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /**
   * Analyses the orders {@code store} holds together with the input's new ones, storing those
   * first.
   */
  Report run(Input input, ReportStore store) {
    List<Reject> rejects = new ArrayList<>(input.rejects());
    List<OrderLine> stored = store.storedOrders();
    if (input.orders().isEmpty() && stored.isEmpty()) {
      throw new BadInputException(
          new Reject("(all order files)", 0, "", "", "at least one usable order"));
    }
    Currency currency = (stored.isEmpty() ? input.orders() : stored).get(0).currency();
    List<OrderLine> unstored = store.unstored(input.orders());
    LocalDate asOf =
        settings.asOf() != null
            ? settings.asOf()
            : Stream.concat(stored.stream(), unstored.stream())
                .map(OrderLine::date)
                .max(Comparator.naturalOrder())
                .get()
                .plusDays(1);
    List<OrderLine> fresh = new ArrayList<>();
    for (OrderLine order : unstored) {
      Reject reject = null;
      if (order.date().isAfter(asOf)) {
        reject =
            reject(
                order,
                "date",
                order.date().toString(),
                "an order date on or before the analysis day " + asOf + " (--as-of)");
      } else if (!order.currency().equals(currency)) {
        reject =
            reject(
                order,
                "currency",
                order.currency().getCurrencyCode(),
                "the currency of the stored orders, " + currency.getCurrencyCode());
      }
      if (reject == null) {
        fresh.add(order);
      } else if (settings.strict()) {
        throw new BadInputException(reject);
      } else {
        rejects.add(reject);
      }
    }
    for (OrderLine order : stored) {
      if (order.date().isAfter(asOf)) {
        throw new BadInputException(
            new Reject(
                order.file(),
                0,
                "date",
                order.date().toString(),
                "stored orders on or before the analysis day " + asOf + " (--as-of)"));
      }
    }
    List<OrderLine> orders = new ArrayList<>(stored);
    orders.addAll(fresh);
    if (orders.isEmpty()) {
      throw new BadInputException(
          new Reject(
              "(all order files)", 0, "date", "", "at least one order on or before " + asOf));
    }
    // One order for equal data however it was read (files, or a store in id order): the forecast's
    // sums then come out the same to the last digit.
    Comparator<OrderLine> byDate =
        Comparator.comparing(OrderLine::date)
            .thenComparing(OrderLine::customer)
            .thenComparing(OrderLine::amount);
    orders.sort(byDate);
    fresh.sort(byDate);
    LocalDate calibrationEnd = settings.forecast().calibrationEnd();
    LocalDate holdoutEnd =
        calibrationEnd == null
            ? null
            : settings.asOf() != null ? asOf : orders.get(orders.size() - 1).date();
    if (calibrationEnd != null) {
      checkCalibrationEnd(calibrationEnd, orders.get(0).date(), holdoutEnd);
    }

    Map<String, @Nullable String> accounts = new LinkedHashMap<>(store.storedParents());
    accounts.putAll(input.accounts());
    Map<String, @Nullable String> parents =
        OrderLoader.parents(accounts, input.accountsFile(), orders);
    DataThresholds thresholds = DataThresholds.of(orders, currency);
    String tierRule = thresholds.tierRule();
    BigDecimal largeOrder = thresholds.largeOrder();

    ReplayClock clock =
        new ReplayClock(orders.get(0).date().atStartOfDay().toInstant(ZoneOffset.UTC));
    CrmKit crm =
        CrmKit.builder()
            .store(store.crmStore())
            .clock(clock)
            .tenants(io.crmkit.spi.TenantDirectory.of(TENANT))
            .tieringRule(TieringRules.parse("lifetime-spend", VALUE, tierRule, Fields.standard()))
            .lifecycleRule(LifecycleRules.recency("recency", 90, 3, 180))
            .reminderPolicy(
                ReminderPolicies.visitCadence(
                    VALUE, Map.of(A, Period.ofMonths(1), B, Period.ofMonths(3))))
            .build();
    if (crm.tiers().ladder(TENANT, VALUE).isEmpty()) {
      crm.tiers().defineLadder(TierLadder.ranked(TENANT, VALUE, "C", "B", "A"));
    }

    Map<String, CustomerId> ids =
        store.load(
            crm,
            clock,
            new ReportStore.Batch(fresh, orders, parents, input.accountsFile(), asOf),
            progress);
    Instant analysisStart = asOf.atStartOfDay().toInstant(ZoneOffset.UTC);
    clock.set(analysisStart);

    progress.start("reading facts", 0);
    Map<String, CustomerFacts> facts = Snapshots.facts(crm, ids);
    List<AccountRevenue> own = new ArrayList<>();
    List<AccountRevenue> grouped = new ArrayList<>();
    facts.forEach(
        (key, f) -> {
          own.add(revenue(key, f, currency, asOf, null));
          grouped.add(revenue(key, f, currency, asOf, parents.get(key)));
        });
    ParetoAnalysis byCustomer = ParetoAnalysis.of(own);
    ParetoAnalysis byGroup = ParetoAnalysis.of(grouped);
    KeyAccountCriteria criteria = KeyAccountCriteria.of(largeOrder, CONTRACT_YEARS);
    Map<String, KeyAccountVerdict> customerVerdicts = verdicts(criteria.evaluate(byCustomer));
    Map<String, KeyAccountVerdict> groupVerdicts = verdicts(criteria.evaluate(byGroup));

    Map<String, CustomerFacts> groupFacts = new LinkedHashMap<>();
    for (AccountShare group : byGroup.shares()) {
      groupFacts.put(
          group.key(),
          group.members().size() == 1
              ? facts.get(group.key())
              : crm.facts().ofGroup(TENANT, ids.get(group.key())));
    }
    Map<String, RfmScore> customerRfm = rfm(facts, currency, asOf);
    Map<String, RfmScore> groupRfm = rfm(groupFacts, currency, asOf);

    for (AccountShare group : byGroup.shares()) {
      if (groupVerdicts.get(group.key()).keyAccount()) {
        for (String member : group.members()) {
          CustomerId id = ids.get(member);
          if (crm.ownership().ownership(TENANT, id).flatMap(Ownership::owner).isEmpty()) {
            crm.ownership().assign(TENANT, id, MANAGER, JOB, "key account " + group.key());
          }
        }
      }
    }
    // A key account stays with its manager in a store kept across runs.
    Set<CustomerId> managed = new HashSet<>();
    Page.walk(
        PageRequest.MAX_SIZE,
        request -> crm.ownership().find(OwnershipQuery.in(TENANT).ownedBy(MANAGER), request),
        ownership -> managed.add(ownership.customer()));
    runJob(crm, "tiers", crm.batch().tiersJob(), ids.size());
    runJob(crm, "lifecycle", crm.batch().lifecycleJob(), ids.size());
    // The reminder policies plan only for customers with an account manager, so only those are
    // regenerated instead of letting everyone regenerate and find nothing to plan.
    progress.start("regenerating reminders", managed.size());
    for (CustomerId customer : managed) {
      crm.reminders().regenerate(TENANT, customer);
      progress.step(1);
    }
    progress.start("reading tiers and stages", 0);
    Map<String, String> tiers = Snapshots.tiers(crm, ids, VALUE);
    Map<String, String> stages = Snapshots.stages(crm, ids);
    progress.finish();
    progress.start("fitting forecast models", 0);
    ForecastSection forecast =
        new ForecastAnalysis(settings.forecast(), currency)
            .run(orders, calibrationEnd == null ? asOf : calibrationEnd, holdoutEnd);
    progress.finish();
    List<AccountLine> customerLines = new ArrayList<>();
    for (AccountShare share : byCustomer.shares()) {
      String key = share.key();
      customerLines.add(
          line(
              share,
              parents.get(key),
              facts.get(key),
              customerRfm.get(key),
              customerVerdicts.get(key),
              tiers,
              stages,
              asOf,
              forecast.accounts().get(key)));
    }
    List<AccountLine> groupLines = new ArrayList<>();
    for (AccountShare share : byGroup.shares()) {
      String key = share.key();
      groupLines.add(
          line(
              share,
              null,
              groupFacts.get(key),
              groupRfm.get(key),
              groupVerdicts.get(key),
              tiers,
              stages,
              asOf,
              ForecastAnalysis.group(ForecastAnalysis.of(share.members(), forecast.accounts()))));
    }
    return new Report(
        currency,
        asOf,
        input.rows(),
        input.filtered(),
        orders.size(),
        rejects,
        customerLines,
        groupLines,
        byCustomer.paretoPoint(EIGHTY_PERCENT),
        byGroup.paretoPoint(EIGHTY_PERCENT),
        byCustomer.totalRevenue(),
        tierRule,
        largeOrder,
        REMINDER_DAYS,
        reminders(crm, ids, analysisStart),
        segmentNames(),
        forecast);
  }

  /**
   * Requires a calibration end that leaves orders on both sides: on or after the first order and
   * before the end of the hold-out (the analysis day given by {@code --as-of}, else the last
   * order).
   */
  private static void checkCalibrationEnd(
      LocalDate calibrationEnd, LocalDate firstOrder, LocalDate holdoutEnd) {
    if (calibrationEnd.isBefore(firstOrder)) {
      throw new BadInputException(
          new Reject(
              "(all order files)",
              0,
              "date",
              calibrationEnd.toString(),
              "a --calibration-end on or after the first order on " + firstOrder));
    }
    if (!calibrationEnd.isBefore(holdoutEnd)) {
      throw new BadInputException(
          new Reject(
              "(all order files)",
              0,
              "date",
              calibrationEnd.toString(),
              "a --calibration-end before the end of the hold-out on "
                  + holdoutEnd
                  + " (the last order, or --as-of), so that later orders can test the forecast"));
    }
  }

  private static Reject reject(OrderLine order, String column, String value, String expected) {
    return new Reject(order.file(), order.line(), column, value, expected);
  }

  private List<String> segmentNames() {
    List<String> names = new ArrayList<>();
    settings.segments().rows().forEach(row -> names.add(row.name()));
    names.add(RfmSegmentTable.OTHERS);
    return names;
  }

  private AccountLine line(
      AccountShare share,
      @Nullable String parent,
      CustomerFacts facts,
      @Nullable RfmScore rfm,
      KeyAccountVerdict verdict,
      Map<String, String> tiers,
      Map<String, String> stages,
      LocalDate asOf,
      @Nullable AccountForecast forecast) {
    String key = share.key();
    return new AccountLine(
        key,
        parent,
        share.members().size(),
        facts.orderCount(),
        share.account().revenue(),
        share.share(),
        share.cumulativeShare(),
        share.abcClass(),
        facts.daysSinceLastOrder(asOf).orElse(null),
        rfm,
        rfm == null ? "" : settings.segments().segmentOf(rfm),
        tiers.getOrDefault(key, ""),
        stages.getOrDefault(key, ""),
        verdict.keyAccount(),
        verdict.reasons(),
        forecast);
  }

  private void runJob(CrmKit crm, String name, BatchJob job, int customers) {
    progress.start("running " + name + " job", customers);
    long[] seen = {0};
    // A stored checkpoint of an earlier run would make the job report ALREADY_FINISHED.
    crm.batch().forget(TENANT, JobId.of(name));
    crm.batch()
        .run(
            TENANT,
            JobId.of(name),
            job,
            JobOptions.defaults()
                .withPageSize(500)
                .withListener(
                    p -> {
                      progress.step(p.processed() - seen[0]);
                      seen[0] = p.processed();
                    }));
  }

  private static List<ReminderLine> reminders(
      CrmKit crm, Map<String, CustomerId> ids, Instant from) {
    Map<CustomerId, String> keys = new HashMap<>();
    ids.forEach((key, id) -> keys.put(id, key));
    List<ReminderLine> lines = new ArrayList<>();
    ReminderQuery due =
        ReminderQuery.live(TENANT).dueBetween(from, from.plus(Duration.ofDays(REMINDER_DAYS)));
    Page.walk(
        PageRequest.MAX_SIZE,
        request -> crm.reminders().find(due, request),
        reminder -> {
          ReminderSnapshot r = reminder.snapshot();
          CustomerId about = r.customer();
          lines.add(
              new ReminderLine(
                  r.due(),
                  r.kind().name(),
                  about == null ? "" : keys.getOrDefault(about, about.toString()),
                  r.owner().toString(),
                  r.title()));
        });
    // Reminders due at the same time come in id order, which differs between runs: list them by
    // customer instead, so that equal data give an equal report.
    lines.sort(
        Comparator.comparing(ReminderLine::due)
            .thenComparing(ReminderLine::customer)
            .thenComparing(ReminderLine::kind)
            .thenComparing(ReminderLine::title));
    return lines;
  }

  private static Map<String, KeyAccountVerdict> verdicts(List<KeyAccountVerdict> verdicts) {
    Map<String, KeyAccountVerdict> byKey = new HashMap<>();
    for (KeyAccountVerdict verdict : verdicts) {
      byKey.put(verdict.account(), verdict);
    }
    return byKey;
  }

  private Map<String, RfmScore> rfm(
      Map<String, CustomerFacts> facts, Currency currency, LocalDate asOf) {
    List<RfmInput> inputs = new ArrayList<>();
    facts.forEach(
        (key, f) -> {
          if (f.orderCount() > 0) {
            inputs.add(
                new RfmInput(
                    key,
                    f.daysSinceLastOrder(asOf).orElse(0L),
                    f.orderCount(),
                    f.spend(currency, FactWindow.LIFETIME, asOf).amount()));
          }
        });
    Map<String, RfmScore> scores = new HashMap<>();
    if (!inputs.isEmpty()) {
      for (RfmScore score : RfmScoring.score(inputs, settings.rfmMethod(), RFM_BINS)) {
        scores.put(score.customer(), score);
      }
    }
    return scores;
  }

  private static AccountRevenue revenue(
      String key, CustomerFacts facts, Currency currency, LocalDate asOf, @Nullable String parent) {
    return new AccountRevenue(
        key,
        facts.spend(currency, FactWindow.LIFETIME, asOf).amount(),
        facts.largestOrder(currency).map(Money::amount).orElse(BigDecimal.ZERO),
        facts.continuousContractYears(asOf),
        false,
        parent);
  }
}
