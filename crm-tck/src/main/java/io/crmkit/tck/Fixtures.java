package io.crmkit.tck;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.Contract;
import io.crmkit.core.activity.Feedback;
import io.crmkit.core.activity.FeedbackChannel;
import io.crmkit.core.activity.Interaction;
import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.ProductCategory;
import io.crmkit.core.contact.Birthday;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactPoint;
import io.crmkit.core.contact.ContactPurpose;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.contact.Validity;
import io.crmkit.core.contact.WeChatId;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerName;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.lifecycle.LifecycleHistory;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.LifecycleTransitions;
import io.crmkit.core.ownership.DepartmentRef;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PoolPolicy;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.reminder.NewReminder;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.CustomAttributes;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.FullName;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.Entitlements;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierDefinition;
import io.crmkit.core.tier.TierLadder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import net.datafaker.Faker;

/**
 * Realistic and nasty test data for crmkit: Chinese ({@code zh_CN}) and Western ({@code en}) names,
 * organisations, phone numbers that libphonenumber accepts, e-mail addresses, postal addresses,
 * customers, contacts, orders in many currencies, contracts, interactions and feedback, made with
 * Datafaker from a seed so that a failing test can be replayed; plus the values that break naive
 * storage: 4-byte characters such as {@value #FOUR_BYTE_HAN}, emoji sequences, names at their
 * maximum length, every ISO 4217 currency at its largest amount, and one custom attribute of every
 * supported type.
 *
 * <p>Instances are not thread-safe; give each thread its own.
 *
 * @since 0.1
 */
public final class Fixtures {
  /** The seed {@link #create()} uses. */
  public static final long DEFAULT_SEED = 20_240_315L;

  /**
   * A Han character outside the Basic Multilingual Plane: four bytes in UTF-8, two UTF-16 units.
   */
  public static final String FOUR_BYTE_HAN = "𠮷";

  /** Emoji that need surrogate pairs, zero-width joiners, regional indicators and modifiers. */
  public static final String EMOJI = "😀👨‍👩‍👧‍👦🇨🇳👍🏽";

  private static final List<String> COMMON_CURRENCIES =
      List.of("CNY", "USD", "EUR", "JPY", "HKD", "GBP", "KWD", "BHD", "CHF", "SGD");
  private static final List<String> ORGANIZATION_SUFFIXES =
      List.of("机电集团有限公司", "科技股份有限公司", "贸易有限公司", "物流有限公司", "医药集团", "电子有限公司");
  private static final List<String> INDUSTRIES =
      List.of("manufacturing", "retail", "制造业", "logistics", "医药");
  private static final List<String> REGIONS = List.of("east-china", "CN-31", "华东", "华南", "emea");
  private static final List<String> SOURCES = List.of("trade-show", "referral", "官网", "cold-call");
  private static final List<String> TAGS =
      List.of("strategic", "战略客户", "VIP", "金卡", "钻石", "华东", "⭐重点" + FOUR_BYTE_HAN);
  private static final List<String> OWNERS = List.of("li.na", "zhang.wei", "j.smith", "王芳");
  private static final List<String> TITLES =
      List.of("采购总监", "总经理", "财务经理", "IT 主管", "Head of Purchasing");
  private static final List<String> DEPARTMENTS = List.of("采购部", "财务部", "信息中心", "Operations");
  private static final List<String> DISTRICTS = List.of("浦东新区", "海淀区", "天河区", "南山区", "鼓楼区");
  private static final List<String> REASONS =
      List.of("签订框架合同", "连续两个季度未下单", "客户回流 " + EMOJI, "won back after the tender", "年度复盘");
  private static final List<String> REMINDER_TITLES =
      List.of("拜访华东机电", "续签合同提醒", "生日问候 " + EMOJI, "Quarterly review call", "回访满意度");
  private static final List<String> CATEGORIES = List.of("pumps", "电机", "valves", "传感器");

  // Datafaker's own phone provider is not used: its module does not read libphonenumber, so it
  // fails on the module path; numbers are made from real prefixes and checked with libphonenumber
  private static final List<String> CHINESE_MOBILE_PREFIXES =
      List.of("130", "135", "138", "139", "150", "158", "177", "186", "188", "189");
  private static final List<String> US_AREA_CODES =
      List.of("212", "206", "303", "312", "415", "512", "617", "646");

  private final Random random;
  private final Faker chinese;
  private final Faker english;

  private Fixtures(long seed) {
    this.random = new Random(seed);
    this.chinese = new Faker(Locale.SIMPLIFIED_CHINESE, new Random(seed ^ 0x5DEECE66DL));
    this.english = new Faker(Locale.ENGLISH, new Random(seed + 1));
  }

  /** Returns fixtures seeded with {@link #DEFAULT_SEED}. */
  public static Fixtures create() {
    return seeded(DEFAULT_SEED);
  }

  /** Returns fixtures that make the same values for the same seed. */
  public static Fixtures seeded(long seed) {
    return new Fixtures(seed);
  }

  /**
   * Returns a tenant no other test uses ({@code tck-} and a random UUID), so that tests sharing one
   * database never see each other's data.
   */
  public static TenantId newTenant() {
    return TenantId.of("tck-" + UUID.randomUUID());
  }

  /** Returns a random number from 0 (inclusive) to {@code bound} (exclusive). */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** Returns one of the values, chosen at random. */
  public <T> T oneOf(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  // names

  /** Returns a Chinese person's name, family first ({@code 张伟}). */
  public PersonName chinesePersonName() {
    return PersonName.chinese(chinese.name().lastName(), chinese.name().firstName());
  }

  /** Returns a Western person's name, given name first ({@code John Smith}). */
  public PersonName westernPersonName() {
    return PersonName.latin(english.name().firstName(), english.name().lastName());
  }

  /** Returns a name with both a Chinese and a Latin form. */
  public PersonName bilingualPersonName() {
    return new PersonName(
        FullName.familyFirst(chinese.name().lastName(), chinese.name().firstName()),
        FullName.givenFirst(english.name().firstName(), english.name().lastName()));
  }

  /** Returns a Chinese organisation name such as {@code 宁波宋氏机电集团有限公司}. */
  public String chineseOrganizationName() {
    return chinese.address().city()
        + chinese.name().lastName()
        + "氏"
        + oneOf(ORGANIZATION_SUFFIXES);
  }

  /** Returns a Western organisation name such as {@code Sporer, Oberbrunner and McDermott}. */
  public String westernOrganizationName() {
    return english.company().name();
  }

  // contact details

  /** Returns a Chinese mobile number, written nationally, that libphonenumber accepts. */
  public PhoneNumber chineseMobile() {
    return phone(() -> chinese.numerify(oneOf(CHINESE_MOBILE_PREFIXES) + " #### ####"), "CN");
  }

  /** Returns a United States number, written nationally, that libphonenumber accepts. */
  public PhoneNumber westernPhone() {
    return phone(
        () -> english.numerify("(" + oneOf(US_AREA_CODES) + ") " + (2 + nextInt(8)) + "##-####"),
        "US");
  }

  /** Returns a valid e-mail address. */
  public EmailAddress email() {
    for (int attempt = 0; ; attempt++) {
      try {
        return EmailAddress.of(english.internet().emailAddress());
      } catch (ValidationException e) {
        if (attempt == 100) {
          throw new IllegalStateException("datafaker made no valid e-mail address", e);
        }
      }
    }
  }

  /** Returns a WeChat id such as {@code wxid_k3j9x2mq}. */
  public WeChatId wechatId() {
    StringBuilder id = new StringBuilder("wxid_");
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < 10; i++) {
      id.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return WeChatId.of(id.toString());
  }

  /** Returns an address in China with province, city, district, street and postal code. */
  public Address chineseAddress() {
    return Address.of(
            "CN",
            chinese.address().state(),
            chinese.address().city(),
            oneOf(DISTRICTS),
            chinese.address().streetAddress())
        .withPostalCode(chinese.address().zipCode());
  }

  /** Returns an address in the United States without a district. */
  public Address westernAddress() {
    return new Address(
        "US",
        english.address().state(),
        english.address().city(),
        null,
        english.address().streetAddress(),
        english.address().zipCode());
  }

  // customers

  /** Returns the input for a Chinese organisation with a Latin name, codes, an address and tags. */
  public NewCustomer newOrganization(TenantId tenant) {
    return NewCustomer.organization(tenant, chineseOrganizationName())
        .latinName(westernOrganizationName())
        .industry(oneOf(INDUSTRIES))
        .region(oneOf(REGIONS))
        .source(oneOf(SOURCES))
        .sizeBand(oneOf(List.of("S", "M", "L", "大型")))
        .purchaseFrequency(oneOf(List.of("weekly", "monthly", "occasional", "高频")))
        .category(oneOf(List.of("distributor", "end-user", "government", "经销商")))
        .address(chineseAddress())
        .tags(oneOf(TAGS), oneOf(TAGS))
        .owner(oneOf(OWNERS));
  }

  /** Returns the input for a person customer with a Western address. */
  public NewCustomer newPerson(TenantId tenant) {
    return NewCustomer.person(
            tenant, random.nextBoolean() ? westernPersonName() : bilingualPersonName())
        .region(oneOf(REGIONS))
        .address(westernAddress())
        .tags(oneOf(TAGS));
  }

  /**
   * Returns a new, unsaved organisation or person customer (version 0) registered at {@code at}.
   */
  public Customer customer(TenantId tenant, CustomerId id, Instant at) {
    return Customer.register(
        id, random.nextInt(3) == 0 ? newPerson(tenant) : newOrganization(tenant), at);
  }

  /**
   * Returns a new, unsaved customer with every field set: both name forms, every code, two
   * addresses, a parent, Chinese and emoji tags, an owner and one attribute of every supported
   * type.
   */
  public Customer fullCustomer(TenantId tenant, CustomerId id, CustomerId parent, Instant at) {
    NewCustomer input =
        NewCustomer.organization(tenant, chineseOrganizationName() + EMOJI)
            .latinName(westernOrganizationName())
            .industry("制造业")
            .sizeBand("大型")
            .purchaseFrequency("高频")
            .category("经销商")
            .region("华东")
            .source("展会" + FOUR_BYTE_HAN)
            .address(chineseAddress())
            .address(westernAddress())
            .parent(parent)
            .tags("战略客户", "VIP", "⭐" + EMOJI, FOUR_BYTE_HAN + "家")
            .owner("王芳");
    attributeValues().forEach((key, value) -> put(input, key, value));
    return Customer.register(id, input, at);
  }

  // contacts

  /** Returns the input for a contact with a Chinese name, a job, roles, a phone and an e-mail. */
  public NewContact newContact(TenantId tenant, CustomerId customer) {
    return NewContact.of(tenant, customer, chinesePersonName())
        .title(oneOf(TITLES))
        .department(oneOf(DEPARTMENTS))
        .roles(oneOf(List.of(ContactRole.values())))
        .contactPoint(ContactPoint.phone(chineseMobile(), ContactPurpose.WORK))
        .contactPoint(ContactPoint.email(email(), ContactPurpose.WORK))
        .language(random.nextBoolean() ? "zh-CN" : "en");
  }

  /** Returns a new, unsaved contact (version 0) of the customer, created at {@code at}. */
  public Contact contact(TenantId tenant, ContactId id, CustomerId customer, Instant at) {
    return Contact.create(id, newContact(tenant, customer), at);
  }

  /**
   * Returns a new, unsaved contact with every field set: both name forms, title and department with
   * emoji, every role, contact points of all four kinds with validity ranges, a lunar birthday in a
   * leap month, a language with a script, and one attribute of every supported type.
   */
  public Contact fullContact(TenantId tenant, ContactId id, CustomerId customer, Instant at) {
    LocalDate day = at.atOffset(ZoneOffset.UTC).toLocalDate();
    NewContact input =
        NewContact.of(tenant, customer, bilingualPersonName())
            .title("采购总监 " + EMOJI)
            .department(FOUR_BYTE_HAN + "采购部")
            .roles(ContactRole.values())
            .contactPoint(
                new ContactPoint.Phone(
                    chineseMobile(), ContactPurpose.WORK, new Validity(day.minusYears(3), day)))
            .contactPoint(
                new ContactPoint.Phone(
                    westernPhone(), ContactPurpose.PERSONAL, new Validity(day.plusDays(1), null)))
            .contactPoint(ContactPoint.email(email(), ContactPurpose.BILLING))
            .contactPoint(ContactPoint.email(EmailAddress.of("张伟@例子.中国"), ContactPurpose.PERSONAL))
            .contactPoint(
                new ContactPoint.WeChat(
                    wechatId(), ContactPurpose.OTHER, new Validity(null, day.plusYears(1))))
            .contactPoint(ContactPoint.postal(chineseAddress(), ContactPurpose.SHIPPING))
            .birthday(new Birthday.Lunar(1990, 4, 15, true))
            .language("zh-Hans-CN");
    attributeValues().forEach((key, value) -> put(input, key, value));
    return Contact.create(id, input, at);
  }

  // activities

  /** Returns an amount in one of ten common currencies, at the currency's scale. */
  public Money money() {
    Currency currency = Currency.getInstance(oneOf(COMMON_CURRENCIES));
    long minor = 1 + (long) random.nextInt(100_000_000);
    return Money.of(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()), currency);
  }

  /** Returns an order on {@code date}, with a category and an order number half of the time. */
  public Order order(TenantId tenant, CustomerId customer, LocalDate date) {
    Order order = Order.of(tenant, customer, money(), date);
    if (random.nextBoolean()) {
      order =
          order
              .withCategory(ProductCategory.of(oneOf(CATEGORIES)))
              .withReference("PO-" + date.getYear() + "-" + random.nextInt(1_000_000) + "号");
    }
    return order;
  }

  /** Returns a contract in force from {@code start} for 30 days to two years. */
  public Contract contract(TenantId tenant, CustomerId customer, LocalDate start) {
    LocalDate end = start.plusDays(29 + random.nextInt(700));
    Contract contract = Contract.of(tenant, customer, start, end, money());
    return random.nextBoolean()
        ? contract.withReference("合同-" + random.nextInt(100_000))
        : contract;
  }

  /** Returns an interaction at {@code at}, with an outcome and a next contact day half the time. */
  public Interaction interaction(TenantId tenant, CustomerId customer, Instant at) {
    Interaction interaction =
        Interaction.of(
            tenant,
            customer,
            oneOf(List.of(InteractionType.values())),
            at,
            UserRef.of(oneOf(OWNERS)));
    if (random.nextBoolean()) {
      interaction =
          interaction
              .withOutcome("客户对报价满意，" + english.lorem().sentence())
              .nextContactOn(at.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(7));
    }
    return interaction;
  }

  /** Returns a satisfaction score, an NPS answer or both, received at {@code at}. */
  public Feedback feedback(TenantId tenant, CustomerId customer, Instant at) {
    int kind = random.nextInt(3);
    Integer satisfaction = kind == 1 ? null : 1 + random.nextInt(5);
    Integer nps = kind == 0 ? null : random.nextInt(11);
    String comment = random.nextBoolean() ? "服务很好 " + EMOJI : null;
    return new Feedback(
        tenant,
        customer,
        null,
        satisfaction,
        nps,
        comment,
        oneOf(List.of(FeedbackChannel.values())),
        at);
  }

  /**
   * Returns an order, contract, interaction or piece of feedback that happened in the two years up
   * to {@code now} (never after it).
   */
  public Activity activity(TenantId tenant, CustomerId customer, Instant now) {
    Instant at = now.minus(random.nextInt(730 * 24 * 60), ChronoUnit.MINUTES);
    LocalDate day = at.atOffset(ZoneOffset.UTC).toLocalDate();
    switch (random.nextInt(4)) {
      case 0:
        return order(tenant, customer, day);
      case 1:
        return contract(tenant, customer, day);
      case 2:
        return interaction(tenant, customer, at);
      default:
        return feedback(tenant, customer, at);
    }
  }

  /**
   * Returns {@code count} activities of the customer that happened in the two years up to {@code
   * now}: orders in several currencies (some on the same day), overlapping contracts, interactions
   * and feedback, in no particular order.
   */
  public List<Activity> history(TenantId tenant, CustomerId customer, Instant now, int count) {
    List<Activity> activities = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      activities.add(activity(tenant, customer, now));
    }
    return activities;
  }

  // key accounts

  /** Returns an account manager, a Chinese or a Western user name. */
  public UserRef manager() {
    return UserRef.of(oneOf(OWNERS));
  }

  /**
   * Returns a new, unsaved lifecycle history of the customer (version 0) that began as a prospect
   * at {@code start} and then made {@code moves} allowed moves, each a few minutes to days after
   * the last and at a microsecond instant, with Chinese, emoji or Latin reasons.
   */
  public LifecycleHistory lifecycleHistory(
      TenantId tenant, CustomerId customer, Instant start, int moves) {
    LifecycleHistory history =
        LifecycleHistory.begin(
            tenant, customer, LifecycleStage.PROSPECT, start, "展会获客 " + EMOJI, manager());
    Instant at = start;
    for (int i = 0; i < moves; i++) {
      List<LifecycleStage> next = new ArrayList<>(history.current().allowedNext());
      next.sort(Comparator.naturalOrder());
      at = at.plus(1 + random.nextInt(10_000), ChronoUnit.MINUTES).plusNanos(1000L * nextInt(999));
      history.advanceTo(
          oneOf(next), at, oneOf(REASONS), manager(), LifecycleTransitions.standard());
    }
    history.pullEvents();
    return history;
  }

  /**
   * Returns a four-rung ladder (普通, 银卡, 金卡, 钻石) with display names in Chinese, traditional Chinese,
   * English and Japanese, whose top tier has every entitlement and one typed extra of every
   * supported type.
   */
  public static TierLadder fullLadder(TenantId tenant, LadderKey key) {
    Entitlements top =
        new Entitlements(
            Period.ofWeeks(2),
            Duration.ofMinutes(90),
            true,
            new BigDecimal("0.125"),
            attributesOfEveryType());
    return TierLadder.of(
        tenant,
        key,
        List.of(
            TierDefinition.of("普通", 1)
                .named(Locale.SIMPLIFIED_CHINESE, "普通客户")
                .named(Locale.ENGLISH, "Standard"),
            TierDefinition.of("silver", 2)
                .named(Locale.SIMPLIFIED_CHINESE, "银卡客户")
                .named(Locale.forLanguageTag("zh-Hant-TW"), "銀卡客戶")
                .entitled(Entitlements.NONE.visitEvery(Period.ofMonths(3))),
            TierDefinition.of("gold", 3)
                .named(Locale.SIMPLIFIED_CHINESE, "金卡客户")
                .named(Locale.JAPANESE, "ゴールド")
                .entitled(
                    Entitlements.NONE
                        .respondWithin(Duration.ofHours(4))
                        .discount(new BigDecimal("0.05"))),
            TierDefinition.of("钻石" + FOUR_BYTE_HAN, 4)
                .named(Locale.SIMPLIFIED_CHINESE, "钻石客户 " + EMOJI)
                .named(Locale.ENGLISH, "Diamond")
                .named(Locale.forLanguageTag("ar-EG"), "الماسي")
                .entitled(top)));
  }

  /**
   * Returns a new, unsaved public pool (version 0) with a Chinese name, members, departments, two
   * administrators and a policy with every limit set.
   */
  public static PublicPool fullPool(TenantId tenant, PoolId id) {
    return new PublicPool(
        tenant,
        id,
        0,
        "华东公海 " + EMOJI,
        Set.of(UserRef.of("li.na"), UserRef.of("王芳"), UserRef.of("j.smith")),
        Set.of(DepartmentRef.of("华东销售部"), DepartmentRef.of("key-accounts")),
        Set.of(UserRef.of("director.zhao"), UserRef.of("主管" + FOUR_BYTE_HAN)),
        new PoolPolicy(50, false, 5, Duration.ofDays(30), 3, 30, 90, false, true));
  }

  /**
   * Returns the input for a reminder about a customer, due at {@code due} in {@code zone}, with a
   * Chinese title and a random kind and owner.
   */
  public NewReminder newReminder(
      TenantId tenant, CustomerId customer, LocalDateTime due, ZoneId zone) {
    return NewReminder.of(
            tenant,
            manager(),
            oneOf(List.of(ReminderKind.values())),
            oneOf(REMINDER_TITLES),
            due,
            zone)
        .customer(customer);
  }

  // nasty values

  /**
   * Returns a Chinese organisation name of exactly {@link CustomerName#MAX_LENGTH} code points,
   * full of 4-byte characters and emoji.
   */
  public static String longestChineseOrganizationName() {
    return text("华东机电" + FOUR_BYTE_HAN + EMOJI + "集团", CustomerName.MAX_LENGTH);
  }

  /** Returns a Latin-script name of exactly {@link CustomerName#MAX_LENGTH} code points. */
  public static String longestLatinOrganizationName() {
    return text("Zürich Œuvre Ångström & Søn Ltd. ", CustomerName.MAX_LENGTH);
  }

  /** Returns a person's name whose four parts each have {@link FullName#MAX_PART} code points. */
  public static PersonName longestPersonName() {
    return new PersonName(
        FullName.familyFirst(
            text("欧阳" + FOUR_BYTE_HAN, FullName.MAX_PART), text("娜" + EMOJI, FullName.MAX_PART)),
        FullName.givenFirst(
            text("Maximilián ", FullName.MAX_PART), text("Ölçer-Łukasz ", FullName.MAX_PART)));
  }

  /**
   * Returns text of exactly {@code codePoints} code points made by repeating {@code pattern}; it
   * neither starts nor ends with white space, so validation keeps it as it is.
   */
  public static String text(String pattern, int codePoints) {
    requireNonNull(pattern, "pattern");
    int[] source = pattern.codePoints().filter(cp -> !Character.isWhitespace(cp)).toArray();
    int[] all = pattern.codePoints().toArray();
    if (source.length == 0) {
      throw new IllegalArgumentException("pattern must have a character that is not white space");
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < codePoints; i++) {
      int cp = all[i % all.length];
      boolean edge = i == 0 || i == codePoints - 1;
      text.appendCodePoint(edge && Character.isWhitespace(cp) ? source[0] : cp);
    }
    return text.toString();
  }

  /** Returns every currency the JDK knows, sorted by code. */
  public static List<Currency> everyCurrency() {
    List<Currency> all = new ArrayList<>(Currency.getAvailableCurrencies());
    all.sort(Comparator.comparing(Currency::getCurrencyCode));
    return all;
  }

  /**
   * Returns the largest amount {@link Money} accepts in the currency: {@value
   * Money#MAX_INTEGER_DIGITS} integer digits and every decimal the currency allows.
   */
  public static Money largestAmount(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    int decimals = digits < 0 ? Money.MAX_DECIMALS_WITHOUT_MINOR_UNIT : digits;
    String nines = "9".repeat(Money.MAX_INTEGER_DIGITS);
    return Money.of(
        new BigDecimal(decimals == 0 ? nines : nines + "." + "8".repeat(decimals)), currency);
  }

  /** Returns one attribute of every type in {@link AttributeKey#SUPPORTED_TYPES}, at its edges. */
  public static CustomAttributes attributesOfEveryType() {
    return CustomAttributes.of(attributeValues());
  }

  /**
   * Returns birthdays of every shape: solar with and without a year, 29 February, lunar in a leap
   * month and not, with and without a year.
   */
  public static List<Birthday> everyKindOfBirthday() {
    return List.of(
        new Birthday.Solar(1985, 6, 1),
        new Birthday.Solar(1988, 2, 29),
        new Birthday.Solar(null, 2, 29),
        new Birthday.Solar(null, 12, 31),
        new Birthday.Lunar(2023, 2, 1, true),
        new Birthday.Lunar(1990, 4, 15, true),
        new Birthday.Lunar(1976, 8, 15, false),
        new Birthday.Lunar(null, 12, 30, false));
  }

  private static Map<AttributeKey<?>, Object> attributeValues() {
    Map<AttributeKey<?>, Object> values = new LinkedHashMap<>();
    values.put(AttributeKey.of("tck.text", String.class), text("备注" + FOUR_BYTE_HAN + EMOJI, 1000));
    values.put(AttributeKey.of("tck.long", Long.class), Long.MIN_VALUE);
    values.put(AttributeKey.of("tck.int", Integer.class), Integer.MAX_VALUE);
    values.put(AttributeKey.of("tck.flag", Boolean.class), Boolean.FALSE);
    values.put(AttributeKey.of("tck.decimal", BigDecimal.class), new BigDecimal("-98765.43210"));
    values.put(AttributeKey.of("tck.date", LocalDate.class), LocalDate.of(2024, 2, 29));
    values.put(
        AttributeKey.of("tck.instant", Instant.class),
        Instant.parse("1969-12-31T23:59:59.999999Z"));
    values.put(AttributeKey.of("tck.money", Money.class), Money.of("12.345", "BHD"));
    return values;
  }

  @SuppressWarnings("unchecked")
  private static <T> void put(NewCustomer input, AttributeKey<T> key, Object value) {
    input.attribute(key, (T) value);
  }

  @SuppressWarnings("unchecked")
  private static <T> void put(NewContact input, AttributeKey<T> key, Object value) {
    input.attribute(key, (T) value);
  }

  private static PhoneNumber phone(Supplier<String> raw, String region) {
    ValidationException last = null;
    for (int attempt = 0; attempt < 200; attempt++) {
      try {
        return PhoneNumber.parse(raw.get(), region);
      } catch (ValidationException e) {
        last = e;
      }
    }
    throw new IllegalStateException("datafaker made no valid " + region + " phone number", last);
  }
}
