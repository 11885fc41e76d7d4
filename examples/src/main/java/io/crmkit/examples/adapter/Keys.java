package io.crmkit.examples.adapter;

import io.crmkit.core.shared.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * The layout of the store's keys. Every key is {@code tenant SEP table SEP part [SEP part]}, with
 * {@code SEP} the character U+0000, which no crmkit code or id may contain. Key order is plain
 * {@link String#compareTo} order, and the parts are written so that it is the order each list must
 * have:
 *
 * <ul>
 *   <li>ids as their lower-case UUID text, fixed length, so that text order is the order of their
 *       16 unsigned bytes ({@code CustomerId.compareTo});
 *   <li>codes (ladders, pools, segments, jobs, models) as they are, since their {@code compareTo}
 *       is {@code String.compareTo};
 *   <li>a membership as segment, then customer; a completed range as job, then first customer;
 *   <li>a reminder's due instant as 17 digits of seconds since {@link Instant#MIN} and 9 of nanos.
 * </ul>
 *
 * <p>Because every table of a tenant shares the prefix {@code tenant SEP table SEP}, a list is a
 * scan of one key range, and no scan ever reaches another tenant.
 */
final class Keys {
  /** Separates the parts of a key. */
  static final char SEP = '\u0000';

  private static final long SECONDS_FROM_MIN = -Instant.MIN.getEpochSecond();

  private Keys() {}

  /** Returns the first key of a table of a tenant: every key of the table starts with it. */
  static String prefix(TenantId tenant, String table) {
    return tenant.value() + SEP + table + SEP;
  }

  /** Returns the key of one row. */
  static String key(TenantId tenant, String table, String part) {
    return prefix(tenant, table) + part;
  }

  /** Returns the first key after every key that starts with the prefix. */
  static String endOf(String prefix) {
    // every prefix ends with SEP (U+0000); the next character up bounds the range
    return prefix.substring(0, prefix.length() - 1) + (char) (SEP + 1);
  }

  /** Joins two parts of a key. */
  static String join(String first, String second) {
    return first + SEP + second;
  }

  /** Returns the key part of an id. */
  static String uuid(UUID id) {
    return id.toString();
  }

  /** Returns the key part of an instant, in instant order. */
  static String instant(Instant at) {
    return String.format("%017d%09d", at.getEpochSecond() + SECONDS_FROM_MIN, at.getNano());
  }

  /** Returns a key as people read it, for messages: its parts separated by slashes. */
  static String describe(String key) {
    return key.replace(SEP, '/');
  }
}
