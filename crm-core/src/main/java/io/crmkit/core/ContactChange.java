package io.crmkit.core;

import io.crmkit.core.contact.Contact;
import java.time.Instant;

/**
 * A change to one contact, made with its behaviour methods at the instant the kit's clock gives:
 * {@code (contact, now) -> contact.changeJob("采购总监", "采购部", now)}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ContactChange {

  /** Applies the change. */
  void apply(Contact contact, Instant now);
}
