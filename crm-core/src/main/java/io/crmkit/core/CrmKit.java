package io.crmkit.core;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Codes;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.lifecycle.LifecycleRule;
import io.crmkit.core.lifecycle.LifecycleTransitions;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.ownership.RecyclingRule;
import io.crmkit.core.reminder.ReminderPolicy;
import io.crmkit.core.segment.SegmentRule;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.tier.TieringRule;
import io.crmkit.spi.CrmEventListener;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.IdGenerator;
import io.crmkit.spi.TenantDirectory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of crmkit: one object per host application, thread-safe, wired explicitly.
 *
 * <pre>{@code
 * CrmKit crm = CrmKit.builder()
 *     .store(InMemoryCrmStore.create())
 *     .clock(Clock.systemUTC())
 *     .tenants(TenantDirectory.of(tenant))
 *     .listener(event -> outbox.publish(event))
 *     .build();
 * CustomerId id = crm.customers().register(NewCustomer.organization(tenant, "华东机电集团"));
 * crm.activities().recordOrder(tenant, id, Money.of("128000.00", "CNY"), orderDate);
 * }</pre>
 *
 * @since 0.1
 */
public final class CrmKit {
  private final Kernel kernel;
  private final CustomerService customers;
  private final ContactService contacts;
  private final ActivityService activities;
  private final FactsService facts;
  private final LifecycleService lifecycle;
  private final TierService tiers;
  private final OwnershipService ownership;
  private final SegmentService segments;
  private final ReminderService reminders;
  private final BatchService batch;
  private final ModelService models;

  private CrmKit(
      Kernel kernel,
      Function<TenantId, LifecycleTransitions> transitions,
      @Nullable LifecycleRule lifecycleRule,
      List<TieringRule> tieringRules,
      Map<String, SegmentRule> segmentRules,
      Map<String, ReminderPolicy> reminderPolicies,
      RecyclingRule recyclingRule,
      boolean reevaluateOnActivity) {
    this.kernel = kernel;
    this.customers = new CustomerService(kernel);
    this.contacts = new ContactService(kernel);
    this.activities =
        new ActivityService(kernel, reevaluateOnActivity ? this::reevaluateGroupOf : null);
    this.facts = new FactsService(kernel);
    this.lifecycle = new LifecycleService(kernel, transitions, lifecycleRule);
    this.tiers = new TierService(kernel, tieringRules);
    this.ownership = new OwnershipService(kernel, recyclingRule);
    this.segments = new SegmentService(kernel, segmentRules);
    this.reminders = new ReminderService(kernel, activities, reminderPolicies);
    this.batch =
        new BatchService(
            kernel, tiers, segments, lifecycle, reminders, ownership, lifecycleRule != null);
    this.models = new ModelService(kernel);
  }

  private void reevaluateGroupOf(TenantId tenant, io.crmkit.core.customer.CustomerId customer) {
    batch.reevaluateGroupOf(tenant, customer);
  }

  /** Starts wiring a kit. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the customer service. */
  public CustomerService customers() {
    return customers;
  }

  /** Returns the contact service. */
  public ContactService contacts() {
    return contacts;
  }

  /** Returns the service that records orders, contracts, interactions and feedback. */
  public ActivityService activities() {
    return activities;
  }

  /** Returns the service that reads and rebuilds customer facts. */
  public FactsService facts() {
    return facts;
  }

  /** Returns the service that moves customers through the lifecycle. */
  public LifecycleService lifecycle() {
    return lifecycle;
  }

  /** Returns the service that defines tier ladders and grades customers. */
  public TierService tiers() {
    return tiers;
  }

  /** Returns the service that runs public pools and moves customers between account managers. */
  public OwnershipService ownership() {
    return ownership;
  }

  /** Returns the service that defines segments and keeps their membership. */
  public SegmentService segments() {
    return segments;
  }

  /** Returns the service that schedules reminders, answers to-do lists and announces due ones. */
  public ReminderService reminders() {
    return reminders;
  }

  /** Returns the service that runs batch jobs over every customer of a tenant. */
  public BatchService batch() {
    return batch;
  }

  /** Returns the service that stores fitted forecast models for scoring without refitting. */
  public ModelService models() {
    return models;
  }

  /** Returns the store the kit keeps its data in. */
  public CrmStore store() {
    return kernel.store;
  }

  /** Returns the clock the kit stamps changes with. */
  public Clock clock() {
    return kernel.clock;
  }

  /**
   * Wires a {@link CrmKit}. The clock and the tenant directory are required; the store defaults to
   * a new {@link InMemoryCrmStore} and ids to random UUIDs.
   *
   * @since 0.1
   */
  public static final class Builder {
    private @Nullable CrmStore store;
    private @Nullable Clock clock;
    private IdGenerator ids = IdGenerator.random();
    private @Nullable TenantDirectory tenants;
    private final List<CrmEventListener> listeners = new ArrayList<>();
    private Function<TenantId, LifecycleTransitions> transitions =
        tenant -> LifecycleTransitions.standard();
    private final List<TieringRule> tieringRules = new ArrayList<>();
    private @Nullable LifecycleRule lifecycleRule;
    private final Map<String, SegmentRule> segmentRules = new LinkedHashMap<>();
    private final Map<String, ReminderPolicy> reminderPolicies = new LinkedHashMap<>();
    private RecyclingRule recyclingRule = RecyclingRule.standard();
    private boolean reevaluateOnActivity;

    private Builder() {}

    /** Sets the store; default: a new in-memory store. */
    public Builder store(CrmStore value) {
      this.store = requireNonNull(value, "store");
      return this;
    }

    /** Sets the clock every change is stamped with (required). */
    public Builder clock(Clock value) {
      this.clock = requireNonNull(value, "clock");
      return this;
    }

    /** Sets the id generator; default: random UUIDs. */
    public Builder idGenerator(IdGenerator value) {
      this.ids = requireNonNull(value, "idGenerator");
      return this;
    }

    /** Sets which tenants exist (required). */
    public Builder tenants(TenantDirectory value) {
      this.tenants = requireNonNull(value, "tenants");
      return this;
    }

    /**
     * Sets the lifecycle moves each tenant allows; default: every move {@link
     * io.crmkit.core.lifecycle.LifecycleStage} allows, for every tenant.
     */
    public Builder lifecycleTransitions(Function<TenantId, LifecycleTransitions> value) {
      this.transitions = requireNonNull(value, "lifecycleTransitions");
      return this;
    }

    /**
     * Registers a rule that {@link TierService#reevaluate} asks; at most one rule per ladder.
     *
     * @throws io.crmkit.core.shared.ValidationException if a rule for the same ladder is registered
     *     already
     */
    public Builder tieringRule(TieringRule rule) {
      requireNonNull(rule, "rule");
      if (tieringRules.stream().anyMatch(r -> r.ladder().equals(rule.ladder()))) {
        throw io.crmkit.core.shared.ValidationException.of(
            "tieringRule", rule.id(), "must be the only rule for ladder " + rule.ladder());
      }
      tieringRules.add(rule);
      return this;
    }

    /** Sets the rule that {@link LifecycleService#reevaluate} asks. */
    public Builder lifecycleRule(LifecycleRule rule) {
      this.lifecycleRule = requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Registers a rule that dynamic segments naming its id use.
     *
     * @throws io.crmkit.core.shared.ValidationException if a rule with the same id is registered
     */
    public Builder segmentRule(SegmentRule rule) {
      requireNonNull(rule, "rule");
      if (segmentRules.putIfAbsent(rule.id(), rule) != null) {
        throw io.crmkit.core.shared.ValidationException.of(
            "segmentRule", rule.id(), "must be registered once");
      }
      return this;
    }

    /**
     * Registers a policy that {@link ReminderService#regenerate} runs; ids are unique.
     *
     * @throws io.crmkit.core.shared.ValidationException if the id is blank, too long, or a policy
     *     with the same id is registered
     */
    public Builder reminderPolicy(ReminderPolicy policy) {
      requireNonNull(policy, "policy");
      String id = Codes.normalize("reminderPolicy", policy.id());
      if (reminderPolicies.putIfAbsent(id, policy) != null) {
        throw io.crmkit.core.shared.ValidationException.of(
            "reminderPolicy", id, "must be registered once");
      }
      return this;
    }

    /**
     * Sets the rule that {@link OwnershipService#recycle} applies; default: {@link
     * RecyclingRule#standard()}, the limits of each pool's policy.
     */
    public Builder recyclingRule(RecyclingRule rule) {
      this.recyclingRule = requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Sets whether recording an activity (an order, a contract, an interaction, feedback)
     * re-evaluates that customer, and every ancestor whose group facts include it, in the same unit
     * of work: its lifecycle (when a lifecycle rule is registered), its tiers and its dynamic
     * segments; no other customer is touched. Tiering rules whose ladder the tenant has not defined
     * are skipped, so a tenant still setting up can record activities. The activity and the
     * re-evaluation commit together or not at all. Default: off, and batch jobs ({@link #batch()})
     * re-evaluate.
     */
    public Builder reevaluateOnActivity(boolean value) {
      this.reevaluateOnActivity = value;
      return this;
    }

    /** Adds a listener that receives events after each successful unit of work. */
    public Builder listener(CrmEventListener value) {
      listeners.add(requireNonNull(value, "listener"));
      return this;
    }

    /**
     * Builds the kit.
     *
     * @throws io.crmkit.core.shared.ValidationException if the clock or the tenant directory is
     *     missing
     */
    public CrmKit build() {
      Problems problems = Problems.create();
      problems.require(clock, "clock");
      problems.require(tenants, "tenants");
      problems.throwIfAny();
      CrmStore chosen = store != null ? store : InMemoryCrmStore.create();
      return new CrmKit(
          new Kernel(chosen, clock, ids, tenants, listeners),
          transitions,
          lifecycleRule,
          tieringRules,
          segmentRules,
          reminderPolicies,
          recyclingRule,
          reevaluateOnActivity);
    }
  }
}
