package io.crmkit.benchmarks;

import io.crmkit.core.activity.ActivityKind;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.DailySpend;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.ContactPoint;
import io.crmkit.core.contact.ContactSnapshot;
import io.crmkit.core.customer.CustomerName;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.ownership.MoveKind;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.DateRange;
import io.crmkit.core.shared.FullName;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * B3's baseline: the same rows crm-jpa writes, inserted with plain JDBC — one prepared statement
 * per table, batches of {@link BenchJpa#BATCH} rows, one transaction per {@value
 * #CUSTOMERS_PER_COMMIT} customers with their contacts and orders (the library side commits at the
 * same points).
 *
 * <p>It is hand-written for the rows {@link ImportData} generates: organisations with addresses,
 * tags, an owner (and so the ownership crm-core's registration stores: that owner, assigned by
 * themselves at the creation instant, one move) and no custom attributes; contacts with Chinese
 * names, phones, e-mail addresses and roles; orders; and each customer's facts, folded from its
 * orders by {@link CustomerFacts#rebuild} as the library's import does. The texts of the list
 * columns follow crm-jpa's documented formats (records split by line feeds, fields by {@code |},
 * {@code %N} for an absent field), and the derived keys come from the same crm-core values the
 * library reads ({@link CustomerName#searchKeys()}, the e-mail address's canonical form, the
 * phone's E.164 form). {@link TableDigest} checks that both sides store the same rows.
 */
final class JdbcImport {
  /** How many customers (with their contacts and orders) each transaction of B3 writes. */
  static final int CUSTOMERS_PER_COMMIT = 1000;

  private JdbcImport() {}

  /** Inserts every row of the data, committing every {@value #CUSTOMERS_PER_COMMIT} customers. */
  static void run(BenchDatabase.Schema schema, ImportData data) {
    try (Connection c = schema.connect()) {
      c.setAutoCommit(false);
      for (int from = 0; from < data.customers().size(); from += CUSTOMERS_PER_COMMIT) {
        int to = Math.min(from + CUSTOMERS_PER_COMMIT, data.customers().size());
        insert(c, data.slice(from, to));
        c.commit();
      }
    } catch (SQLException e) {
      throw new StorageException("the JDBC import failed: " + e.getMessage(), e);
    }
  }

  private static void insert(Connection c, ImportData data) throws SQLException {
    try (Batch customers =
            new Batch(
                c,
                "insert into crm_customer (tenant_id, id, version, lock_version, created_at_us,"
                    + " updated_at_us, name_kind, name_chinese, name_chinese_family,"
                    + " name_chinese_order, name_latin, name_latin_family, name_latin_order,"
                    + " industry, size_band, purchase_frequency, category, region, source,"
                    + " parent_id, owner_ref, deleted_at_us, addresses, attributes) values"
                    + " (?, ?, ?, 0, ?, ?, ?, ?, null, null, ?, null, null, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?)");
        Batch tags =
            new Batch(
                c, "insert into crm_customer_tag (tenant_id, customer_id, tag) values (?, ?, ?)");
        Batch nameKeys =
            new Batch(
                c,
                "insert into crm_customer_name_key (tenant_id, customer_id, search_key)"
                    + " values (?, ?, ?)");
        Batch ownerships =
            new Batch(
                c,
                "insert into crm_ownership (tenant_id, customer_id, version, lock_version,"
                    + " owner_ref, pool_id, locked, team) values (?, ?, 1, 0, ?, null, ?, '')");
        Batch moves =
            new Batch(
                c,
                "insert into crm_ownership_move (tenant_id, customer_id, move_no, kind,"
                    + " previous_owner, new_owner, pool_id, actor, at_us, reason) values (?, ?,"
                    + " 0, ?, null, ?, null, ?, ?, ?)")) {
      for (CustomerSnapshot s : data.customers()) {
        customers.add(customerRow(s));
        for (var tag : s.tags()) {
          tags.add(s.tenant().value(), s.id().toString(), tag.code());
        }
        for (String key : new LinkedHashSet<>(s.name().searchKeys())) {
          nameKeys.add(s.tenant().value(), s.id().toString(), key);
        }
        if (s.owner() != null) {
          // the ownership crm-core's registration stores: the owner assigned by themselves
          String owner = s.owner().value();
          ownerships.add(s.tenant().value(), s.id().toString(), owner, false);
          moves.add(
              s.tenant().value(),
              s.id().toString(),
              MoveKind.ASSIGNED.name(),
              owner,
              owner,
              micros(s.createdAt()),
              Ownership.REGISTERED);
        }
      }
    }
    try (Batch contacts =
            new Batch(
                c,
                "insert into crm_contact (tenant_id, id, customer_id, version, lock_version,"
                    + " created_at_us, updated_at_us, name_chinese, name_chinese_family,"
                    + " name_chinese_order, name_latin, name_latin_family, name_latin_order,"
                    + " title, department, roles, contact_points, birthday_calendar,"
                    + " birthday_year, birthday_month, birthday_day, birthday_leap_month,"
                    + " preferred_language, attributes) values (?, ?, ?, ?, 0, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, null, null, null, null, null, null, ?)");
        Batch keys =
            new Batch(
                c,
                "insert into crm_contact_key (tenant_id, contact_id, search_key) values (?, ?,"
                    + " ?)")) {
      for (ContactSnapshot s : data.contacts()) {
        contacts.add(contactRow(s));
        for (String key : contactKeys(s)) {
          keys.add(s.tenant().value(), s.id().toString(), key);
        }
      }
    }
    try (Batch orders =
            new Batch(
                c,
                "insert into crm_activity (tenant_id, id, customer_id, kind, recorded_at_us,"
                    + " activity_day, amount, currency, category, reference) values (?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?)");
        Batch facts =
            new Batch(
                c,
                "insert into crm_customer_facts (tenant_id, customer_id, version, lock_version,"
                    + " order_count, lifetime_spend, largest_orders, first_order_date,"
                    + " last_order_date, recent_orders, contract_count, contract_coverage,"
                    + " interaction_count, last_contact_at_us, last_contact_channel,"
                    + " last_contact_activity, next_contact_on, feedback_count,"
                    + " satisfaction_count, satisfaction_sum, nps_count, nps_promoters,"
                    + " nps_detractors) values (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?)")) {
      for (RecordedActivity r : data.orders()) {
        Order o = (Order) r.activity();
        orders.add(
            o.tenant().value(),
            r.id().toString(),
            o.customer().toString(),
            ActivityKind.ORDER.name(),
            micros(r.recordedAt()),
            o.date(),
            o.amount().amount(),
            o.amount().currency().getCurrencyCode(),
            o.category() == null ? null : o.category().code(),
            o.reference());
      }
      int each = ImportData.ORDERS_EACH;
      for (int k = 0; k < data.orders().size(); k += each) {
        RecordedActivity first = data.orders().get(k);
        facts.add(
            factsRow(
                CustomerFacts.rebuild(
                    first.activity().tenant(),
                    first.activity().customer(),
                    data.orders().subList(k, k + each))));
      }
    }
  }

  private static @Nullable Object[] factsRow(CustomerFacts f) {
    List<List<@Nullable String>> days = new ArrayList<>();
    for (DailySpend d : f.recentOrders()) {
      days.add(
          fields(
              "D",
              d.day().toString(),
              d.amount().amount().toPlainString(),
              d.amount().currency().getCurrencyCode(),
              Integer.toString(d.orders())));
    }
    List<List<@Nullable String>> ranges = new ArrayList<>();
    for (DateRange r : f.contractCoverage()) {
      ranges.add(fields("R", r.start().toString(), r.end().toString()));
    }
    return new @Nullable Object[] {
      f.tenant().value(),
      f.customer().toString(),
      f.version() + 1,
      f.orderCount(),
      monies(f.lifetimeSpend()),
      monies(f.largestOrders()),
      f.firstOrderDate(),
      f.lastOrderDate(),
      records(days),
      f.contractCount(),
      records(ranges),
      f.interactionCount(),
      f.lastContactAt() == null ? null : micros(f.lastContactAt()),
      f.lastContactChannel() == null ? null : f.lastContactChannel().name(),
      f.lastContactActivity() == null ? null : f.lastContactActivity().toString(),
      f.nextContactOn(),
      f.feedbackCount(),
      f.satisfactionCount(),
      f.satisfactionSum(),
      f.npsCount(),
      f.npsPromoters(),
      f.npsDetractors()
    };
  }

  private static String monies(List<Money> monies) {
    List<List<@Nullable String>> records = new ArrayList<>();
    for (Money m : monies) {
      records.add(fields("M", m.amount().toPlainString(), m.currency().getCurrencyCode()));
    }
    return records(records);
  }

  private static @Nullable Object[] customerRow(CustomerSnapshot s) {
    if (!(s.name() instanceof CustomerName.Organization org)) {
      throw new IllegalArgumentException("the baseline imports organisations only: " + s.id());
    }
    if (!s.attributes().asMap().isEmpty()) {
      throw new IllegalArgumentException("the baseline imports no custom attributes: " + s.id());
    }
    List<List<@Nullable String>> addresses = new ArrayList<>();
    for (Address a : s.addresses()) {
      addresses.add(
          fields(
              "A", a.country(), a.province(), a.city(), a.district(), a.street(), a.postalCode()));
    }
    return new @Nullable Object[] {
      s.tenant().value(),
      s.id().toString(),
      s.version() + 1,
      micros(s.createdAt()),
      micros(s.updatedAt()),
      s.name().kind().name(),
      org.chinese(),
      org.latin(),
      s.industry() == null ? null : s.industry().code(),
      s.sizeBand() == null ? null : s.sizeBand().code(),
      s.purchaseFrequency() == null ? null : s.purchaseFrequency().code(),
      s.category() == null ? null : s.category().code(),
      s.region() == null ? null : s.region().code(),
      s.source() == null ? null : s.source().code(),
      s.parent() == null ? null : s.parent().toString(),
      s.owner() == null ? null : s.owner().value(),
      s.deletedAt() == null ? null : micros(s.deletedAt()),
      records(addresses),
      ""
    };
  }

  private static @Nullable Object[] contactRow(ContactSnapshot s) {
    if (s.birthday() != null || s.preferredLanguage() != null) {
      throw new IllegalArgumentException("the baseline imports no birthdays or languages");
    }
    if (!s.attributes().asMap().isEmpty()) {
      throw new IllegalArgumentException("the baseline imports no custom attributes: " + s.id());
    }
    List<List<@Nullable String>> points = new ArrayList<>();
    for (ContactPoint p : s.contactPoints()) {
      String from = p.validity().from() == null ? null : p.validity().from().toString();
      String until = p.validity().until() == null ? null : p.validity().until().toString();
      if (p instanceof ContactPoint.Phone phone) {
        points.add(fields("P", phone.number().e164(), p.purpose().name(), from, until));
      } else if (p instanceof ContactPoint.Email email) {
        points.add(fields("E", email.address().value(), p.purpose().name(), from, until));
      } else {
        throw new IllegalArgumentException("the baseline imports phones and e-mails only: " + p);
      }
    }
    FullName chinese = s.name().chinese();
    FullName latin = s.name().latin();
    return new @Nullable Object[] {
      s.tenant().value(),
      s.id().toString(),
      s.customer().toString(),
      s.version() + 1,
      micros(s.createdAt()),
      micros(s.updatedAt()),
      chinese == null ? null : chinese.given(),
      chinese == null ? null : chinese.family(),
      chinese == null ? null : chinese.order().name(),
      latin == null ? null : latin.given(),
      latin == null ? null : latin.family(),
      latin == null ? null : latin.order().name(),
      s.title(),
      s.department(),
      s.roles().stream().map(Enum::name).collect(Collectors.joining(",")),
      records(points),
      ""
    };
  }

  private static Set<String> contactKeys(ContactSnapshot s) {
    Set<String> keys = new LinkedHashSet<>();
    for (ContactPoint p : s.contactPoints()) {
      if (p instanceof ContactPoint.Email e) {
        keys.add("email:" + e.address().canonical());
      } else if (p instanceof ContactPoint.Phone phone) {
        keys.add("phone:" + phone.number().e164());
      }
    }
    s.roles().forEach(r -> keys.add("role:" + r.name()));
    return keys;
  }

  private static List<@Nullable String> fields(@Nullable String... values) {
    List<@Nullable String> list = new ArrayList<>(values.length);
    for (String v : values) {
      list.add(v);
    }
    return list;
  }

  /** crm-jpa's list-column text: records by line feed, fields by bar, escapes, %N for null. */
  private static String records(List<List<@Nullable String>> records) {
    return records.stream()
        .map(r -> r.stream().map(JdbcImport::field).collect(Collectors.joining("|")))
        .collect(Collectors.joining("\n"));
  }

  private static String field(@Nullable String value) {
    return value == null
        ? "%N"
        : value.replace("%", "%25").replace("|", "%7C").replace("\n", "%0A").replace("\r", "%0D");
  }

  private static long micros(Instant at) {
    return ReminderSql.micros(at);
  }

  /** One prepared insert, sent every {@link BenchJpa#BATCH} rows and at close. */
  private static final class Batch implements AutoCloseable {
    private final PreparedStatement statement;
    private int pending;

    Batch(Connection c, String sql) throws SQLException {
      this.statement = c.prepareStatement(sql);
    }

    void add(@Nullable Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) {
          statement.setNull(i + 1, Types.NULL);
        } else {
          statement.setObject(i + 1, values[i]);
        }
      }
      statement.addBatch();
      if (++pending == BenchJpa.BATCH) {
        statement.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        if (pending > 0) {
          statement.executeBatch();
        }
      } finally {
        statement.close();
      }
    }
  }
}
