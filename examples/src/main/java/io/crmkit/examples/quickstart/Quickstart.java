package io.crmkit.examples.quickstart;

import io.crmkit.core.CrmKit;
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
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.TenantDirectory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Registers a key account (a group and its subsidiary) with a contact, records orders, a contract,
 * a visit and feedback, and prints what crmkit now knows about the account.
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
    CrmKit crm =
        CrmKit.builder()
            .store(InMemoryCrmStore.create())
            .clock(clock)
            .tenants(TenantDirectory.of(tenant))
            .listener(event -> out.println("  event  " + describe(event)))
            .build();
    LocalDate today = LocalDate.now(clock);

    out.println("1. Register a group and its subsidiary as one key account");
    CustomerId group =
        crm.customers()
            .register(
                NewCustomer.organization(tenant, "华东机电集团")
                    .latinName("East China Electromechanical Group")
                    .industry("manufacturing")
                    .source("trade-show")
                    .tags("strategic"));
    CustomerId plant =
        crm.customers().register(NewCustomer.organization(tenant, "华东机电苏州工厂").parent(group));

    out.println("2. Add the buyer as a contact");
    ContactId buyer =
        crm.contacts()
            .add(
                NewContact.of(tenant, group, PersonName.chinese("李", "娜"))
                    .title("采购总监")
                    .roles(ContactRole.DECISION_MAKER)
                    .phone("138 1234 5678", "CN", ContactPurpose.WORK)
                    .email("Li.Na@Example.CN", ContactPurpose.WORK)
                    .birthday(new Birthday.Lunar(null, 8, 15, false)));

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
            Interaction.of(
                    tenant, group, InteractionType.VISIT, clock.instant(), UserRef.of("wang.fang"))
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

    out.println("5. Bad input is refused with every problem listed, and nothing is stored");
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
    } else if (event instanceof ActivityRecorded recorded) {
      Activity activity = recorded.activity().activity();
      return what + " " + activity.getClass().getSimpleName() + " on " + activity.day();
    }
    return what;
  }
}
