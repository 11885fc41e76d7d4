package io.crmkit.core.ownership;

/**
 * What a claimant already holds, counted by the application service before a claim so that the
 * pool's quota and daily limit can be checked.
 *
 * @param owned how many customers the claimant owns that count towards the quota
 * @param claimsToday how many claims the claimant made since the start of the day
 * @since 0.1
 */
public record ClaimLoad(long owned, long claimsToday) {

  /** Requires both counts to be non-negative. */
  public ClaimLoad {
    if (owned < 0 || claimsToday < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative but were " + owned + ", " + claimsToday);
    }
  }
}
