package io.crmkit.rules.keyaccount;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Ranks accounts by revenue and classes them A, B or C: subsidiaries are first rolled up into their
 * top-level parent (a group counts as one account), then the top-level accounts are sorted by
 * revenue descending, ties by key, and each gets its share, its cumulative share and its class by
 * the {@link AbcCutPoints}.
 *
 * <p>Class boundaries are decided on exact revenue sums, not on the rounded shares. An account
 * without revenue is always class C. When total revenue is 0, every share is 0 and every account is
 * C.
 *
 * @since 0.1
 */
public final class ParetoAnalysis {
  /** The number of decimals shares are given to. */
  public static final int SCALE = 10;

  private static final Comparator<AccountRevenue> RANKING =
      Comparator.comparing(AccountRevenue::revenue)
          .reversed()
          .thenComparing(AccountRevenue::account);

  private final AbcCutPoints cutPoints;
  private final BigDecimal total;
  private final List<AccountShare> shares;
  private final List<BigDecimal> cumulativeRevenue;

  private ParetoAnalysis(
      AbcCutPoints cutPoints,
      BigDecimal total,
      List<AccountShare> shares,
      List<BigDecimal> cumulativeRevenue) {
    this.cutPoints = cutPoints;
    this.total = total;
    this.shares = List.copyOf(shares);
    this.cumulativeRevenue = List.copyOf(cumulativeRevenue);
  }

  /**
   * Rolls up groups, ranks and classes the accounts.
   *
   * @throws ValidationException listing every problem: no accounts, a repeated account key, a
   *     parent that is not among the accounts, or a parent chain that loops
   */
  public static ParetoAnalysis of(List<AccountRevenue> accounts, AbcCutPoints cutPoints) {
    requireNonNull(accounts, "accounts");
    requireNonNull(cutPoints, "cutPoints");
    List<AccountRevenue> input = List.copyOf(accounts);
    Map<String, AccountRevenue> byKey = check(input);
    List<Group> groups = rollUp(input, byKey);
    groups.sort(Comparator.comparing(g -> g.total, RANKING));
    BigDecimal total =
        groups.stream().map(g -> g.total.revenue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal cutA = cutPoints.a().multiply(total);
    BigDecimal cutB = cutPoints.b().multiply(total);
    List<AccountShare> shares = new ArrayList<>(groups.size());
    List<BigDecimal> cumulative = new ArrayList<>(groups.size());
    BigDecimal before = BigDecimal.ZERO;
    for (int i = 0; i < groups.size(); i++) {
      Group group = groups.get(i);
      BigDecimal revenue = group.total.revenue();
      BigDecimal upTo = before.add(revenue);
      AbcClass abcClass;
      if (revenue.signum() == 0) {
        abcClass = AbcClass.C;
      } else if (before.compareTo(cutA) < 0) {
        abcClass = AbcClass.A;
      } else if (before.compareTo(cutB) < 0) {
        abcClass = AbcClass.B;
      } else {
        abcClass = AbcClass.C;
      }
      shares.add(
          new AccountShare(
              group.total,
              group.members.stream().sorted().toList(),
              i + 1,
              ratio(revenue, total),
              ratio(upTo, total),
              abcClass));
      cumulative.add(upTo);
      before = upTo;
    }
    return new ParetoAnalysis(cutPoints, total, shares, cumulative);
  }

  /**
   * Rolls up groups, ranks and classes the accounts with the standard cut points (A up to 80%, B up
   * to 95%).
   *
   * @throws ValidationException listing every problem: no accounts, a repeated account key, a
   *     parent that is not among the accounts, or a parent chain that loops
   */
  public static ParetoAnalysis of(List<AccountRevenue> accounts) {
    return of(accounts, AbcCutPoints.standard());
  }

  /** Returns the top-level accounts in rank order. */
  public List<AccountShare> shares() {
    return shares;
  }

  /** Returns the total revenue of all accounts. */
  public BigDecimal totalRevenue() {
    return total;
  }

  /** Returns the cut points the accounts were classed by. */
  public AbcCutPoints cutPoints() {
    return cutPoints;
  }

  /** Returns the top-level accounts of one class, in rank order. */
  public List<AccountShare> inClass(AbcClass abcClass) {
    requireNonNull(abcClass, "abcClass");
    return shares.stream().filter(s -> s.abcClass() == abcClass).toList();
  }

  /** Returns the entry of the group an account belongs to, found by its own or its parent's key. */
  public Optional<AccountShare> find(String account) {
    requireNonNull(account, "account");
    return shares.stream().filter(s -> s.members().contains(account)).findFirst();
  }

  /**
   * Returns how many top accounts make at least the given share of revenue, and what part of all
   * accounts they are: {@code paretoPoint(0.8)} answers the "20% of customers make 80% of revenue"
   * question for this population.
   *
   * @throws ValidationException if the share lies outside (0, 1]
   */
  public ParetoPoint paretoPoint(BigDecimal revenueShare) {
    requireNonNull(revenueShare, "revenueShare");
    if (revenueShare.signum() <= 0 || revenueShare.compareTo(BigDecimal.ONE) > 0) {
      throw ValidationException.of(
          "revenueShare", revenueShare.toPlainString(), "must be in (0, 1]");
    }
    int accounts = 0;
    if (total.signum() > 0) {
      BigDecimal target = revenueShare.multiply(total);
      while (cumulativeRevenue.get(accounts).compareTo(target) < 0) {
        accounts++;
      }
      accounts++;
    }
    return new ParetoPoint(
        revenueShare,
        accounts,
        BigDecimal.valueOf(accounts)
            .divide(BigDecimal.valueOf(shares.size()), SCALE, RoundingMode.HALF_EVEN));
  }

  private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return BigDecimal.ZERO.setScale(SCALE);
    }
    return part.divide(whole, SCALE, RoundingMode.HALF_EVEN);
  }

  private static Map<String, AccountRevenue> check(List<AccountRevenue> input) {
    List<FieldError> errors = new ArrayList<>();
    if (input.isEmpty()) {
      errors.add(new FieldError("accounts", "[]", "must hold at least one account"));
    }
    Map<String, AccountRevenue> byKey = new HashMap<>();
    for (AccountRevenue account : input) {
      if (byKey.putIfAbsent(account.account(), account) != null) {
        errors.add(new FieldError("accounts.account", account.account(), "must not repeat"));
      }
    }
    for (AccountRevenue account : input) {
      String parent = account.parent();
      if (parent != null && !byKey.containsKey(parent)) {
        errors.add(
            new FieldError(
                "accounts[" + account.account() + "].parent",
                parent,
                "must be one of the accounts"));
      }
    }
    Set<String> reported = new LinkedHashSet<>();
    for (AccountRevenue account : input) {
      List<String> chain = new ArrayList<>();
      String key = account.account();
      while (key != null && byKey.containsKey(key) && !chain.contains(key)) {
        chain.add(key);
        key = byKey.get(key).parent();
      }
      if (key != null && chain.contains(key) && reported.add(key)) {
        List<String> loop = new ArrayList<>(chain.subList(chain.indexOf(key), chain.size()));
        loop.add(key);
        reported.addAll(loop);
        errors.add(
            new FieldError(
                "accounts[" + key + "].parent",
                String.join(" -> ", loop),
                "must not lead back to the account (a parent chain must not loop)"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return byKey;
  }

  private static List<Group> rollUp(List<AccountRevenue> input, Map<String, AccountRevenue> byKey) {
    Map<String, Group> groups = new TreeMap<>();
    for (AccountRevenue account : input) {
      AccountRevenue top = account;
      while (top.parent() != null) {
        top = byKey.get(top.parent());
      }
      groups.computeIfAbsent(top.account(), Group::new).add(account);
    }
    return new ArrayList<>(groups.values());
  }

  /** The members of one group and their measures taken together. */
  private static final class Group {
    private final List<String> members = new ArrayList<>();
    private AccountRevenue total;

    Group(String key) {
      this.total = new AccountRevenue(key, BigDecimal.ZERO, BigDecimal.ZERO, 0, false, null);
    }

    void add(AccountRevenue member) {
      members.add(member.account());
      total =
          new AccountRevenue(
              total.account(),
              total.revenue().add(member.revenue()),
              total.largestOrder().max(member.largestOrder()),
              Math.max(total.contractYears(), member.contractYears()),
              total.strategic() || member.strategic(),
              null);
    }
  }
}
