package io.crmkit.examples.report;

import static io.crmkit.examples.report.Analysis.TENANT;

import io.crmkit.core.CrmKit;
import io.crmkit.core.activity.ActivityKind;
import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.jpa.CrmPersistenceUnit;
import io.crmkit.jpa.CrmSchema;
import io.crmkit.jpa.CustomerImport;
import io.crmkit.jpa.JpaBulkImport;
import io.crmkit.jpa.JpaCrmStore;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.TenantDirectory;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * The report's data in a database through crm-jpa and Hibernate ({@code --store JDBC_URL}), kept
 * across runs: opening migrates the schema and reads what earlier runs stored; {@link #load} adds
 * the customers and orders that are new, new customers through {@link JpaBulkImport} and new orders
 * of stored customers one unit of work each. A customer's id is a name-based UUID of its key, so a
 * key names the same customer in every run; orders are matched by {@link OrderKey}.
 */
final class JpaReportStore implements ReportStore {
  /**
   * Hibernate logs through java.util.logging here (its logging bridge picks slf4j only with
   * Logback): keep its start-up notes and the warning about its built-in connection pool, which
   * serves one command-line run well, off stderr. Held so that the levels are not collected.
   */
  private static final List<Logger> QUIET =
      List.of(
          quiet("org.hibernate", Level.WARNING),
          quiet("org.hibernate.orm.connections.pooling", Level.SEVERE));

  private final String url;
  private final EntityManagerFactory factory;
  private final JpaCrmStore store;
  private final Map<String, CustomerId> storedIds = new LinkedHashMap<>();
  private final Map<String, @Nullable String> storedParents = new LinkedHashMap<>();
  private final List<OrderLine> storedOrders = new ArrayList<>();
  private final Map<OrderKey, Integer> storedCounts = new HashMap<>();
  private @Nullable String summary;

  private JpaReportStore(String url, EntityManagerFactory factory) {
    this.url = url;
    this.factory = factory;
    this.store = JpaCrmStore.create(factory);
  }

  /**
   * Migrates the database's schema to crmkit's newest, connects and reads what is stored.
   *
   * @throws StoreException if there is no driver for the URL, the database cannot be reached or has
   *     no crmkit schema, or a migration fails
   */
  static JpaReportStore open(String url, String user, String password) {
    EntityManagerFactory factory;
    try {
      CrmSchema.migrate(url, user, password);
      factory =
          CrmPersistenceUnit.createFactory(CrmPersistenceUnit.configuration(url, user, password));
    } catch (RuntimeException e) {
      throw new StoreException("cannot open the store " + url + ": " + reason(e), e);
    }
    JpaReportStore opened = new JpaReportStore(url, factory);
    try {
      opened.read();
    } catch (RuntimeException e) {
      opened.close();
      throw new StoreException("cannot read the store " + url + ": " + reason(e), e);
    }
    return opened;
  }

  /** Returns the name-based id of the customer with a key, the same in every run. */
  static CustomerId customerId(String key) {
    return CustomerId.of(
        UUID.nameUUIDFromBytes(("customer\u0000" + key).getBytes(StandardCharsets.UTF_8)));
  }

  /** Returns whether earlier runs stored any customer. */
  boolean isEmpty() {
    return storedIds.isEmpty();
  }

  @Override
  public CrmStore crmStore() {
    return store;
  }

  @Override
  public List<OrderLine> storedOrders() {
    return storedOrders;
  }

  @Override
  public Map<String, @Nullable String> storedParents() {
    return storedParents;
  }

  @Override
  public List<OrderLine> unstored(List<OrderLine> input) {
    Map<OrderKey, Integer> left = new HashMap<>(storedCounts);
    List<OrderLine> fresh = new ArrayList<>();
    for (OrderLine order : input) {
      OrderKey key = OrderKey.of(order);
      int stored = left.getOrDefault(key, 0);
      if (stored > 0) {
        left.put(key, stored - 1);
      } else {
        fresh.add(order);
      }
    }
    return fresh;
  }

  @Override
  public Map<String, CustomerId> load(
      CrmKit crm, ReplayClock clock, Batch batch, Progress progress) {
    List<OrderLine> fresh = batch.fresh();
    Map<String, @Nullable String> parents = batch.parents();
    Map<String, CustomerId> ids = new LinkedHashMap<>();
    for (String key : parents.keySet()) {
      ids.put(key, storedIds.getOrDefault(key, customerId(key)));
    }
    List<CustomerImport> imports =
        new NewCustomers(ids, parents, batch.accountsFile())
            .of(fresh, batch.orders().get(0).date(), storedIds);
    Instant analysisStart = batch.asOf().atStartOfDay().toInstant(ZoneOffset.UTC);
    progress.start("storing new customers", imports.size());
    long[] seen = {0};
    JpaBulkImport.into(factory, Clock.fixed(analysisStart, ZoneOffset.UTC))
        .run(
            TENANT,
            imports,
            report -> {
              progress.step(report.customers() - seen[0]);
              seen[0] = report.customers();
            });
    clock.set(analysisStart);
    for (Map.Entry<String, CustomerId> stored : storedIds.entrySet()) {
      String parent = parents.get(stored.getKey());
      if (!Objects.equals(parent, storedParents.get(stored.getKey()))) {
        CustomerId parentId = parent == null ? null : ids.get(parent);
        crm.customers()
            .update(TENANT, stored.getValue(), (c, now) -> c.attachToParent(parentId, now));
      }
    }
    long recorded = imports.stream().mapToLong(i -> i.activities().size()).sum();
    progress.start("recording new orders of stored customers", fresh.size() - recorded);
    for (OrderLine order : fresh) {
      CustomerId id = storedIds.get(order.customer());
      if (id != null) {
        clock.set(order.date().atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
        crm.activities().record(NewCustomers.order(id, order));
        progress.step(1);
      }
    }
    summary =
        String.format(
            Locale.ROOT,
            "store %s: %,d customers (%,d new), %,d orders (%,d new)",
            url,
            ids.size(),
            imports.size(),
            batch.orders().size(),
            fresh.size());
    return ids;
  }

  @Override
  public Optional<String> summary() {
    return Optional.ofNullable(summary);
  }

  @Override
  public void close() {
    factory.close();
  }

  private void read() {
    CrmKit reader =
        CrmKit.builder()
            .store(store)
            .clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
            .tenants(TenantDirectory.of(TENANT))
            .build();
    Map<CustomerId, String> keys = new HashMap<>();
    Map<String, @Nullable CustomerId> parentIds = new LinkedHashMap<>();
    Page.walk(
        PageRequest.MAX_SIZE,
        page -> reader.customers().find(CustomerQuery.in(TENANT), page),
        (Customer customer) -> {
          String key = customer.name().displayName();
          keys.put(customer.id(), key);
          storedIds.put(key, customer.id());
          parentIds.put(key, customer.parent().orElse(null));
        });
    parentIds.forEach(
        (key, parent) -> storedParents.put(key, parent == null ? null : keys.get(parent)));
    Page.walk(
        PageRequest.MAX_SIZE,
        page -> reader.activities().find(ActivityQuery.in(TENANT).kind(ActivityKind.ORDER), page),
        (RecordedActivity recorded) -> {
          Order order = (Order) recorded.activity();
          String key = keys.get(order.customer());
          if (key != null) {
            OrderLine line =
                new OrderLine(
                    url,
                    0,
                    key,
                    null,
                    order.date(),
                    order.amount().amount(),
                    order.amount().currency());
            storedOrders.add(line);
            storedCounts.merge(OrderKey.of(line), 1, Integer::sum);
          }
        });
  }

  private static Logger quiet(String name, Level level) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(level);
    return logger;
  }

  private static String reason(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
    if (message.startsWith("No suitable driver")) {
      return message
          + " (the report ships the H2 driver; put the PostgreSQL or MariaDB driver on the class"
          + " path for those)";
    }
    return message;
  }

  /** Builds the imports of the customers that are not stored yet, each with its new orders. */
  private record NewCustomers(
      Map<String, CustomerId> ids,
      Map<String, @Nullable String> parents,
      @Nullable String accountsFile) {

    List<CustomerImport> of(
        List<OrderLine> fresh, LocalDate earliest, Map<String, CustomerId> stored) {
      Map<String, List<OrderLine>> byCustomer = new LinkedHashMap<>();
      for (OrderLine order : fresh) {
        byCustomer.computeIfAbsent(order.customer(), k -> new ArrayList<>()).add(order);
      }
      Map<String, CustomerImport> imports = new LinkedHashMap<>();
      for (String key : parents.keySet()) {
        add(key, byCustomer, earliest, stored, imports);
      }
      return List.copyOf(imports.values());
    }

    private void add(
        String key,
        Map<String, List<OrderLine>> byCustomer,
        LocalDate earliest,
        Map<String, CustomerId> stored,
        Map<String, CustomerImport> imports) {
      if (stored.containsKey(key) || imports.containsKey(key)) {
        return;
      }
      String parent = parents.get(key);
      if (parent != null) {
        add(parent, byCustomer, earliest, stored, imports);
      }
      List<OrderLine> orders = byCustomer.getOrDefault(key, List.of());
      LocalDate registered = orders.isEmpty() ? earliest : orders.get(0).date();
      CustomerId id = ids.get(key);
      NewCustomer input = NewCustomer.organization(TENANT, key);
      if (parent != null) {
        input.parent(ids.get(parent));
      }
      Customer customer;
      try {
        customer =
            Customer.register(id, input, registered.atStartOfDay().toInstant(ZoneOffset.UTC));
      } catch (ValidationException e) {
        throw OrderLoader.refused(key, orders.isEmpty() ? null : orders.get(0), accountsFile, e);
      }
      Map<OrderKey, Integer> occurrences = new HashMap<>();
      List<RecordedActivity> activities = new ArrayList<>();
      for (OrderLine order : orders) {
        OrderKey orderKey = OrderKey.of(order);
        int occurrence = occurrences.merge(orderKey, 1, Integer::sum);
        activities.add(
            new RecordedActivity(
                orderKey.activityId(occurrence),
                order.date().atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC),
                order(id, order)));
      }
      imports.put(key, new CustomerImport(customer, List.of(), activities));
    }

    /** Returns the order as crmkit's activity of the customer with the id. */
    static Order order(CustomerId id, OrderLine order) {
      return Order.of(TENANT, id, Money.of(order.amount(), order.currency()), order.date());
    }
  }
}
