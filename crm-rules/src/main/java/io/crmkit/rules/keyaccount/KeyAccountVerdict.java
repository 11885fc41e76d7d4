package io.crmkit.rules.keyaccount;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.ValidationException;
import java.util.List;

/**
 * Whether one top-level account is a key account, its combined score and a reason for every
 * criterion it met, each naming the criterion and the deciding value.
 *
 * @param account the key of the top-level account (a group is judged under its parent's key)
 * @param keyAccount whether the score reached the pass score
 * @param score the sum of the weights of the criteria met
 * @param reasons one sentence per met criterion, in the order class A, large order, contract,
 *     strategic, such as {@code "largest order 120000.00 ≥ 100000"}
 * @since 0.1
 */
public record KeyAccountVerdict(
    String account, boolean keyAccount, int score, List<String> reasons) {

  /**
   * Copies the reasons and validates the score.
   *
   * @throws ValidationException if the score is negative
   */
  public KeyAccountVerdict {
    requireNonNull(account, "account");
    reasons = List.copyOf(reasons);
    if (score < 0) {
      throw ValidationException.of("score", score, "must be 0 or more");
    }
  }
}
