package io.crmkit.rules;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.segment.SegmentRule;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TieringRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates one tiering rule and a list of segment rules over many in-memory customers at once: a
 * nightly re-tier of a whole customer base, or only the customers whose facts changed. It runs in
 * the calling thread, or in parallel on an {@link Executor} the host supplies (the host owns the
 * threads; crmkit starts none). Both give identical {@link Evaluations}.
 *
 * <pre>
 * CustomerEvaluator evaluator =
 *     CustomerEvaluator.of(tiering, List.of(vip, lapsing)).inParallel(executor, 4);
 * Evaluations result = evaluator.evaluate(subjects);
 * </pre>
 *
 * <p>No reason text is built: tiers are those of {@link TieringRule#decideTier}; call {@link
 * TieringRule#decide} for the customers whose reason is wanted. The conditions of the built-in
 * rules ({@link TieringRules}, {@link SegmentRules}) are compiled together, so that a field several
 * of them name, such as {@code spend_365d}, is read once per customer; other rules are called as
 * they are. Instances are immutable and thread-safe; the rules must be pure, as every crmkit rule
 * is.
 *
 * @since 0.1
 */
public final class CustomerEvaluator {
  private static final int WORD = Long.SIZE;
  private static final int MAX_CHUNK = 64 * WORD;

  private final TieringRule tiering;
  private final List<SegmentRule> segments;
  private final Plan plan;
  private final @Nullable Executor executor;
  private final int parallelism;

  private CustomerEvaluator(
      TieringRule tiering,
      List<SegmentRule> segments,
      Plan plan,
      @Nullable Executor executor,
      int parts) {
    this.tiering = tiering;
    this.segments = segments;
    this.plan = plan;
    this.executor = executor;
    this.parallelism = parts;
  }

  /**
   * Returns an evaluator of the rules that runs in the calling thread.
   *
   * @throws ValidationException if two segment rules have the same id
   * @since 0.1
   */
  public static CustomerEvaluator of(TieringRule tiering, List<SegmentRule> segments) {
    requireNonNull(tiering, "tiering");
    List<SegmentRule> copy = List.copyOf(requireNonNull(segments, "segments"));
    List<FieldError> errors = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      if (!ids.add(copy.get(i).id())) {
        errors.add(
            new FieldError(
                "segments[" + i + "]", copy.get(i).id(), "must not repeat a segment rule id"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new CustomerEvaluator(tiering, copy, new Plan(tiering, copy), null, 1);
  }

  /**
   * Returns an evaluator of the same rules that runs each evaluation as {@code parallelism} tasks
   * on {@code executor} and waits for all of them; the calling thread only waits. The subjects are
   * cut into chunks of at most 4,096 that the tasks take in turn, so a task on a less busy core
   * does more of the work. Give an executor with at least {@code parallelism} threads for the tasks
   * to run at the same time. Lists of one chunk run in the calling thread.
   *
   * @throws NullPointerException if the executor is null
   * @throws ValidationException if {@code parallelism} is below 1
   * @since 0.1
   */
  public CustomerEvaluator inParallel(Executor executor, int parallelism) {
    requireNonNull(executor, "executor");
    if (parallelism < 1) {
      throw ValidationException.of("parallelism", parallelism, "must be at least 1");
    }
    return new CustomerEvaluator(tiering, segments, plan, executor, parallelism);
  }

  /**
   * Returns how many tasks an evaluation runs as at most; 1 when it runs in the calling thread.
   *
   * @since 0.1
   */
  public int parallelism() {
    return executor == null ? 1 : parallelism;
  }

  /**
   * Returns the ids of the segment rules, in the order their memberships appear in results.
   *
   * @since 0.1
   */
  public List<String> segments() {
    return segments.stream().map(SegmentRule::id).toList();
  }

  /**
   * Evaluates every rule for every subject, each on its own day ({@link Subject#asOf()}).
   *
   * @param subjects the customers with their facts, in the order results are indexed
   * @return the tier and memberships of each subject, by its index in {@code subjects}
   * @throws NullPointerException if the list or a subject is null
   * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a task
   * @throws RuntimeException whatever a rule threw, unwrapped, after every task has finished
   * @since 0.1
   */
  public Evaluations evaluate(List<Subject> subjects) {
    List<Subject> all = List.copyOf(requireNonNull(subjects, "subjects"));
    int n = all.size();
    TierCode[] tiers = new TierCode[n];
    long[][] members = new long[segments.size()][(n + WORD - 1) / WORD];
    // Chunks start on a word boundary, so that no two chunks write to the same long of a bitmap;
    // small chunks let a task that runs faster (its core less loaded) take more of them.
    int chunk =
        Math.max(
            WORD,
            Math.min(MAX_CHUNK, roundUpToWord(ceilDiv(n, Math.min(parallelism, 1 << 20) * 4))));
    int chunks = ceilDiv(n, chunk);
    if (executor == null || chunks <= 1) {
      evaluate(all, 0, n, tiers, members, plan.reads.newReads());
    } else {
      AtomicInteger next = new AtomicInteger();
      List<CompletableFuture<Void>> tasks = new ArrayList<>();
      for (int t = 0; t < Math.min(parallelism, chunks); t++) {
        tasks.add(
            CompletableFuture.runAsync(
                () -> {
                  SharedReads.Reads reads = plan.reads.newReads();
                  for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                    int from = c * chunk;
                    evaluate(all, from, Math.min(n, from + chunk), tiers, members, reads);
                  }
                },
                executor));
      }
      join(tasks);
    }
    return new Evaluations(segments(), tiers, members);
  }

  private void evaluate(
      List<Subject> all,
      int from,
      int to,
      TierCode[] tiers,
      long[][] members,
      SharedReads.Reads reads) {
    Predicate<SharedReads.Reads>[] segmentTests = plan.segmentTests;
    for (int i = from; i < to; i++) {
      Subject s = all.get(i);
      reads.start(s);
      tiers[i] =
          plan.tierTests == null
              ? tiering.decideTier(s.customer(), s.facts(), s.asOf())
              : plan.tier(reads);
      for (int k = 0; k < segmentTests.length; k++) {
        if (segmentTests[k].test(reads)) {
          members[k][i / WORD] |= 1L << i;
        }
      }
    }
  }

  /**
   * The rules compiled together: the conditions of built-in rules ({@link TieringRules}, {@link
   * SegmentRules}) share one read of each field per subject; other rules are called as they are.
   */
  private static final class Plan {
    final SharedReads reads = new SharedReads();
    final @Nullable List<TierCode> tiers;
    final Predicate<SharedReads.Reads> @Nullable [] tierTests;
    final Predicate<SharedReads.Reads>[] segmentTests;

    @SuppressWarnings({"unchecked", "rawtypes"})
    Plan(TieringRule tiering, List<SegmentRule> segments) {
      List<TieringRules.Threshold> thresholds = TieringRules.thresholdsOf(tiering).orElse(null);
      if (thresholds == null) {
        tiers = null;
        tierTests = null;
      } else {
        tiers = thresholds.stream().map(TieringRules.Threshold::tier).toList();
        tierTests = new Predicate[thresholds.size()];
        for (int t = 0; t < thresholds.size(); t++) {
          tierTests[t] = reads.compile(thresholds.get(t).condition());
        }
      }
      segmentTests = new Predicate[segments.size()];
      for (int k = 0; k < segments.size(); k++) {
        SegmentRule rule = segments.get(k);
        segmentTests[k] =
            SegmentRules.conditionOf(rule)
                .map(reads::compile)
                .orElse(
                    r -> rule.isMember(r.subject.customer(), r.subject.facts(), r.subject.asOf()));
      }
    }

    TierCode tier(SharedReads.Reads subject) {
      for (int t = 0; t < tierTests.length; t++) {
        if (tierTests[t].test(subject)) {
          return tiers.get(t);
        }
      }
      throw new IllegalStateException(
          "a threshold rule ends with 'true', so some tier always matches");
    }
  }

  private static void join(List<CompletableFuture<Void>> parts) {
    try {
      CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private static int ceilDiv(int dividend, int divisor) {
    return (int) (((long) dividend + divisor - 1) / divisor);
  }

  private static int roundUpToWord(int size) {
    return (int) Math.min(Integer.MAX_VALUE - WORD, ((long) size + WORD - 1) / WORD * WORD);
  }

  @Override
  public String toString() {
    return "CustomerEvaluator["
        + tiering.id()
        + " + "
        + segments()
        + ", parallelism "
        + parallelism()
        + "]";
  }
}
