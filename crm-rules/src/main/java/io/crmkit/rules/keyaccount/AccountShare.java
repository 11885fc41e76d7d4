package io.crmkit.rules.keyaccount;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One top-level account's place in a Pareto analysis: its rank, its share of total revenue, the
 * cumulative share of it and every account ranked before it, and its ABC class.
 *
 * @param account the account's measures with its subsidiaries rolled in: revenue summed, the
 *     largest order and contract years the largest of any member, strategic if any member is
 * @param members the keys of the account and every subsidiary rolled into it, sorted
 * @param rank the 1-based place by revenue, descending, ties by key
 * @param share the account's revenue divided by total revenue, to {@value ParetoAnalysis#SCALE}
 *     decimals; 0 when total revenue is 0
 * @param cumulativeShare the revenue of this and every higher-ranked account divided by the total,
 *     to {@value ParetoAnalysis#SCALE} decimals; 0 when total revenue is 0
 * @param abcClass the class by the cut points of the analysis
 * @since 0.1
 */
public record AccountShare(
    AccountRevenue account,
    List<String> members,
    int rank,
    BigDecimal share,
    BigDecimal cumulativeShare,
    AbcClass abcClass) {

  /**
   * Copies the members and validates the rank and shares.
   *
   * @throws ValidationException if there are no members, the rank is below 1, or a share lies
   *     outside [0, 1]
   */
  public AccountShare {
    requireNonNull(account, "account");
    members = List.copyOf(members);
    requireNonNull(share, "share");
    requireNonNull(cumulativeShare, "cumulativeShare");
    requireNonNull(abcClass, "abcClass");
    List<FieldError> errors = new ArrayList<>();
    if (members.isEmpty()) {
      errors.add(new FieldError("members", "[]", "must hold at least the account itself"));
    }
    if (rank < 1) {
      errors.add(new FieldError("rank", String.valueOf(rank), "must be at least 1"));
    }
    checkShare("share", share, errors);
    checkShare("cumulativeShare", cumulativeShare, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /** Returns the key of the top-level account. */
  public String key() {
    return account.account();
  }

  private static void checkShare(String field, BigDecimal value, List<FieldError> errors) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      errors.add(new FieldError(field, value.toPlainString(), "must be between 0 and 1"));
    }
  }
}
