package io.crmkit.tck;

import static java.util.Objects.requireNonNull;

import io.crmkit.spi.IdGenerator;
import java.util.UUID;

/**
 * An {@link IdGenerator} that counts up from a first UUID, treating the UUID as one unsigned
 * 128-bit number: {@code …0001}, {@code …0002}, …, carrying from the low into the high 64 bits.
 * Successive ids therefore ascend in the order every store sorts ids in (16 unsigned bytes), which
 * makes the expected order of a list obvious in a test. Thread-safe.
 *
 * <p>The ids are not RFC 4122 version 4 UUIDs; stores must treat an id as 16 opaque bytes.
 *
 * @since 0.1
 */
public final class SequentialIdGenerator implements IdGenerator {
  private long high;
  private long low;
  private boolean exhausted;

  private SequentialIdGenerator(UUID first) {
    this.high = first.getMostSignificantBits();
    this.low = first.getLeastSignificantBits();
  }

  /** Returns a generator whose first id is {@code 00000000-0000-0000-0000-000000000001}. */
  public static SequentialIdGenerator create() {
    return startingAt(new UUID(0, 1));
  }

  /**
   * Returns a generator whose first id is {@code first}; start near {@code
   * 7fffffff-ffff-ffff-ffff-ffffffffffff} to check that a store orders ids as unsigned bytes and
   * not as signed numbers.
   */
  public static SequentialIdGenerator startingAt(UUID first) {
    return new SequentialIdGenerator(requireNonNull(first, "first"));
  }

  /**
   * Returns the next id, one more than the previous.
   *
   * @throws IllegalStateException after {@code ffffffff-ffff-ffff-ffff-ffffffffffff} was returned
   */
  @Override
  public synchronized UUID next() {
    if (exhausted) {
      throw new IllegalStateException("the generator returned the largest UUID and has no more");
    }
    UUID id = new UUID(high, low);
    low++;
    if (low == 0) {
      high++;
      exhausted = high == 0;
    }
    return id;
  }

  @Override
  public synchronized String toString() {
    return "SequentialIdGenerator[next " + new UUID(high, low) + "]";
  }
}
