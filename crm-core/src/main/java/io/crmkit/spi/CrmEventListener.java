package io.crmkit.spi;

import io.crmkit.core.shared.CrmEvent;

/**
 * Receives the events of every unit of work after it committed, in the order they were recorded;
 * never for a unit of work that failed. A listener that throws is logged and does not stop the
 * other listeners, nor undo the committed change.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CrmEventListener {

  /** Handles one event. */
  void on(CrmEvent event);
}
