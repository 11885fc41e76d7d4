package io.crmkit.examples.quickstart;

import io.crmkit.core.CrmKit;
import io.crmkit.core.TierService.TierEvaluation;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityRecorded;
import io.crmkit.core.activity.Contract;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.FactWindow;
import io.crmkit.core.activity.Feedback;
import io.crmkit.core.activity.FeedbackChannel;
import io.crmkit.core.activity.Interaction;
import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.contact.Birthday;
import io.crmkit.core.contact.ContactAdded;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactPurpose;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerRegistered;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.reminder.RegenerationReport;
import io.crmkit.core.reminder.Reminder;
import io.crmkit.core.reminder.ReminderEvent;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierChanged;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.core.tier.TieringRule;
import io.crmkit.rules.Fields;
import io.crmkit.rules.TieringRules;
import io.crmkit.rules.reminders.ReminderPolicies;
import io.crmkit.spi.TenantDirectory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Registers a key account (a group and its subsidiary) with two contacts, records orders, a
 * contract, a visit and feedback, reads the account's facts, lets a tier rule written as text
 * decide its tier, and lists the reminders the reminder policies planned for its account manager.
 *
 * @since 0.1
 */
public final class Quickstart {
  private static final Currency CNY = Currency.getInstance("CNY");

  private Quickstart() {}

  /** Runs the quickstart against the system clock and prints to standard output. */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8), Clock.systemDefaultZone());
  }

  /** Runs the quickstart with the given clock, printing what it does. */
  public static void run(PrintStream out, Clock clock) {
    TenantId tenant = TenantId.of("demo");
    LadderKey grade = LadderKey.of("grade");
    TieringRule spend12m =
        TieringRules.parse(
            "spend-12m",
            grade,
            """
            A: spend_365d >= 100000 CNY and orders_365d >= 2
            B: spend_365d >= 20000 CNY
            C: true
            """,
            Fields.standard());
    CrmKit crm =
        CrmKit.builder()
            .store(InMemoryCrmStore.create())
            .clock(clock)
            .tenants(TenantDirectory.of(tenant))
            .tieringRule(spend12m)
            .reminderPolicy(
                ReminderPolicies.visitCadence(
                    grade,
                    Map.of(
                        TierCode.of("A"),
                        Period.ofMonths(1),
                        TierCode.of("B"),
                        Period.ofMonths(3))))
            .reminderPolicy(ReminderPolicies.birthdays(3))
            .reminderPolicy(ReminderPolicies.contractRenewals(120))
            .listener(event -> out.println("  event  " + describe(event)))
            .build();
    crm.tiers().defineLadder(TierLadder.ranked(tenant, grade, "C", "B", "A"));
    LocalDate today = LocalDate.now(clock);
    UserRef manager = UserRef.of("wang.fang");

    out.println("1. Register a group and its subsidiary as one key account");
    CustomerId group =
        crm.customers()
            .register(
                NewCustomer.organization(tenant, "华东机电集团")
                    .latinName("East China Electromechanical Group")
                    .industry("manufacturing")
                    .source("trade-show")
                    .tags("strategic")
                    .owner(manager.value()));
    CustomerId plant =
        crm.customers().register(NewCustomer.organization(tenant, "华东机电苏州工厂").parent(group));

    out.println("2. Add the buyer and the finance manager as contacts");
    ContactId buyer =
        crm.contacts()
            .add(
                NewContact.of(tenant, group, PersonName.chinese("李", "娜"))
                    .title("采购总监")
                    .roles(ContactRole.DECISION_MAKER)
                    .phone("138 1234 5678", "CN", ContactPurpose.WORK)
                    .email("Li.Na@Example.CN", ContactPurpose.WORK)
                    .birthday(new Birthday.Lunar(null, 8, 15, false)));
    crm.contacts()
        .add(
            NewContact.of(tenant, group, PersonName.chinese("赵", "敏"))
                .title("财务经理")
                .roles(ContactRole.FINANCE)
                .birthday(Birthday.Solar.of(MonthDay.from(today.plusDays(2)))));

    out.println("3. Record orders, a contract, a visit and feedback");
    crm.activities().recordOrder(tenant, group, Money.of("128000.00", "CNY"), today.minusDays(12));
    crm.activities().recordOrder(tenant, plant, Money.of("46500.00", "CNY"), today.minusDays(70));
    crm.activities()
        .record(
            Contract.of(
                tenant,
                group,
                today.minusYears(2),
                today.plusMonths(6),
                Money.of("900000", "CNY")));
    crm.activities()
        .record(
            Interaction.of(tenant, group, InteractionType.VISIT, clock.instant(), manager)
                .with(buyer)
                .withOutcome("agreed on the 2027 frame contract")
                .nextContactOn(today.plusDays(30)));
    crm.activities()
        .record(Feedback.satisfaction(tenant, group, 5, FeedbackChannel.SURVEY, clock.instant()));

    out.println("4. What crmkit knows about the account");
    CustomerFacts account = crm.facts().ofGroup(tenant, group);
    out.println("  spend, last 30 days     " + account.spend(CNY, FactWindow.DAYS_30, today));
    out.println("  spend, last 365 days    " + account.spend(CNY, FactWindow.DAYS_365, today));
    out.println("  orders, lifetime        " + account.orderCount(FactWindow.LIFETIME, today));
    out.println("  largest order           " + account.largestOrder(CNY).orElseThrow());
    out.println("  continuous contract     " + account.continuousContractYears(today) + " years");
    out.println(
        "  last contact            "
            + account.lastContactChannel()
            + ", next on "
            + account.nextContactOn());
    out.println("  average satisfaction    " + account.averageSatisfaction().orElseThrow());

    out.println("5. The tier rule decides the account's grade, and says why");
    for (TierEvaluation evaluation : crm.tiers().reevaluate(tenant, group)) {
      out.println(
          "  "
              + evaluation.ladder()
              + " "
              + evaluation.outcome()
              + ": "
              + evaluation.decision().reason());
    }

    out.println("6. The reminder policies plan the account manager's to-do list");
    RegenerationReport planned = crm.reminders().regenerate(tenant, group);
    out.println("  scheduled " + planned.created().size() + " reminders");
    List<Reminder> dueToday =
        crm.reminders().dueToday(tenant, manager, clock.getZone(), PageRequest.first(20)).items();
    dueToday.forEach(r -> out.println("  due today       " + r.snapshot().title()));
    crm.reminders().upcoming(tenant, manager, 90, PageRequest.first(20)).items().stream()
        .filter(r -> r.snapshot().due().toLocalDate().isAfter(today))
        .forEach(
            r ->
                out.println(
                    "  due " + r.snapshot().due().toLocalDate() + "  " + r.snapshot().title()));

    out.println("7. Bad input is refused with every problem listed, and nothing is stored");
    try {
      crm.contacts()
          .add(
              NewContact.of(tenant, group, PersonName.latin("John", "Smith"))
                  .phone("12345", "CN", ContactPurpose.WORK)
                  .email("john@", ContactPurpose.WORK));
    } catch (ValidationException e) {
      for (FieldError error : e.errors()) {
        out.println("  refused " + error);
      }
    }
  }

  private static String describe(CrmEvent event) {
    String what = event.getClass().getSimpleName();
    if (event instanceof CustomerRegistered registered) {
      return what + " " + registered.name().displayName();
    } else if (event instanceof ContactAdded added) {
      return what + " to customer " + added.customer();
    } else if (event instanceof TierChanged changed) {
      TierCode before = changed.previous();
      return what
          + " on "
          + changed.assignment().ladder()
          + ": "
          + (before == null ? "none" : before)
          + " → "
          + changed.assignment().tier();
    } else if (event instanceof ReminderEvent reminder) {
      return what
          + " "
          + (reminder.from() == null ? "scheduled" : reminder.from() + " → " + reminder.to());
    } else if (event instanceof ActivityRecorded recorded) {
      Activity activity = recorded.activity().activity();
      return what + " " + activity.getClass().getSimpleName() + " on " + activity.day();
    }
    return what;
  }
}
