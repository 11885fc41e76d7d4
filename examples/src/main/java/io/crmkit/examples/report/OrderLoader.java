package io.crmkit.examples.report;

import static io.crmkit.examples.report.Analysis.TENANT;

import io.crmkit.core.CrmKit;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Loads the input into crmkit through its public API: every customer registered after its parent
 * (on the day of its first order, so that its registration date means something to the reminder
 * policies), then every order recorded on its own day, in date order, on the replaying clock.
 */
final class OrderLoader {
  private OrderLoader() {}

  /**
   * Registers the customers and records the orders, which must be sorted by date; returns the id
   * crmkit gave each customer key, in registration order.
   *
   * @throws BadInputException if crmkit refuses a customer key as a name
   */
  static Map<String, CustomerId> load(
      CrmKit crm,
      ReplayClock clock,
      List<OrderLine> ordersByDate,
      Map<String, @Nullable String> parents,
      @Nullable String accountsFile,
      Progress progress) {
    Map<String, LocalDate> firstOrder = new HashMap<>();
    Map<String, OrderLine> firstLine = new HashMap<>();
    for (OrderLine order : ordersByDate) {
      firstOrder.putIfAbsent(order.customer(), order.date());
      firstLine.putIfAbsent(order.customer(), order);
    }
    Map<String, CustomerId> ids = new LinkedHashMap<>();
    LocalDate earliest = ordersByDate.get(0).date();
    progress.start("registering customers", parents.size());
    for (String key : parents.keySet()) {
      register(crm, clock, key, parents, ids, firstOrder, firstLine, earliest, accountsFile);
      progress.step(1);
    }
    progress.start("recording orders", ordersByDate.size());
    for (OrderLine order : ordersByDate) {
      clock.set(order.date().atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
      crm.activities()
          .recordOrder(
              TENANT,
              ids.get(order.customer()),
              Money.of(order.amount(), order.currency()),
              order.date());
      progress.step(1);
    }
    return ids;
  }

  /**
   * Returns every customer with its parent: the known accounts (stored ones, then the accounts
   * file's) and their parents first, then the customers of the orders, each with the parent the
   * known accounts or its first order names.
   */
  static Map<String, @Nullable String> parents(
      Map<String, @Nullable String> accounts,
      @Nullable String accountsFile,
      List<OrderLine> orders) {
    Map<String, @Nullable String> parents = new LinkedHashMap<>(accounts);
    for (OrderLine order : orders) {
      if (!parents.containsKey(order.customer()) || parents.get(order.customer()) == null) {
        parents.put(
            order.customer(),
            accounts.containsKey(order.customer())
                ? accounts.get(order.customer())
                : order.parent());
      }
    }
    for (String parent : new ArrayList<>(parents.values())) {
      if (parent != null) {
        parents.putIfAbsent(parent, null);
      }
    }
    for (String key : parents.keySet()) {
      List<String> chain = new ArrayList<>();
      String at = key;
      while (at != null && !chain.contains(at)) {
        chain.add(at);
        at = parents.get(at);
      }
      if (at != null) {
        chain.add(at);
        throw new BadInputException(
            new Reject(
                accountsFile == null ? "(order files)" : accountsFile,
                0,
                "parent",
                String.join(" -> ", chain),
                "parent accounts that do not lead back to the account"));
      }
    }
    return parents;
  }

  private static void register(
      CrmKit crm,
      ReplayClock clock,
      String key,
      Map<String, @Nullable String> parents,
      Map<String, CustomerId> ids,
      Map<String, LocalDate> firstOrder,
      Map<String, OrderLine> firstLine,
      LocalDate earliest,
      @Nullable String accountsFile) {
    if (ids.containsKey(key)) {
      return;
    }
    String parent = parents.get(key);
    if (parent != null) {
      register(crm, clock, parent, parents, ids, firstOrder, firstLine, earliest, accountsFile);
    }
    clock.set(firstOrder.getOrDefault(key, earliest).atStartOfDay().toInstant(ZoneOffset.UTC));
    NewCustomer customer = NewCustomer.organization(TENANT, key);
    if (parent != null) {
      customer.parent(ids.get(parent));
    }
    try {
      ids.put(key, crm.customers().register(customer));
    } catch (ValidationException e) {
      throw refused(key, firstLine.get(key), accountsFile, e);
    }
  }

  /**
   * Returns the data error of a customer key crmkit refuses as a name, located at the customer's
   * first order or else in the accounts file.
   */
  static BadInputException refused(
      String key, @Nullable OrderLine at, @Nullable String accountsFile, ValidationException e) {
    return new BadInputException(
        new Reject(
            at == null ? String.valueOf(accountsFile) : at.file(),
            at == null ? 0 : at.line(),
            "customer",
            key,
            "a customer crmkit accepts (" + e.getMessage() + ")"));
  }
}
