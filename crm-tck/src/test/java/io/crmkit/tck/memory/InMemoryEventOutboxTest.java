package io.crmkit.tck.memory;

import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.OutboxPoller;
import io.crmkit.tck.EventOutboxContract;

class InMemoryEventOutboxTest extends EventOutboxContract {

  @Override
  protected CrmStore createStore() {
    return InMemoryCrmStore.create();
  }

  @Override
  protected OutboxPoller createPoller(CrmStore store) {
    return ((InMemoryCrmStore) store).outboxPoller();
  }
}
