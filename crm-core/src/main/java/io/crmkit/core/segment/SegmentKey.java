package io.crmkit.core.segment;

import io.crmkit.core.internal.Codes;

/**
 * A validated code for a segment of a tenant ({@code champions}, {@code 华东重点客户}).
 *
 * @param code the code: 1 to 64 characters, no control characters, surrounding space stripped
 * @since 0.1
 */
public record SegmentKey(String code) implements Comparable<SegmentKey> {

  /**
   * Validates and normalises the code.
   *
   * @throws io.crmkit.core.shared.ValidationException if the code is blank, too long or has control
   *     characters
   */
  public SegmentKey {
    code = Codes.normalize("segment", code);
  }

  /** Returns the code. */
  public static SegmentKey of(String code) {
    return new SegmentKey(code);
  }

  @Override
  public int compareTo(SegmentKey other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
