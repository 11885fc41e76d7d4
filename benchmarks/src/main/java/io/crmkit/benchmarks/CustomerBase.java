package io.crmkit.benchmarks;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Contract;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.Feedback;
import io.crmkit.core.activity.FeedbackChannel;
import io.crmkit.core.activity.Interaction;
import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.rules.Subject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A deterministic, in-memory customer base for the benchmarks: {@code count} customers, each a
 * {@link Subject} built through the public API ({@link Customer#register} and {@link
 * CustomerFacts#rebuild} over recorded orders, contracts, interactions and feedback). Customer
 * {@code i} depends only on the seed and {@code i}, so the base is the same however many threads
 * build it.
 *
 * <p>The mix: 8% prospects without orders, 32% occasional buyers (1–4 orders in two years), 40%
 * regular (5–15) and 20% heavy (15–40); a fifth of the buyers lapsed (nothing in the last 180
 * days); order sizes log-normal around a per-customer typical amount (median 3,000 CNY); 35% under
 * yearly contracts; most with a few interactions; 60% with satisfaction scores; seven regions and
 * eight industries with skewed shares; tenure from a month to ten years.
 */
public final class CustomerBase {
  /** The tenant of every generated customer. */
  public static final TenantId TENANT = TenantId.of("bench");

  /** The day every rule decides for. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** The currency of every amount. */
  public static final Currency CNY = Money.currency("CNY");

  static final Instant NOW = AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant();
  static final String[] REGIONS = {
    "east-china",
    "east-china",
    "east-china",
    "north-china",
    "north-china",
    "south-china",
    "south-china",
    "central-china",
    "west-china",
    "hong-kong",
    "overseas"
  };
  static final String[] INDUSTRIES = {
    "manufacturing",
    "manufacturing",
    "retail",
    "retail",
    "energy",
    "finance",
    "healthcare",
    "logistics",
    "software",
    "education"
  };
  private static final String[] SIZE_BANDS = {"micro", "small", "medium", "large"};
  private static final UserRef MANAGER = UserRef.of("manager-1");

  private final List<Subject> subjects;
  private final Map<CustomerId, Integer> index;

  private CustomerBase(List<Subject> subjects) {
    this.subjects = List.copyOf(subjects);
    this.index = new HashMap<>(subjects.size() * 2);
    for (int i = 0; i < this.subjects.size(); i++) {
      index.put(this.subjects.get(i).customer().id(), i);
    }
  }

  /** Generates {@code count} customers from {@code seed}, using every available core. */
  public static CustomerBase generate(int count, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1 but was " + count);
    }
    return new CustomerBase(
        IntStream.range(0, count).parallel().mapToObj(i -> customer(seed, i)).toList());
  }

  /** Returns every customer, in generation order. */
  public List<Subject> subjects() {
    return subjects;
  }

  /** Returns the number of customers. */
  public int size() {
    return subjects.size();
  }

  /** Returns the customer with the id, as a host's store would find it. */
  public Subject subject(CustomerId id) {
    Integer at = index.get(requireNonNull(id, "id"));
    if (at == null) {
      throw new IllegalArgumentException("no customer " + id);
    }
    return subjects.get(at);
  }

  /** Returns the position of the customer with the id. */
  public int indexOf(CustomerId id) {
    Integer at = index.get(requireNonNull(id, "id"));
    if (at == null) {
      throw new IllegalArgumentException("no customer " + id);
    }
    return at;
  }

  /**
   * Records one to three new orders, dated {@link #AS_OF}, for every {@code every}-th customer
   * (every 100th is 1%) and returns the changed base and the changed ids in the order changed.
   */
  public Change withNewOrders(int every, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Subject> changed = new ArrayList<>(subjects);
    List<CustomerId> ids = new ArrayList<>();
    for (int i = random.nextInt(every); i < subjects.size(); i += every) {
      Subject before = subjects.get(i);
      CustomerFacts facts = before.facts();
      int orders = random.nextInt(1, 4);
      for (int o = 0; o < orders; o++) {
        Order order =
            Order.of(
                TENANT,
                before.customer().id(),
                Money.of(BigDecimal.valueOf(random.nextLong(50_000, 5_000_000), 2), CNY),
                AS_OF);
        facts =
            facts.apply(
                new RecordedActivity(ActivityId.of(new UUID(~seed, (long) i * 8 + o)), NOW, order));
      }
      changed.set(i, new Subject(before.customer(), facts, AS_OF));
      ids.add(before.customer().id());
    }
    return new Change(new CustomerBase(changed), List.copyOf(ids));
  }

  /**
   * A base after some customers' facts changed.
   *
   * @param after the base with the new facts
   * @param changed the ids of the changed customers
   */
  public record Change(CustomerBase after, List<CustomerId> changed) {}

  private static Subject customer(long seed, int i) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E37_79B9_7F4A_7C15L + i);
    CustomerId id = CustomerId.of(new UUID(seed, i));
    int tenureDays = random.nextInt(30, 3650);
    Instant createdAt = NOW.minusSeconds(86_400L * tenureDays + random.nextInt(86_400));
    NewCustomer input =
        NewCustomer.organization(TENANT, "客户" + i)
            .region(pick(REGIONS, random))
            .industry(pick(INDUSTRIES, random))
            .sizeBand(pick(SIZE_BANDS, random));
    Customer customer = Customer.register(id, input, createdAt);

    List<RecordedActivity> history = new ArrayList<>();
    int profile = random.nextInt(100);
    int orders =
        profile < 8
            ? 0
            : profile < 40
                ? random.nextInt(1, 5)
                : profile < 80 ? random.nextInt(5, 16) : random.nextInt(15, 41);
    int span = Math.min(tenureDays, 730);
    boolean lapsed = random.nextInt(5) == 0 && span > 200;
    int newest = lapsed ? random.nextInt(181, span + 1) : 0;
    double typical = Math.exp(Math.log(3000) + random.nextDouble(-1.5, 1.5) * 1.2);
    for (int o = 0; o < orders; o++) {
      long cents = Math.max(100, (long) (typical * 100 * random.nextDouble(0.3, 2.5)));
      LocalDate day = AS_OF.minusDays(random.nextInt(newest, span + 1));
      record(
          history, seed, i, Order.of(TENANT, id, Money.of(BigDecimal.valueOf(cents, 2), CNY), day));
    }
    if (random.nextInt(100) < 35) {
      int years = random.nextInt(1, 5);
      LocalDate start = AS_OF.minusDays(365L * years - random.nextInt(0, 300));
      for (int y = 0; y < years; y++) {
        LocalDate from = start.plusYears(y);
        record(
            history,
            seed,
            i,
            Contract.of(
                TENANT,
                id,
                from,
                from.plusYears(1).minusDays(1),
                Money.of(BigDecimal.valueOf(random.nextLong(1_000_000, 50_000_000), 2), CNY)));
      }
    }
    int interactions = random.nextInt(100) < 20 ? 0 : random.nextInt(1, 7);
    for (int k = 0; k < interactions; k++) {
      InteractionType type =
          InteractionType.values()[random.nextInt(InteractionType.values().length)];
      Instant at = NOW.minusSeconds(86_400L * random.nextInt(0, 400) + random.nextInt(86_400));
      record(history, seed, i, Interaction.of(TENANT, id, type, at, MANAGER));
    }
    if (random.nextInt(100) < 60) {
      int scores = random.nextInt(1, 4);
      for (int k = 0; k < scores; k++) {
        int score = Math.min(5, 1 + random.nextInt(3) + random.nextInt(3));
        Instant at = NOW.minusSeconds(86_400L * random.nextInt(0, 700));
        record(
            history, seed, i, Feedback.satisfaction(TENANT, id, score, FeedbackChannel.SURVEY, at));
      }
    }
    return new Subject(customer.snapshot(), CustomerFacts.rebuild(TENANT, id, history), AS_OF);
  }

  private static void record(
      List<RecordedActivity> history, long seed, int customer, io.crmkit.core.activity.Activity a) {
    UUID id = new UUID(seed ^ ((long) customer << 16), history.size());
    history.add(new RecordedActivity(ActivityId.of(id), NOW, a));
  }

  private static String pick(String[] values, SplittableRandom random) {
    return values[random.nextInt(values.length)];
  }
}
