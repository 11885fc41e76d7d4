package io.crmkit.examples.adapter;

import io.crmkit.core.CrmKit;
import io.crmkit.core.activity.FactWindow;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.TenantDirectory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;

/**
 * crmkit on the key-value store, across runs: each run opens the file, registers one more customer
 * with an order, and lists every customer the file holds with its spend, so that the second run
 * shows the first run's customer read back from the file.
 *
 * <p>Run it twice from a fresh clone with {@code ./mvnw -q -B package -DskipTests} and then {@code
 * java -cp examples/target/quickstart.jar io.crmkit.examples.adapter.KeyValueStoreDemo crm.kv}.
 *
 * @since 0.1
 */
public final class KeyValueStoreDemo {
  private static final TenantId TENANT = TenantId.of("demo");
  private static final Currency CNY = Currency.getInstance("CNY");

  private KeyValueStoreDemo() {}

  /**
   * Runs the demo on the file named by the first argument ({@code crm.kv} when there is none), with
   * the system clock, printing to standard output.
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "crm.kv");
    run(file, Clock.systemDefaultZone(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the demo on a file with the given clock.
   *
   * @throws io.crmkit.core.shared.StorageException if the file cannot be opened or written
   */
  public static void run(Path file, Clock clock, PrintStream out) {
    try (KeyValueCrmStore store = KeyValueCrmStore.open(file)) {
      CrmKit crm =
          CrmKit.builder().store(store).clock(clock).tenants(TenantDirectory.of(TENANT)).build();
      LocalDate today = LocalDate.now(clock);

      long before = crm.customers().count(CustomerQuery.in(TENANT));
      String name = "客户 " + (before + 1);
      CustomerId added = crm.customers().register(NewCustomer.organization(TENANT, name));
      crm.activities().recordOrder(TENANT, added, Money.of("1000.00", "CNY"), today);
      out.println("registered " + name + " in " + file);

      out.println("the file holds:");
      Page.walk(
          100,
          page -> crm.customers().find(CustomerQuery.in(TENANT), page),
          customer ->
              out.println(
                  "  "
                      + customer.name().displayName()
                      + "  spend "
                      + crm.facts()
                          .of(TENANT, customer.id())
                          .spend(CNY, FactWindow.LIFETIME, today)));
    }
  }
}
