package io.crmkit.examples.erp;

import io.crmkit.core.CrmKit;
import io.crmkit.core.activity.Contract;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.reminder.RegenerationReport;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderSnapshot;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.rules.RuleSet;
import io.crmkit.rules.reminders.ReminderPolicies;
import io.crmkit.spi.TenantDirectory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An ERP extends crmkit without forking it: its data rides on customers as typed attributes, its
 * credit rule and credit-review policy are registered next to crmkit's built-ins, its value ladder
 * is text its administrators edit, and a listener forwards tier changes and due reminders to the
 * ERP: the morning run announces each reminder whose day came, once.
 *
 * @since 0.1
 */
public final class ErpExtension {
  /** The value ladder as the ERP's administrators keep it: a versioned rule-set document. */
  static final String VALUE_RULES =
      """
      ruleset erp-value version 1
      # checked from the highest tier down; the last line must be 'true'
      ladder value
        钻石: spend_365d >= 500000 CNY
        金卡: spend_365d >= 100000 CNY or orders_365d >= 12
        普通: true
      """;

  private ErpExtension() {}

  /** Runs the example against the system clock and prints to standard output. */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8), Clock.systemDefaultZone());
  }

  /** Runs the example with the given clock, printing what crmkit and the ERP do. */
  public static void run(PrintStream out, Clock start) {
    TenantId tenant = TenantId.of("erp-demo");
    DayClock clock = new DayClock(start);
    LocalDate today = LocalDate.now(clock);

    out.println("1. Wire the ERP's extensions next to crmkit's built-ins");
    RuleSet valueRules = RuleSet.parse(VALUE_RULES);
    ErpEventForwarder forwarder = new ErpEventForwarder(printingHost(out));
    CrmKit crm =
        valueRules
            .registerOn(
                CrmKit.builder()
                    .store(InMemoryCrmStore.create())
                    .clock(clock)
                    .tenants(TenantDirectory.of(tenant)))
            .tieringRule(CreditLimitTieringRule.preferredFrom(Money.of("500000", "CNY")))
            .reminderPolicy(ReminderPolicies.contractRenewals(60))
            .reminderPolicy(CreditReviewPolicy.daysBefore(30))
            .listener(forwarder)
            .build();
    forwarder.connect(crm);
    crm.tiers().defineLadder(TierLadder.ranked(tenant, LadderKey.of("value"), "普通", "金卡", "钻石"));
    crm.tiers()
        .defineLadder(
            TierLadder.ranked(
                tenant, CreditLimitTieringRule.LADDER, "WATCH", "STANDARD", "PREFERRED"));
    valueRules.checkAgainst(crm.tiers().ladders(tenant));
    valueRules.tieringRules().forEach(rule -> out.println("  rule from text  " + rule.id()));
    out.println("  rule in Java    erp.credit-limit on " + CreditLimitTieringRule.LADDER);

    out.println("2. Sync two accounts from the ERP, with its data as typed attributes");
    CustomerId group =
        crm.customers()
            .register(
                NewCustomer.organization(tenant, "华东机电集团")
                    .owner("wang.fang")
                    .attribute(ErpAttributes.VENDOR_NO, "V-10023")
                    .attribute(ErpAttributes.CREDIT_LIMIT, Money.of("800000", "CNY"))
                    .attribute(ErpAttributes.CREDIT_LIMIT_UNTIL, today.plusDays(20)));
    CustomerId shenzhen =
        crm.customers()
            .register(
                NewCustomer.organization(tenant, "深圳联创电子")
                    .latinName("Shenzhen Lianchuang Electronics")
                    .owner("li.lei")
                    .attribute(ErpAttributes.VENDOR_NO, "V-20417")
                    .attribute(ErpAttributes.CREDIT_LIMIT, Money.of("50000", "CNY"))
                    .attribute(ErpAttributes.CREDIT_LIMIT_UNTIL, today.plusDays(200)));
    for (CustomerId id : List.of(group, shenzhen)) {
      var attributes = crm.customers().get(tenant, id).attributes();
      out.println(
          "  "
              + attributes.get(ErpAttributes.VENDOR_NO).orElseThrow()
              + "  credit limit "
              + attributes.get(ErpAttributes.CREDIT_LIMIT).orElseThrow()
              + " until "
              + attributes.get(ErpAttributes.CREDIT_LIMIT_UNTIL).orElseThrow());
    }

    out.println("3. Post the ERP's invoices as orders, and its frame contract");
    crm.activities().recordOrder(tenant, group, Money.of("320000", "CNY"), today.minusDays(40));
    crm.activities().recordOrder(tenant, group, Money.of("260000", "CNY"), today.minusDays(9));
    crm.activities().recordOrder(tenant, shenzhen, Money.of("36000", "CNY"), today.minusDays(50));
    crm.activities().recordOrder(tenant, shenzhen, Money.of("28000", "CNY"), today.minusDays(6));
    crm.activities()
        .record(
            Contract.of(
                tenant,
                group,
                today.minusYears(1),
                today.plusDays(45),
                Money.of("1200000", "CNY")));

    out.println("4. Grade both accounts; the ERP hears of every change");
    crm.tiers().reevaluate(tenant, group);
    crm.tiers().reevaluate(tenant, shenzhen);

    out.println("5. Plan reminders: crmkit's contract renewals and the ERP's credit reviews");
    printPlan(out, crm, tenant, crm.reminders().regenerate(tenant, group));
    printPlan(out, crm, tenant, crm.reminders().regenerate(tenant, shenzhen));

    out.println("6. Finance raises V-20417's limit; the next nightly run re-grades and re-plans");
    clock.nextDay();
    crm.customers()
        .update(
            tenant,
            shenzhen,
            (customer, now) -> {
              customer.putAttribute(ErpAttributes.CREDIT_LIMIT, Money.of("150000", "CNY"), now);
              customer.putAttribute(ErpAttributes.CREDIT_LIMIT_UNTIL, today.plusDays(365), now);
            });
    crm.tiers().reevaluate(tenant, shenzhen);
    printPlan(out, crm, tenant, crm.reminders().regenerate(tenant, shenzhen));

    out.println("7. The morning run announces the reminders due today; the ERP hears each once");
    LocalDate morning = LocalDate.now(clock);
    out.println("  announced " + crm.reminders().announceDue(tenant, morning).size());
    out.println("  announced again " + crm.reminders().announceDue(tenant, morning).size());
  }

  /** Prints what a regeneration scheduled and cancelled, with the ERP's vendor number. */
  private static void printPlan(
      PrintStream out, CrmKit crm, TenantId tenant, RegenerationReport report) {
    String vendorNo =
        crm.customers()
            .get(tenant, report.customer())
            .attributes()
            .get(ErpAttributes.VENDOR_NO)
            .orElse("-");
    Map<String, List<ReminderId>> moves = new LinkedHashMap<>();
    moves.put("planned  ", report.created());
    moves.put("cancelled", report.cancelled());
    moves.forEach(
        (move, ids) ->
            ids.forEach(
                id -> {
                  ReminderSnapshot r = crm.reminders().find(tenant, id).orElseThrow().snapshot();
                  out.println("  " + move + " " + vendorNo + " due " + r.due() + ": " + r.title());
                }));
  }

  /** The host's clock in this example: it starts at a given instant and moves a day at a time. */
  private static final class DayClock extends Clock {
    private final Clock start;
    private volatile Duration offset = Duration.ZERO;

    DayClock(Clock start) {
      this.start = start;
    }

    void nextDay() {
      offset = offset.plusDays(1);
    }

    @Override
    public ZoneId getZone() {
      return start.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the example keeps one zone");
    }

    @Override
    public Instant instant() {
      return start.instant().plus(offset);
    }
  }

  /** The ERP side of the bridge in this example: it prints what it receives. */
  private static ErpHost printingHost(PrintStream out) {
    return new ErpHost() {
      @Override
      public void tierChanged(
          String vendorNo, LadderKey ladder, @Nullable TierCode from, TierCode to, String reason) {
        out.println(
            "  ERP ← tier      "
                + vendorNo
                + " "
                + ladder
                + ": "
                + (from == null ? "none" : from)
                + " → "
                + to
                + "  ("
                + reason
                + ")");
      }

      @Override
      public void reminderDue(
          String vendorNo, UserRef owner, ReminderKind kind, String title, ZonedDateTime due) {
        out.println(
            "  ERP ← due       "
                + vendorNo
                + " "
                + owner
                + " "
                + kind
                + ", due "
                + due.toLocalDateTime()
                + ": "
                + title);
      }
    };
  }
}
