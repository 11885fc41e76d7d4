package io.crmkit.core;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.NotFoundException;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.AssignmentSource;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierDecision;
import io.crmkit.core.tier.TierHistory;
import io.crmkit.core.tier.TierHistorySnapshot;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.core.tier.TierLadderChanged;
import io.crmkit.core.tier.TierOutcome;
import io.crmkit.core.tier.TierQuery;
import io.crmkit.core.tier.TieringRule;
import io.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Defines tier ladders and grades customers on them, keeping every assignment as history. Reached
 * through {@link CrmKit#tiers()}.
 *
 * @since 0.1
 */
public final class TierService {
  private final Kernel kernel;
  private final List<TieringRule> rules;

  TierService(Kernel kernel, List<TieringRule> rules) {
    this.kernel = kernel;
    this.rules = List.copyOf(rules);
  }

  /**
   * Creates a ladder (version 0) or replaces a stored one (at its stored version); returns it as
   * saved. A tier that customers currently hold cannot be removed.
   *
   * @throws ValidationException if a removed tier is still held, naming it and how many hold it
   * @throws io.crmkit.core.shared.ConcurrentUpdateException if the ladder was saved in between
   */
  public TierLadder defineLadder(TierLadder ladder) {
    kernel.requireTenant(ladder.tenant());
    return kernel.execute(
        work -> {
          Optional<TierLadder> stored =
              work.store().tierLadders().find(ladder.tenant(), ladder.key());
          if (stored.isPresent()) {
            Problems problems = Problems.create();
            for (TierCode removed : stored.get().codes()) {
              if (ladder.tier(removed).isEmpty()) {
                long holders =
                    work.store()
                        .tierHistories()
                        .count(TierQuery.on(ladder.tenant(), ladder.key()).currently(removed));
                problems.check(
                    holders == 0,
                    "tiers",
                    removed,
                    "is held by " + holders + " customers and cannot be removed");
              }
            }
            problems.throwIfAny();
          }
          TierLadder saved = work.store().tierLadders().save(ladder);
          work.record(
              List.of(
                  new TierLadderChanged(
                      saved.tenant(), io.crmkit.core.internal.Times.stored(kernel.now()), saved)));
          return saved;
        });
  }

  /** Finds a ladder. */
  public Optional<TierLadder> ladder(TenantId tenant, LadderKey key) {
    kernel.requireTenant(tenant);
    return kernel.execute(work -> work.store().tierLadders().find(tenant, key));
  }

  /** Returns every ladder of the tenant, in key order. */
  public List<TierLadder> ladders(TenantId tenant) {
    kernel.requireTenant(tenant);
    return kernel.execute(work -> work.store().tierLadders().findAll(tenant));
  }

  /**
   * Grades a customer by hand; with {@code lockedUntil}, rules may not change the grade before that
   * instant.
   *
   * @return {@link TierOutcome#ASSIGNED} or {@link TierOutcome#UNCHANGED}
   * @throws NotFoundException if the customer or the ladder does not exist
   * @throws ValidationException if the tier is not on the ladder or the lock is not in the future
   */
  public TierOutcome assignManually(
      TenantId tenant,
      CustomerId customer,
      LadderKey ladder,
      TierCode tier,
      String reason,
      UserRef by,
      @Nullable Instant lockedUntil) {
    return assign(tenant, customer, ladder, tier, AssignmentSource.MANUAL, reason, by, lockedUntil);
  }

  /**
   * Grades a customer as a rule decided today, honouring the ladder's downgrade grace: an upgrade
   * applies at once, a downgrade only once the rule has said "lower" for the grace days (until then
   * the result is {@link TierOutcome#DOWNGRADE_PENDING}); a manual lock in force wins and the
   * result is {@link TierOutcome#LOCKED}.
   *
   * @throws NotFoundException if the customer or the ladder does not exist
   * @throws ValidationException if the tier is not on the ladder
   */
  public TierOutcome assignByRule(
      TenantId tenant,
      CustomerId customer,
      LadderKey ladder,
      TierCode tier,
      String ruleId,
      String reason,
      UserRef by) {
    TierDecision decision = new TierDecision(tier, reason);
    return change(
        tenant,
        customer,
        ladder,
        (history, stored) ->
            history.applyRule(stored, decision, ruleId, kernel.now(), kernel.today(), by));
  }

  private TierOutcome assign(
      TenantId tenant,
      CustomerId customer,
      LadderKey key,
      TierCode tier,
      AssignmentSource source,
      String reason,
      UserRef by,
      @Nullable Instant lockedUntil) {
    return change(
        tenant,
        customer,
        key,
        (history, ladder) ->
            history.assign(ladder, tier, kernel.now(), source, reason, by, lockedUntil));
  }

  /** One change to a customer's history on a stored ladder. */
  private interface HistoryChange {
    TierOutcome apply(TierHistory history, TierLadder ladder);
  }

  private TierOutcome change(
      TenantId tenant, CustomerId customer, LadderKey key, HistoryChange change) {
    kernel.requireTenant(tenant);
    return kernel.execute(
        work -> {
          UnitOfWork store = work.store();
          CustomerService.load(store, tenant, customer);
          TierLadder ladder =
              store
                  .tierLadders()
                  .find(tenant, key)
                  .orElseThrow(() -> new NotFoundException("tier ladder " + key));
          TierHistory history =
              store
                  .tierHistories()
                  .find(tenant, customer)
                  .orElseGet(() -> TierHistory.empty(tenant, customer));
          TierHistorySnapshot before = history.snapshot();
          TierOutcome outcome = change.apply(history, ladder);
          saveIfChanged(work.store(), work, history, before);
          return outcome;
        });
  }

  /**
   * Saves the history when an assignment or a pending downgrade changed, recording its events; an
   * unchanged history is not written.
   */
  private static void saveIfChanged(
      UnitOfWork store, Kernel.Work work, TierHistory history, TierHistorySnapshot before) {
    if (!history.snapshot().equals(before)) {
      work.record(history.pullEvents());
      store.tierHistories().save(history);
    }
  }

  /**
   * Lets every registered {@link TieringRule} decide the customer's tier for today, on the facts of
   * the customer and its subsidiaries taken together, and records each real change; a manual lock
   * in force wins, and a downgrade waits for the ladder's grace (see {@link
   * TierHistory#applyRule}). Returns one evaluation per rule. The history is saved only when an
   * assignment or a pending downgrade changed, and {@code TierChanged} is published only for a real
   * change of tier.
   *
   * @throws NotFoundException if the customer, or a rule's ladder, does not exist
   */
  public List<TierEvaluation> reevaluate(TenantId tenant, CustomerId customer) {
    return reevaluate(tenant, customer, false);
  }

  /**
   * Like {@link #reevaluate}, but skips the rules whose ladder the tenant has not defined; for the
   * re-evaluation that follows a recorded activity, which must not refuse the activity because a
   * tenant has not set up every ladder yet.
   */
  List<TierEvaluation> reevaluateDefinedLadders(TenantId tenant, CustomerId customer) {
    return reevaluate(tenant, customer, true);
  }

  private List<TierEvaluation> reevaluate(
      TenantId tenant, CustomerId customer, boolean skipUndefinedLadders) {
    kernel.requireTenant(tenant);
    return kernel.execute(
        work -> {
          UnitOfWork store = work.store();
          CustomerSnapshot snapshot = CustomerService.load(store, tenant, customer).snapshot();
          CustomerFacts facts = FactsService.groupFacts(store, tenant, customer);
          LocalDate today = kernel.today();
          TierHistory history =
              store
                  .tierHistories()
                  .find(tenant, customer)
                  .orElseGet(() -> TierHistory.empty(tenant, customer));
          TierHistorySnapshot before = history.snapshot();
          List<TierEvaluation> evaluations = new ArrayList<>();
          for (TieringRule rule : rules) {
            Optional<TierLadder> defined = store.tierLadders().find(tenant, rule.ladder());
            if (defined.isEmpty() && skipUndefinedLadders) {
              continue;
            }
            TierLadder ladder =
                defined.orElseThrow(() -> new NotFoundException("tier ladder " + rule.ladder()));
            TierDecision decision = rule.decide(snapshot, facts, today);
            TierOutcome outcome =
                history.applyRule(
                    ladder,
                    decision,
                    rule.id(),
                    kernel.now(),
                    today,
                    UserRef.of("rule:" + rule.id()));
            LocalDate downgradeOn =
                outcome == TierOutcome.DOWNGRADE_PENDING
                    ? history
                        .pendingDowngrade(ladder.key())
                        .orElseThrow()
                        .takesEffectOn(ladder.downgradeGraceDays())
                    : null;
            evaluations.add(new TierEvaluation(rule.ladder(), decision, outcome, downgradeOn));
          }
          saveIfChanged(store, work, history, before);
          return evaluations;
        });
  }

  /**
   * One rule's verdict in {@link #reevaluate}: the ladder, the decision with its reason, and what
   * came of it.
   *
   * @param ladder the ladder
   * @param decision the rule's decision
   * @param outcome assigned, unchanged, locked by a manual assignment, or a downgrade pending
   * @param downgradeOn for {@link TierOutcome#DOWNGRADE_PENDING}, the first day the downgrade takes
   *     effect if the rule keeps saying "lower"; otherwise {@code null}
   * @since 0.1
   */
  public record TierEvaluation(
      LadderKey ladder,
      TierDecision decision,
      TierOutcome outcome,
      @Nullable LocalDate downgradeOn) {

    /**
     * Checks that the date is given exactly for a pending downgrade.
     *
     * @throws IllegalArgumentException if {@code downgradeOn} is given without a pending downgrade
     *     or missing with one
     */
    public TierEvaluation {
      requireNonNull(ladder, "ladder");
      requireNonNull(decision, "decision");
      requireNonNull(outcome, "outcome");
      if ((outcome == TierOutcome.DOWNGRADE_PENDING) != (downgradeOn != null)) {
        throw new IllegalArgumentException(
            "downgradeOn must be given exactly for a pending downgrade but was "
                + downgradeOn
                + " for "
                + outcome);
      }
    }

    /** Returns an evaluation that is not a pending downgrade. */
    public TierEvaluation(LadderKey ladder, TierDecision decision, TierOutcome outcome) {
      this(ladder, decision, outcome, null);
    }
  }

  /** Returns the customer's current tier on the ladder, if graded. */
  public Optional<TierCode> tierOf(TenantId tenant, CustomerId customer, LadderKey ladder) {
    return history(tenant, customer).flatMap(h -> h.current(ladder)).map(a -> a.tier());
  }

  /** Returns the tier the customer had on the ladder at the instant, if graded then. */
  public Optional<TierCode> tierAt(
      TenantId tenant, CustomerId customer, LadderKey ladder, Instant instant) {
    return history(tenant, customer).flatMap(h -> h.tierAt(ladder, instant));
  }

  /** Returns the customer's tier history on every ladder; empty if never graded. */
  public Optional<TierHistory> history(TenantId tenant, CustomerId customer) {
    kernel.requireTenant(tenant);
    return kernel.execute(work -> work.store().tierHistories().find(tenant, customer));
  }

  /** Lists tier histories matching the query, keyset-paged in ascending customer id order. */
  public Page<TierHistory> find(TierQuery query, PageRequest page) {
    kernel.requireTenant(query.tenant());
    return kernel.execute(work -> work.store().tierHistories().find(query, page));
  }

  /** Counts customers matching the query, e.g. everyone currently in tier A. */
  public long count(TierQuery query) {
    kernel.requireTenant(query.tenant());
    return kernel.execute(work -> work.store().tierHistories().count(query));
  }
}
