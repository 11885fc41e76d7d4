package io.crmkit.core.segment;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;

/**
 * Identifies one customer's membership of one segment; orders by segment, then customer, so that a
 * segment's members page in customer id order.
 *
 * @param segment the segment
 * @param customer the customer
 * @since 0.1
 */
public record MembershipKey(SegmentKey segment, CustomerId customer)
    implements Comparable<MembershipKey> {
  private static final int UUID_LENGTH = 36;

  /** Requires both parts. */
  public MembershipKey {
    requireNonNull(segment, "segment");
    requireNonNull(customer, "customer");
  }

  /**
   * Parses the text form {@code <segment>/<customer uuid>} written by {@link #toString()}.
   *
   * @throws io.crmkit.core.shared.ValidationException if the text is not in that form
   */
  public static MembershipKey parse(String text) {
    if (text.length() < UUID_LENGTH + 2 || text.charAt(text.length() - UUID_LENGTH - 1) != '/') {
      throw io.crmkit.core.shared.ValidationException.of(
          "membershipKey", text, "must be <segment>/<customer uuid>");
    }
    int slash = text.length() - UUID_LENGTH - 1;
    return new MembershipKey(
        SegmentKey.of(text.substring(0, slash)), CustomerId.parse(text.substring(slash + 1)));
  }

  @Override
  public int compareTo(MembershipKey other) {
    int bySegment = segment.compareTo(other.segment);
    return bySegment != 0 ? bySegment : customer.compareTo(other.customer);
  }

  @Override
  public String toString() {
    return segment + "/" + customer;
  }
}
