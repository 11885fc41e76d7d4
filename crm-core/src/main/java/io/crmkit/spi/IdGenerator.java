package io.crmkit.spi;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Makes the UUIDs of new aggregates and activities; injected so that tests get predictable ids and
 * databases can get time-ordered ones.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IdGenerator {

  /** Returns a UUID never returned before by this generator. */
  UUID next();

  /** Returns random (version 4) UUIDs from a {@link SecureRandom}. */
  static IdGenerator random() {
    return UUID::randomUUID;
  }
}
