package io.crmkit.rules;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.CrmKit;
import io.crmkit.core.lifecycle.LifecycleRule;
import io.crmkit.core.segment.SegmentRule;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.core.tier.TieringRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A versioned set of a tenant's rules, edited and published as one document: the threshold rule of
 * each tier ladder, the conditions of the dynamic segments, and optionally the lifecycle rule.
 * Developers build it with {@link #builder}; administrators edit its text form, which {@link
 * #parse} reads into the same AST and {@link #toText} writes back:
 *
 * <pre>
 * ruleset key-accounts version 3
 * # tiers are checked from the highest down; the last must be 'true'
 * ladder value grace 30
 *   A: spend_365d &gt;= 100000 CNY and orders_365d &gt;= 5
 *   B: spend_365d &gt;= 20000 CNY
 *   C: true
 * segment big-spenders: spend_365d &gt;= 50000 CNY
 * lifecycle recency at_risk 90 factor 2.5 churn_after 180
 * </pre>
 *
 * <p>A tiering rule's id carries the version ({@code key-accounts@3/value}), so that every tier
 * assignment it makes records which version decided. A segment rule's id is the segment name alone
 * ({@code big-spenders}): dynamic segments name their rule by id, and that reference must survive a
 * new version. The lifecycle rule's id is {@code key-accounts@3/lifecycle}.
 *
 * <p>The downgrade grace belongs to the stored {@link TierLadder}: that is what tier evaluation
 * reads and what a tenant administrator changes with {@code TierService.defineLadder}. The {@code
 * grace} written after a ladder is therefore optional and only a statement of what the author
 * expects; {@link #checkAgainst} refuses a rule set whose grace disagrees with the stored ladder,
 * so that a new version is never published (or dry-run) under a grace it did not mean.
 *
 * <p>To see what a new version would change before publishing it, a host builds a second {@link
 * CrmKit} over the same store with {@code newVersion.registerOn(CrmKit.builder()...)}, checks it
 * with {@link #checkAgainst} on the stored ladders, and runs the re-tier job of that kit in dry-run
 * mode; the kit in production keeps the current version until the host swaps it.
 *
 * @since 0.1
 */
public final class RuleSet {
  private final String id;
  private final int version;
  private final List<Ladder> ladders;
  private final List<Segment> segments;
  private final @Nullable Recency lifecycle;
  private final List<TieringRule> tieringRules;
  private final List<SegmentRule> segmentRules;

  private RuleSet(Builder b) {
    List<FieldError> errors = new ArrayList<>();
    check(errors, isWord(b.id), "id", b.id, "must be one word without spaces, ':', '@' or '#'");
    check(errors, b.version >= 1, "version", b.version, "must be at least 1");
    Set<LadderKey> ladderKeys = new HashSet<>();
    for (Ladder ladder : b.ladders) {
      check(errors, ladderKeys.add(ladder.key()), "ladders", ladder.key(), "must not repeat");
    }
    Set<String> segmentNames = new HashSet<>();
    for (Segment segment : b.segments) {
      check(
          errors, segmentNames.add(segment.name()), "segments", segment.name(), "must not repeat");
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    this.id = b.id;
    this.version = b.version;
    this.ladders = List.copyOf(b.ladders);
    this.segments = List.copyOf(b.segments);
    this.lifecycle = b.lifecycle;
    if (lifecycle != null) {
      lifecycle.toRule(ruleId("lifecycle")); // refuses an id too long to record, now, not later
    }
    this.tieringRules =
        ladders.stream()
            .map(l -> TieringRules.thresholds(ruleId(l.key().code()), l.key(), l.highestFirst()))
            .toList();
    this.segmentRules =
        segments.stream().map(s -> SegmentRules.condition(s.name(), s.condition())).toList();
  }

  /**
   * Starts a rule set.
   *
   * @param id the rule set's name, one word ({@code key-accounts})
   * @param version its version, from 1
   */
  public static Builder builder(String id, int version) {
    return new Builder(requireNonNull(id, "id"), version);
  }

  /**
   * Reads a rule set from its text form over the standard fields.
   *
   * @throws RuleSyntaxException at the first problem, with its line and column in the document and
   *     what was expected
   */
  public static RuleSet parse(String text) {
    return parse(text, Fields.standard());
  }

  /**
   * Reads a rule set from its text form: first {@code ruleset NAME version N}, then in any order
   * {@code ladder KEY [grace DAYS]} each followed by its indented {@code TIER: condition} lines
   * (highest first, the last {@code TIER: true}), {@code segment NAME: condition} lines and at most
   * one {@code lifecycle recency at_risk DAYS factor K churn_after DAYS} line. Blank lines and
   * lines starting with {@code #} are ignored.
   *
   * @throws RuleSyntaxException at the first problem, with its line and column in the document and
   *     what was expected: a missing or malformed header, a bad version or grace, an unknown
   *     section, a ladder or segment named twice, a ladder whose rule id ({@code NAME@N/KEY}) is
   *     too long to name its tier assignments (reported on the ladder line), a tier named twice, a
   *     threshold list not ending in {@code true}, or any error in a condition
   */
  public static RuleSet parse(String text, Fields fields) {
    return new RuleSetParser(requireNonNull(text, "text"), requireNonNull(fields, "fields"))
        .parse();
  }

  /** Returns the name. */
  public String id() {
    return id;
  }

  /** Returns the version, from 1. */
  public int version() {
    return version;
  }

  /** Returns the ladders' rules, in the order written. */
  public List<Ladder> ladders() {
    return ladders;
  }

  /** Returns the segments' conditions, in the order written. */
  public List<Segment> segments() {
    return segments;
  }

  /** Returns the lifecycle rule's settings, if the rule set has one. */
  public Optional<Recency> lifecycle() {
    return Optional.ofNullable(lifecycle);
  }

  /** Returns the tiering rules, one per ladder, with ids like {@code key-accounts@3/value}. */
  public List<TieringRule> tieringRules() {
    return tieringRules;
  }

  /** Returns the segment rules, each with the segment name as its id. */
  public List<SegmentRule> segmentRules() {
    return segmentRules;
  }

  /** Returns the lifecycle rule, with the id {@code NAME@VERSION/lifecycle}, if there is one. */
  public Optional<LifecycleRule> lifecycleRule() {
    return lifecycle().map(r -> r.toRule(ruleId("lifecycle")));
  }

  /**
   * Registers every rule of the set on a kit builder: the tiering rules, the segment rules and the
   * lifecycle rule if there is one (it replaces one set before).
   *
   * @return the builder
   * @throws ValidationException if the builder has a rule for one of the ladders, or a segment rule
   *     of the same id, already
   */
  public CrmKit.Builder registerOn(CrmKit.Builder builder) {
    requireNonNull(builder, "builder");
    tieringRules.forEach(builder::tieringRule);
    segmentRules.forEach(builder::segmentRule);
    lifecycleRule().ifPresent(builder::lifecycleRule);
    return builder;
  }

  /**
   * Checks the rule set against a tenant's stored ladders (from {@code TierService.ladders}): every
   * ladder it grades must be stored, every tier it names must be on that ladder, and a grace it
   * states must equal the stored ladder's, which is the one in force.
   *
   * @throws ValidationException listing every problem
   */
  public void checkAgainst(Collection<TierLadder> stored) {
    Map<LadderKey, TierLadder> byKey =
        stored.stream()
            .collect(Collectors.toMap(TierLadder::key, Function.identity(), (a, b) -> a));
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < ladders.size(); i++) {
      Ladder ladder = ladders.get(i);
      TierLadder found = byKey.get(ladder.key());
      String field = "ladders." + ladder.key();
      if (found == null) {
        errors.add(new FieldError(field, ladder.key().code(), "must be a stored ladder"));
        continue;
      }
      try {
        TieringRules.checkAgainst(tieringRules.get(i), found);
      } catch (ValidationException e) {
        e.errors().forEach(f -> errors.add(f.under(field)));
      }
      Integer grace = ladder.downgradeGraceDays();
      check(
          errors,
          grace == null || grace == found.downgradeGraceDays(),
          field + ".grace",
          grace,
          "must equal the stored ladder's downgrade grace of "
              + found.downgradeGraceDays()
              + " days; the stored ladder decides, change it with TierService.defineLadder or"
              + " change the text");
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /** Writes the text form, which {@link #parse} reads back to an equal rule set. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append("ruleset ").append(id).append(" version ").append(version).append('\n');
    for (Ladder ladder : ladders) {
      text.append("ladder ").append(ladder.key().code());
      if (ladder.downgradeGraceDays() != null) {
        text.append(" grace ").append(ladder.downgradeGraceDays());
      }
      text.append('\n');
      for (TieringRules.Threshold t : ladder.highestFirst()) {
        text.append("  ").append(t.tier().code()).append(": ").append(text(t.condition()));
        text.append('\n');
      }
    }
    for (Segment segment : segments) {
      text.append("segment ").append(segment.name()).append(": ");
      text.append(text(segment.condition())).append('\n');
    }
    if (lifecycle != null) {
      text.append("lifecycle recency at_risk ").append(lifecycle.atRiskDays());
      text.append(" factor ");
      text.append(BigDecimal.valueOf(lifecycle.typicalIntervalFactor()).toPlainString());
      text.append(" churn_after ").append(lifecycle.churnAfterDays()).append('\n');
    }
    return text.toString();
  }

  /** Returns the id of a rule of this set: {@code NAME@VERSION/part}. */
  String ruleId(String part) {
    return id + "@" + version + "/" + part;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RuleSet r
        && id.equals(r.id)
        && version == r.version
        && ladders.equals(r.ladders)
        && segments.equals(r.segments)
        && Objects.equals(lifecycle, r.lifecycle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, ladders, segments, lifecycle);
  }

  @Override
  public String toString() {
    return "RuleSet[" + id + "@" + version + "]";
  }

  /** Returns whether a name can stand as one word of the text form. */
  static boolean isWord(String name) {
    return !name.isEmpty()
        && name.codePoints()
            .noneMatch(c -> Character.isWhitespace(c) || c == ':' || c == '#' || c == '@');
  }

  private static String text(Condition condition) {
    String text = condition.toString();
    boolean grouped = condition instanceof Condition.All || condition instanceof Condition.Any;
    return grouped ? text.substring(1, text.length() - 1) : text;
  }

  private static void check(
      List<FieldError> errors, boolean ok, String field, @Nullable Object value, String message) {
    if (!ok) {
      errors.add(new FieldError(field, value == null ? null : String.valueOf(value), message));
    }
  }

  /**
   * The threshold rule of one ladder.
   *
   * @param key the ladder
   * @param downgradeGraceDays the grace the author expects the stored ladder to have, or {@code
   *     null} to state none; see {@link RuleSet#checkAgainst}
   * @param highestFirst the thresholds, highest tier first, the last with the condition {@code
   *     true}
   * @since 0.1
   */
  public record Ladder(
      LadderKey key,
      @Nullable Integer downgradeGraceDays,
      List<TieringRules.Threshold> highestFirst) {

    /**
     * Validates the ladder's rules.
     *
     * @throws ValidationException if the key is not one word, the grace is out of range, or the
     *     thresholds are empty, repeat a tier or do not end with {@code true}
     */
    public Ladder {
      requireNonNull(key, "key");
      highestFirst = List.copyOf(highestFirst);
      List<FieldError> errors = new ArrayList<>();
      check(
          errors,
          isWord(key.code()),
          "key",
          key,
          "must be one word without spaces, ':', '@' or '#'");
      check(
          errors,
          downgradeGraceDays == null
              || (downgradeGraceDays >= 0
                  && downgradeGraceDays <= TierLadder.MAX_DOWNGRADE_GRACE_DAYS),
          "downgradeGraceDays",
          downgradeGraceDays,
          "must be between 0 and " + TierLadder.MAX_DOWNGRADE_GRACE_DAYS + " days");
      if (!errors.isEmpty()) {
        throw new ValidationException(errors);
      }
      TieringRules.thresholds("check", key, highestFirst);
    }
  }

  /**
   * The condition of one dynamic segment.
   *
   * @param name the segment rule's id, which dynamic segments name as their {@code ruleRef}
   * @param condition who is a member
   * @since 0.1
   */
  public record Segment(String name, Condition condition) {

    /**
     * Validates the name.
     *
     * @throws ValidationException if the name is not one word
     */
    public Segment {
      requireNonNull(name, "name");
      requireNonNull(condition, "condition");
      if (!isWord(name)) {
        throw ValidationException.of(
            "name", name, "must be one word without spaces, ':', '@' or '#'");
      }
    }
  }

  /**
   * The settings of the recency lifecycle rule, see {@link LifecycleRules#recency}.
   *
   * @param atRiskDays days without an order after which a customer is at risk
   * @param typicalIntervalFactor the factor of the typical interval between orders; 0 for none
   * @param churnAfterDays days at risk after which a customer has churned
   * @since 0.1
   */
  public record Recency(int atRiskDays, double typicalIntervalFactor, int churnAfterDays) {

    /**
     * Validates the settings.
     *
     * @throws ValidationException as {@link LifecycleRules#recency} does
     */
    public Recency {
      LifecycleRules.recency("check", atRiskDays, typicalIntervalFactor, churnAfterDays);
    }

    LifecycleRule toRule(String id) {
      return LifecycleRules.recency(id, atRiskDays, typicalIntervalFactor, churnAfterDays);
    }
  }

  /**
   * Collects the rules of a rule set in the Java DSL.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final String id;
    private final int version;
    private final List<Ladder> ladders = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private @Nullable Recency lifecycle;

    private Builder(String id, int version) {
      this.id = id;
      this.version = version;
    }

    /**
     * Adds a ladder's thresholds, highest first, stating no grace.
     *
     * @throws ValidationException as {@link Ladder} does
     */
    public Builder ladder(LadderKey key, List<TieringRules.Threshold> highestFirst) {
      ladders.add(new Ladder(key, null, highestFirst));
      return this;
    }

    /**
     * Adds a ladder's thresholds, highest first, stating the grace the stored ladder must have.
     *
     * @throws ValidationException as {@link Ladder} does
     */
    public Builder ladder(
        LadderKey key, int downgradeGraceDays, List<TieringRules.Threshold> highestFirst) {
      ladders.add(new Ladder(key, downgradeGraceDays, highestFirst));
      return this;
    }

    /**
     * Adds a dynamic segment's condition.
     *
     * @throws ValidationException if the name is not one word
     */
    public Builder segment(String name, Condition condition) {
      segments.add(new Segment(name, condition));
      return this;
    }

    /** Sets the lifecycle rule. */
    public Builder lifecycle(Recency settings) {
      this.lifecycle = requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Builds the rule set.
     *
     * @throws ValidationException if the id is not one word, the version is below 1, a ladder or
     *     segment is named twice, or a ladder's tiering rule id ({@code NAME@VERSION/LADDER}) is
     *     too long to name its assignments (field {@code id}; see {@link TieringRules#thresholds})
     */
    public RuleSet build() {
      return new RuleSet(this);
    }
  }
}
