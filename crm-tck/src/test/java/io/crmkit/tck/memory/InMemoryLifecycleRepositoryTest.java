package io.crmkit.tck.memory;

import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.spi.CrmStore;
import io.crmkit.tck.LifecycleRepositoryContract;

class InMemoryLifecycleRepositoryTest extends LifecycleRepositoryContract {

  @Override
  protected CrmStore createStore() {
    return InMemoryCrmStore.create();
  }
}
