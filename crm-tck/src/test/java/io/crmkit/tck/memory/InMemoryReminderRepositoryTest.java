package io.crmkit.tck.memory;

import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.spi.CrmStore;
import io.crmkit.tck.ReminderRepositoryContract;

class InMemoryReminderRepositoryTest extends ReminderRepositoryContract {

  @Override
  protected CrmStore createStore() {
    return InMemoryCrmStore.create();
  }
}
