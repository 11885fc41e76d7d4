package io.crmkit.rules.reminders;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Contract;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.Interaction;
import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Birthday;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactSnapshot;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.ownership.ClaimLoad;
import io.crmkit.core.ownership.Claimant;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.ownership.OwnershipSnapshot;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PoolPolicy;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.reminder.ReminderContext;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Builds reminder contexts by hand: a customer of 华东机电集团 owned by wang.fang since 2026-01-05. */
final class PolicyFixture {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final TenantId TENANT = TenantId.of("acme");
  static final CustomerId ID = CustomerId.of(new UUID(0, 1));
  static final UserRef WANG = UserRef.of("wang.fang");
  static final UserRef ADMIN = UserRef.of("director.zhao");
  static final LadderKey GRADE = LadderKey.of("grade");
  static final Instant REGISTERED = Instant.parse("2026-01-05T02:00:00Z");
  static final PublicPool POOL =
      PublicPool.of(TENANT, PoolId.of("east"), "华东公海", ADMIN).withMembers(WANG);

  private final CustomerSnapshot customer =
      Customer.register(ID, NewCustomer.organization(TENANT, "华东机电集团"), REGISTERED).snapshot();
  private CustomerFacts facts = CustomerFacts.empty(TENANT, ID);
  private final List<ContactSnapshot> contacts = new ArrayList<>();
  private Map<LadderKey, TierCode> tiers = Map.of();
  private OwnershipSnapshot ownership;
  private @Nullable PoolPolicy policy;
  private long ids = 100;

  PolicyFixture() {
    Ownership o = Ownership.none(TENANT, ID);
    o.assign(null, WANG, ADMIN, REGISTERED, "key account");
    ownership = o.snapshot();
  }

  PolicyFixture unowned() {
    ownership = Ownership.none(TENANT, ID).snapshot();
    return this;
  }

  /** Makes the customer claimed from the east pool at the instant, under the policy. */
  PolicyFixture claimedFromPool(Instant at, PoolPolicy poolPolicy) {
    PublicPool pool = POOL.withPolicy(poolPolicy);
    Ownership o = Ownership.none(TENANT, ID);
    o.putInPool(pool, ADMIN, at.minusSeconds(60), "lead");
    o.claim(pool, Claimant.of(WANG), new ClaimLoad(0, 0), at, "mine");
    ownership = o.snapshot();
    policy = poolPolicy;
    return this;
  }

  PolicyFixture tier(String code) {
    tiers = Map.of(GRADE, TierCode.of(code));
    return this;
  }

  PolicyFixture contactedAt(Instant at) {
    return record(
        new Interaction(TENANT, ID, null, InteractionType.VISIT, at, WANG, "ok", null), at);
  }

  PolicyFixture contract(LocalDate start, LocalDate end) {
    return record(
        Contract.of(TENANT, ID, start, end, Money.of("120000", "CNY")),
        start.atStartOfDay(SHANGHAI).toInstant());
  }

  ContactId contact(String family, String given, @Nullable Birthday birthday) {
    ContactId id = ContactId.of(new UUID(0, ids++));
    NewContact input = NewContact.of(TENANT, ID, PersonName.chinese(family, given));
    if (birthday != null) {
      input.birthday(birthday);
    }
    contacts.add(Contact.create(id, input, REGISTERED).snapshot());
    return id;
  }

  ReminderContext on(LocalDate asOf) {
    return new ReminderContext(customer, facts, contacts, tiers, ownership, policy, asOf, SHANGHAI);
  }

  private PolicyFixture record(Activity activity, Instant at) {
    facts = facts.apply(new RecordedActivity(ActivityId.of(new UUID(1, ids++)), at, activity));
    return this;
  }
}
