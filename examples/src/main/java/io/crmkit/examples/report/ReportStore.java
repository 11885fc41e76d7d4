package io.crmkit.examples.report;

import io.crmkit.core.CrmKit;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.spi.CrmStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where the report keeps crmkit's data: in memory for one run ({@link InMemoryReportStore}), or in
 * a database across runs ({@link JpaReportStore}, the {@code --store} option), whose stored orders
 * the report analyses together with the input's new ones.
 */
interface ReportStore extends AutoCloseable {

  /** Returns the crmkit store the report's kit runs on. */
  CrmStore crmStore();

  /** Returns the orders stored by earlier runs, in a stable order; none in memory. */
  List<OrderLine> storedOrders();

  /**
   * Returns every stored customer's key with its parent's key, in a stable order; none in memory.
   */
  Map<String, @Nullable String> storedParents();

  /**
   * Returns the input orders the store does not hold yet, in input order: an order counts as stored
   * while the store holds as many orders of the same customer, day, amount and currency as the
   * input has up to it.
   */
  List<OrderLine> unstored(List<OrderLine> input);

  /**
   * Stores the customers that are not stored yet and the new orders, and returns the id of every
   * customer of {@link Batch#parents()} by key, in that map's order.
   *
   * @param crm the kit on {@link #crmStore()}
   * @param clock the kit's clock, moved to each order's day while the order is recorded
   * @param batch what to store
   * @param progress the progress bar
   * @throws BadInputException if crmkit refuses a customer key
   */
  Map<String, CustomerId> load(CrmKit crm, ReplayClock clock, Batch batch, Progress progress);

  /** Returns what {@link #load} stored, as one line for stderr; empty in memory. */
  Optional<String> summary();

  /**
   * What one run stores.
   *
   * @param fresh the new orders to store (from {@link #unstored}), sorted by date
   * @param orders every order the report analyses (stored and new), sorted by date
   * @param parents every customer with its parent
   * @param accountsFile the accounts file, for error messages
   * @param asOf the analysis day; no order is later
   */
  record Batch(
      List<OrderLine> fresh,
      List<OrderLine> orders,
      Map<String, @Nullable String> parents,
      @Nullable String accountsFile,
      LocalDate asOf) {}

  /** Releases the database connections, if any. */
  @Override
  void close();
}
