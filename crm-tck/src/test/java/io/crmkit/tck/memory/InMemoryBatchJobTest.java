package io.crmkit.tck.memory;

import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.spi.CrmStore;
import io.crmkit.tck.BatchJobContract;

class InMemoryBatchJobTest extends BatchJobContract {

  @Override
  protected CrmStore createStore() {
    return InMemoryCrmStore.create();
  }
}
