package io.crmkit.benchmarks;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.ProductCategory;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactPurpose;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.contact.ContactSnapshot;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The rows of B3, a bulk import: {@code customers} customers, each with {@value #CONTACTS_EACH}
 * contacts and {@value #ORDERS_EACH} orders (200,000 / 400,000 / 1,000,000 at full size), built
 * through the public API ({@link Customer#register}, {@link Contact#create}, {@link Order}) from a
 * fixed seed. Customer {@code i}, its contacts and orders depend only on the seed and {@code i}, so
 * a slice of the data is the same slice of a larger run.
 *
 * <p>Customers are organisations with a Chinese and a Latin name, a region, an industry, a size
 * band, an owner among 1,000 managers, 0–2 tags and one address; contacts have a Chinese name, a
 * mobile phone, an e-mail address, a title and one or two roles; orders have an amount, a day in
 * the two years before {@link #AS_OF}, a product category and an order number.
 *
 * @param customers the customers, in import order
 * @param contacts the contacts, {@value #CONTACTS_EACH} per customer in customer order
 * @param orders the orders, {@value #ORDERS_EACH} per customer in customer order
 */
public record ImportData(
    List<CustomerSnapshot> customers,
    List<ContactSnapshot> contacts,
    List<RecordedActivity> orders) {
  /** The tenant of every row. */
  public static final TenantId TENANT = TenantId.of("bench");

  /** Contacts per customer. */
  public static final int CONTACTS_EACH = 2;

  /** Orders per customer. */
  public static final int ORDERS_EACH = 5;

  /** The day the data is generated for. */
  public static final LocalDate AS_OF = CustomerBase.AS_OF;

  private static final Instant NOW = CustomerBase.NOW;
  private static final String[] FAMILY = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳"};
  private static final String[] TITLES = {"采购经理", "总经理", "财务总监", "IT 主管", "销售代表"};
  private static final String[] CITIES = {"上海", "北京", "广州", "深圳", "杭州", "成都", "武汉"};
  private static final String[] CATEGORIES = {"hardware", "software", "services", "supplies"};
  private static final String[] MOBILE = {"138", "139", "150", "186", "135"};
  private static final String[] TAGS = {"vip", "key-account", "partner", "at-risk"};

  /** Copies the lists. */
  public ImportData {
    customers = List.copyOf(customers);
    contacts = List.copyOf(contacts);
    orders = List.copyOf(orders);
  }

  /**
   * Generates the data of {@code count} customers from {@code seed}, using every available core.
   *
   * @throws IllegalArgumentException if count is not positive
   */
  public static ImportData generate(int count, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1 but was " + count);
    }
    List<CustomerSnapshot> customers =
        IntStream.range(0, count).parallel().mapToObj(i -> customer(seed, i)).toList();
    List<ContactSnapshot> contacts =
        IntStream.range(0, count * CONTACTS_EACH)
            .parallel()
            .mapToObj(j -> contact(seed, j, customers.get(j / CONTACTS_EACH).id()))
            .toList();
    List<RecordedActivity> orders =
        IntStream.range(0, count * ORDERS_EACH)
            .parallel()
            .mapToObj(k -> order(seed, k, customers.get(k / ORDERS_EACH).id()))
            .toList();
    return new ImportData(customers, contacts, orders);
  }

  /** Returns the data of the customers {@code [from, to)} with their contacts and orders. */
  public ImportData slice(int from, int to) {
    return new ImportData(
        customers.subList(from, to),
        contacts.subList(from * CONTACTS_EACH, to * CONTACTS_EACH),
        orders.subList(from * ORDERS_EACH, to * ORDERS_EACH));
  }

  /** Returns the number of rows of the three kinds, for reports. */
  public String describe() {
    return customers.size()
        + " customers, "
        + contacts.size()
        + " contacts, "
        + orders.size()
        + " orders";
  }

  private static CustomerSnapshot customer(long seed, int i) {
    SplittableRandom random = random(seed, i, 1);
    Instant createdAt = NOW.minusSeconds(86_400L * random.nextInt(30, 3650));
    NewCustomer input =
        NewCustomer.organization(TENANT, "客户" + i + "有限公司")
            .region(pick(CustomerBase.REGIONS, random))
            .industry(pick(CustomerBase.INDUSTRIES, random))
            .owner(String.format("manager-%04d", random.nextInt(1000)))
            .address(
                Address.of(
                        "CN", null, pick(CITIES, random), null, "路" + random.nextInt(1, 999) + "号")
                    .withPostalCode(String.valueOf(random.nextInt(100_000, 999_999))));
    int tags = random.nextInt(3);
    if (tags > 0) {
      input.tags(TAGS[random.nextInt(TAGS.length)]);
    }
    if (tags > 1) {
      input.tags(TAGS[random.nextInt(TAGS.length)]);
    }
    return Customer.register(CustomerId.of(new UUID(seed, i)), input, createdAt).snapshot();
  }

  private static ContactSnapshot contact(long seed, int j, CustomerId customer) {
    SplittableRandom random = random(seed, j, 2);
    NewContact input =
        NewContact.of(
                TENANT, customer, PersonName.chinese(pick(FAMILY, random), pick(GIVEN, random)))
            .title(pick(TITLES, random))
            .phone(
                "+86 " + pick(MOBILE, random) + String.format("%08d", j % 100_000_000),
                "CN",
                ContactPurpose.WORK)
            .email("contact" + j + "@example" + (j % 97) + ".cn", ContactPurpose.WORK)
            .roles(ContactRole.values()[random.nextInt(ContactRole.values().length)]);
    if (j % 2 == 0) {
      input.roles(ContactRole.PRIMARY_CONTACT);
    }
    Instant createdAt = NOW.minusSeconds(86_400L * random.nextInt(1, 3000));
    return Contact.create(ContactId.of(new UUID(~seed, j)), input, createdAt).snapshot();
  }

  private static RecordedActivity order(long seed, int k, CustomerId customer) {
    SplittableRandom random = random(seed, k, 3);
    LocalDate day = AS_OF.minusDays(random.nextInt(0, 730));
    Order order =
        new Order(
            TENANT,
            customer,
            Money.of(BigDecimal.valueOf(random.nextLong(1_000, 10_000_000), 2), CustomerBase.CNY),
            day,
            ProductCategory.of(pick(CATEGORIES, random)),
            "SO-" + k);
    Instant recordedAt = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(3600);
    return new RecordedActivity(ActivityId.of(new UUID(seed ^ 0x5DEECE66DL, k)), recordedAt, order);
  }

  private static SplittableRandom random(long seed, int i, int stream) {
    return new SplittableRandom((seed * 0x9E37_79B9_7F4A_7C15L + i) * 31 + stream);
  }

  private static String pick(String[] values, SplittableRandom random) {
    return values[random.nextInt(values.length)];
  }
}
