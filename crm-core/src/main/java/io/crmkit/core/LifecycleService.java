package io.crmkit.core;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.lifecycle.LifecycleHistory;
import io.crmkit.core.lifecycle.LifecycleQuery;
import io.crmkit.core.lifecycle.LifecycleRule;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.LifecycleTransitions;
import io.crmkit.core.lifecycle.StageChange;
import io.crmkit.core.lifecycle.StageDecision;
import io.crmkit.core.shared.NotFoundException;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Moves customers through the lifecycle (潜在 → 新 → 现有 → 流失, with win-back) and answers where they
 * stand; every move is kept with its reason and actor. Reached through {@link CrmKit#lifecycle()}.
 *
 * @since 0.1
 */
public final class LifecycleService {
  private final Kernel kernel;
  private final Function<TenantId, LifecycleTransitions> transitions;
  private final @Nullable LifecycleRule rule;

  LifecycleService(
      Kernel kernel,
      Function<TenantId, LifecycleTransitions> transitions,
      @Nullable LifecycleRule rule) {
    this.kernel = kernel;
    this.transitions = transitions;
    this.rule = rule;
  }

  /**
   * Lets the registered {@link LifecycleRule} decide the customer's stage for today, on the facts
   * of the customer and its subsidiaries, and records the move when the rule asks for one the
   * tenant allows; returns the move made, if any. The move's actor is {@code rule:<id>}.
   *
   * @throws IllegalStateException if no lifecycle rule is registered
   * @throws NotFoundException if the tenant has no such customer
   */
  public Optional<StageChange> reevaluate(TenantId tenant, CustomerId customer) {
    kernel.requireTenant(tenant);
    if (rule == null) {
      throw new IllegalStateException(
          "no lifecycle rule is registered; add one with CrmKit.builder().lifecycleRule(...)");
    }
    return kernel.execute(
        work -> {
          CustomerSnapshot snapshot =
              CustomerService.load(work.store(), tenant, customer).snapshot();
          CustomerFacts facts = FactsService.groupFacts(work.store(), tenant, customer);
          Optional<LifecycleHistory> existing = work.store().lifecycle().find(tenant, customer);
          LifecycleStage current = existing.map(LifecycleHistory::current).orElse(null);
          Optional<StageDecision> decision = rule.decide(snapshot, facts, current, kernel.today());
          if (decision.isEmpty() || decision.get().stage() == current) {
            return Optional.<StageChange>empty();
          }
          UserRef actor = UserRef.of("rule:" + rule.id());
          LifecycleHistory history;
          if (existing.isEmpty()) {
            history =
                LifecycleHistory.begin(
                    tenant,
                    customer,
                    decision.get().stage(),
                    kernel.now(),
                    decision.get().reason(),
                    actor);
          } else if (transitions.apply(tenant).allows(current, decision.get().stage())) {
            history = existing.get();
            history.advanceTo(
                decision.get().stage(),
                kernel.now(),
                decision.get().reason(),
                actor,
                transitions.apply(tenant));
          } else {
            return Optional.<StageChange>empty();
          }
          work.record(history.pullEvents());
          LifecycleHistory saved = work.store().lifecycle().save(history);
          return Optional.of(saved.changes().get(saved.changes().size() - 1));
        });
  }

  /**
   * Moves a customer to a stage, or starts its lifecycle there when it has none yet; returns the
   * history as saved. Moving a customer to the stage it is in changes nothing.
   *
   * @throws NotFoundException if the tenant has no such customer
   * @throws io.crmkit.core.shared.InvalidTransitionException naming both stages if the move is not
   *     allowed for the tenant
   * @throws ValidationException if the reason is blank or too long
   */
  public LifecycleHistory moveTo(
      TenantId tenant, CustomerId customer, LifecycleStage stage, String reason, UserRef actor) {
    kernel.requireTenant(tenant);
    requireNonNull(stage, "stage");
    return kernel.execute(
        work -> {
          CustomerService.load(work.store(), tenant, customer);
          Optional<LifecycleHistory> existing = work.store().lifecycle().find(tenant, customer);
          LifecycleHistory history;
          if (existing.isEmpty()) {
            history = LifecycleHistory.begin(tenant, customer, stage, kernel.now(), reason, actor);
          } else {
            history = existing.get();
            if (!history.advanceTo(stage, kernel.now(), reason, actor, transitions.apply(tenant))) {
              return history;
            }
          }
          work.record(history.pullEvents());
          return work.store().lifecycle().save(history);
        });
  }

  /** Returns a customer's lifecycle history, if it has begun. */
  public Optional<LifecycleHistory> history(TenantId tenant, CustomerId customer) {
    kernel.requireTenant(tenant);
    return kernel.execute(work -> work.store().lifecycle().find(tenant, customer));
  }

  /** Returns a customer's current stage, if its lifecycle has begun. */
  public Optional<LifecycleStage> stageOf(TenantId tenant, CustomerId customer) {
    return history(tenant, customer).map(LifecycleHistory::current);
  }

  /** Lists lifecycle histories matching the query, keyset-paged in ascending customer id order. */
  public Page<LifecycleHistory> find(LifecycleQuery query, PageRequest page) {
    kernel.requireTenant(query.tenant());
    return kernel.execute(work -> work.store().lifecycle().find(query, page));
  }

  /** Counts lifecycle histories matching the query, e.g. the customers currently churned. */
  public long count(LifecycleQuery query) {
    kernel.requireTenant(query.tenant());
    return kernel.execute(work -> work.store().lifecycle().count(query));
  }

  /** Returns the moves the tenant allows. */
  public LifecycleTransitions transitions(TenantId tenant) {
    kernel.requireTenant(tenant);
    return transitions.apply(tenant);
  }
}
